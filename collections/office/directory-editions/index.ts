/**
 * OFFICE-09 通訊錄發布記錄: one record per site and month the directory was e-mailed to the staff (by the
 * monthly sweep; nobody writes it by hand). The directory itself is not stored: it is generated from the
 * staff records (directory.ts) — in the admin panel (/admin/directory) and as an XLSX from
 * GET /api/directory-editions/xlsx?site=<id> for a staff member of that site.
 */
import type { Endpoint } from 'payload'
import { datetime, number, text } from '../../../src/lib/fields'
import { langOf } from '../../../src/lib/errors'
import { L, pick } from '../../../src/lib/i18n'
import { idOf } from '../../../src/lib/hooks'
import { localDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import { defineForm } from '../../../hooks/form/defineForm'
import { nobody } from '../../../hooks/access'
import { serverOwned } from '../../../hooks/serverOwned'
import { officeGroup } from '../people-labels'
import { directoryOf, directoryWords, directoryWorkbook } from './directory'

const missing = L('站點不存在', 'No such site')
const signIn = L('請先登錄', 'Please sign in first')

const json = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The current directory of a site the reader belongs to, as XLSX in their language. */
export const directoryDownload: Endpoint = {
  path: '/xlsx',
  method: 'get',
  handler: async (req) => {
    const lang = langOf(req)
    if (!req.user) return json(401, pick(signIn, lang))
    const site = Number((req.query as Record<string, unknown> | undefined)?.site)
    const own = ((req.user as { sites?: { site?: unknown }[] }).sites ?? []).map((s) => idOf(s.site))
    if (!Number.isSafeInteger(site) || site <= 0 || !own.includes(site)) return json(404, pick(missing, lang))
    const info = await siteInfo(req.payload, site, req)
    const day = localDay(new Date(), info.timeZone)
    const buffer = await directoryWorkbook(await directoryOf(req.payload, site, lang, req), lang, `${info.name} ${pick(directoryWords.title, lang)} ${day}`)
    return new Response(buffer as unknown as ArrayBuffer, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="directory-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${pick(directoryWords.title, lang)}-${day}.xlsx`)}`,
      },
    })
  },
}

const form = defineForm({
  slug: 'directory-editions',
  label: L('通訊錄發布', 'Directory edition'),
  plural: L('通訊錄發布記錄', 'Directory editions'),
  group: officeGroup,
  title: 'month',
  columns: ['month', 'publishedAt', 'people', 'recipients'],
  retention: { years: 2, dateField: 'publishedAt' },
  access: { create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['site', 'month'], unique: true }],
  paper: false,
  print: false,
  fields: [
    serverOwned(text('month', L('月份', 'Month'), { maxLength: 7, required: true })),
    serverOwned(datetime('publishedAt', L('發布時間', 'Published at'))),
    serverOwned(number('people', L('人數', 'People'), { min: 0, max: 100000 })),
    serverOwned(number('recipients', L('收件人數', 'Recipients'), { min: 0, max: 100000 })),
  ],
})

export const DirectoryEditions = { ...form, endpoints: [...((form.endpoints as []) ?? []), directoryDownload] }
