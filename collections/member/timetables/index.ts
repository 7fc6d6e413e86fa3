/**
 * MEMBER-05 課程與服務介紹: a site's class timetable or service descriptions, printable as a handout
 * for a member (`GET /api/timetables/:id/print` in the reader's language; `…/handout?member=ID` in the
 * member's language).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { list, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { langOf, refuse } from '../../../src/lib/errors'
import { siteOf } from '../../../src/lib/hooks'
import { defineForm } from '../../../hooks/form/defineForm'
import { paperForm, renderPdf } from '../../../src/print/pdf'
import { parseId } from '../../../hooks/ids'
import { queryParam } from '../access'
import { memberGroup } from '../labels'

export const weekdays = {
  mon: L('週一', 'Monday'), tue: L('週二', 'Tuesday'), wed: L('週三', 'Wednesday'), thu: L('週四', 'Thursday'),
  fri: L('週五', 'Friday'), sat: L('週六', 'Saturday'), sun: L('週日', 'Sunday'), daily: L('每天', 'Every day'),
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const time = (name: string, label: ReturnType<typeof L>) =>
  text(name, label, { maxLength: 5, validate: (v: unknown) => v == null || v === '' || HHMM.test(String(v)) || 'HH:mm' })

const form = defineForm({
  slug: 'timetables',
  label: L('課程與服務介紹', 'Classes and services'),
  plural: L('課程表與服務介紹', 'Timetables and services'),
  group: memberGroup,
  title: 'title',
  columns: ['title', 'kind', 'language'],
  retention: 'forever',
  phrases: ['intro'],
  print: { fields: ['title', 'intro', 'entries', 'contact'] },
  fields: [
    text('title', L('標題', 'Title'), { required: true, maxLength: 100 }),
    {
      type: 'row',
      fields: [
        select('kind', L('類別', 'Kind'), { classes: L('課程表', 'Class timetable'), services: L('服務項目介紹', 'Services') }, { required: true, defaultValue: 'classes' }),
        select('language', L('內容語言', 'Language of the text'), { zh: L('簡體中文', 'Simplified Chinese'), 'zh-TW': L('繁體中文', 'Traditional Chinese'), en: L('英文', 'English') }, { defaultValue: 'zh' }),
      ],
    },
    textarea('intro', L('介紹', 'Introduction'), { maxLength: 2000 }),
    list('entries', L('課程/項目', 'Classes or services'), [
      select('weekday', L('星期', 'Day'), weekdays),
      time('startTime', L('開始', 'From')),
      time('endTime', L('結束', 'To')),
      text('name', L('名稱', 'Name'), { required: true, maxLength: 60 }),
      text('teacher', L('教練/美容師', 'Coach or beautician'), { maxLength: 40 }),
      text('room', L('地點', 'Room'), { maxLength: 40 }),
      text('price', L('價格', 'Price'), { maxLength: 40 }),
      textarea('description', L('說明', 'Description'), { maxLength: 500 }),
    ]),
    text('contact', L('諮詢電話', 'Ask us at'), { maxLength: 60 }),
  ],
})

/** GET /api/timetables/:id/handout?member=ID — the handout in the member's language (the member's own version of the text where the site keeps one). */
const handout: Endpoint = {
  path: '/:id/handout',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) refuse(req, L('請先登錄', 'Please sign in first'), {}, 401)
    const doc = (await req.payload.findByID({ collection: 'timetables', id: String(req.routeParams?.id), depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)) as Record<string, any> | null
    if (!doc) refuse(req, L('找不到這份記錄,或您沒有權限查看', 'No such record, or you may not see it'), {}, 404)
    let lang = langOf(req)
    let chosen = doc!
    const memberId = parseId(queryParam(req, 'member'))
    if (memberId) {
      const m = (await req.payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null)) as Record<string, any> | null
      if (!m || siteOf(m) !== siteOf(doc)) refuse(req, L('會員不存在', 'No such member'), {}, 404)
      lang = m!.language ?? lang
      // The same timetable in the member's language, if the site keeps one.
      const { docs } = await req.payload.find({ collection: 'timetables', where: { and: [{ site: { equals: siteOf(doc) } }, { kind: { equals: doc!.kind } }, { language: { equals: lang } }] }, limit: 1, depth: 0, overrideAccess: true, req })
      if (docs[0] && doc!.language !== lang) chosen = docs[0] as Record<string, any>
    }
    const collection = (req.payload.collections as unknown as Record<string, { config: { fields: never[]; custom: { form: never } } }>).timetables.config
    const pdf = await renderPdf(await paperForm(req.payload, collection.custom.form, collection.fields, chosen, { lang, req }))
    return new Response(new Uint8Array(pdf), { headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(`${chosen.title}.pdf`)}`, 'cache-control': 'no-store' } })
  },
}

export const Timetables = { ...form, endpoints: [...((form.endpoints || []) as Endpoint[]), handout] }
