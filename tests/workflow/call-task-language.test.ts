/**
 * WF-10 call tasks made by a form's notify rules (CARE-13 "e-mail, then phone within 30 minutes";
 * OFFICE-01 "call a missed caller back") read in their reader's language: the subject is stored in
 * every language, the panel and the REST API show each person theirs (never simplified Chinese to a
 * zh-TW or English reader).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { makeElder } from '../helpers/care'
import { useWorld, type Client, type Person } from '../helpers/world'

// A care home (CARE-13) and an office (OFFICE-01, `otherSite`).
const w = useWorld({
  sites: [{ type: 'care-home' }, { type: 'office' }],
  holders: ['front-desk', 'health-care-supervisor', 'admin-director', 'dean'],
  staff: { 'health-care-supervisor': { name: '趙敏', language: 'zh-TW' } },
})

type Readers = Record<'zh' | 'zh-TW' | 'en', Client>
const readersAt = async (site: number): Promise<Readers> => {
  const hire = (language: 'zh' | 'zh-TW' | 'en') => w.hire({ sites: [site], language, name: `读者-${language}` })
  const people: [keyof Readers, Person][] = [['zh', await hire('zh')], ['zh-TW', await hire('zh-TW')], ['en', await hire('en')]]
  return Object.fromEntries(await Promise.all(people.map(async ([lang, p]) => [lang, await w.as(p)] as const))) as Readers
}

/** The call tasks about one record, as each reader reads them (REST, as the admin panel does). */
const titlesFor = async (readers: Readers, collection: string, id: number) => {
  const out: Record<string, string[]> = {}
  for (const [lang, client] of Object.entries(readers)) {
    const res = await client.get(`/api/call-tasks?depth=0&where[relatedCollection][equals]=${collection}&where[relatedId][equals]=${id}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    out[lang] = (res.body.docs as { title: string }[]).map((d) => d.title)
  }
  return out
}

let care: Readers
let office: Readers
beforeAll(async () => {
  care = await readersAt(w.site)
  office = await readersAt(w.otherSite)
})

describe('WF-10 call tasks from notify rules read in the reader’s language', () => {
  it('CARE-13 WF-10 the call task to ring the supervisor after the fee-change e-mail is titled in zh, zh-TW and en for each reader', async () => {
    const elder = await makeElder(w.payload, w.site, '张桂兰', { birthDate: '1940-05-01', nursingFee: 3000 })
    const res = await w.desk.post('/api/fee-changes?depth=0', {
      site: w.site, elder: elder.id, newFee: 3600, reason: '老人失能等级提高,需要一级护理', familyMember: '张明(儿子)', familyPhone: '138 0000 1234',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id as number
    const titles = await titlesFor(care, 'fee-changes', id)
    expect(titles).toEqual({
      zh: [`致电 趙敏:确认已收到「护理费用变更书 #${id}」的邮件`],
      'zh-TW': [`致電 趙敏:確認已收到「護理費用變更書 #${id}」的郵件`],
      en: [`Call 趙敏: check they got the e-mail about "Nursing-fee change #${id}"`],
    })
    // The stored subject carries all three; the plain title stays the simplified one (search, exports).
    const [task] = (await w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(id) } }, overrideAccess: true, depth: 0 })).docs
    expect(task.titles).toEqual({ zh: titles.zh[0], 'zh-TW': titles['zh-TW'][0], en: titles.en[0] })
  })

  it('OFFICE-01 WF-10 the call-back task of a missed call is titled in zh, zh-TW and en for each reader', async () => {
    const desk = await w.as(await w.other('front-desk'))
    const res = await desk.post('/api/phone-log?depth=0', { site: w.otherSite, outcome: 'missed', phone: '028-6111 2233', callerName: '王经理' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id as number
    expect(await titlesFor(office, 'phone-log', id)).toEqual({
      zh: ['回拨 028-6111 2233 王经理:先致歉,再询问刚才来电的目的'],
      'zh-TW': ['回撥 028-6111 2233 王经理:先致歉,再詢問剛才來電的目的'],
      en: ['Call 028-6111 2233 王经理 back: apologise, then ask what they called about'],
    })
  })
})
