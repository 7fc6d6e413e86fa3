/**
 * OFFICE-09 通訊錄每月發布: once per site and month, the directory generated from the staff records goes
 * by e-mail to every active staff member of the site with an e-mail address, each in their own language
 * with the XLSX attached (through the outbox, WF-09). The month's edition record makes it once: a second
 * run finds it and sends nothing.
 */
import type { PayloadRequest } from 'payload'
import { fill, L, pick } from '../../../src/lib/i18n'
import { localDay } from '../../../src/lib/calendar'
import { queueMail } from '../../../src/lib/mail'
import { siteInfo } from '../../../src/lib/site'
import { asServer } from '../../../src/lib/serverReq'
import { directoryOf, directoryWords, directoryWorkbook } from './directory'

const words = {
  subject: L('{site} 通訊錄({month})', '{site} staff directory ({month})'),
  body: L(
    '各位同事:\n\n附件是 {site} {month} 的通訊錄(共 {count} 人),按員工信息表生成,新入職同事已包含在內。如需下載,也可登錄系統查看。\n\n前臺',
    'Dear colleagues,\n\nAttached is the {site} staff directory for {month} ({count} people), generated from the staff records; new colleagues are included. It is also in the admin panel.\n\nFront desk',
  ),
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Publish the month's directory of a site (the month of `now` in the site's zone); 0 when it was already published. */
export async function publishDirectory(req: PayloadRequest, site: number, now = new Date()): Promise<number> {
  const { payload } = req
  const info = await siteInfo(payload, site, req)
  const month = localDay(now, info.timeZone).slice(0, 7)
  const server = asServer(req)
  const done = await payload.count({ collection: 'directory-editions', where: { and: [{ site: { equals: site } }, { month: { equals: month } }] }, overrideAccess: true, req })
  if (done.totalDocs) return 0
  const staff = (await payload.find({ collection: 'staff', where: { and: [{ 'sites.site': { equals: site } }, { active: { not_equals: false } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })).docs as unknown as {
    id: number; email?: string; language?: string
  }[]
  const byLang = new Map<string, { count: number; file: string }>()
  const edition = await payload.create({
    collection: 'directory-editions',
    data: { site, month, publishedAt: now.toISOString(), recipients: staff.filter((s) => s.email).length, people: staff.length },
    overrideAccess: true,
    req: server,
    depth: 0,
  })
  for (const person of staff) {
    if (!person.email) continue
    const lang = person.language ?? 'zh'
    if (!byLang.has(lang)) {
      const groups = await directoryOf(payload, site, lang, req)
      const count = groups.reduce((n, g) => n + g.people.length, 0)
      byLang.set(lang, { count, file: (await directoryWorkbook(groups, lang, `${info.name} ${pick(directoryWords.title, lang)} ${month}`)).toString('base64') })
    }
    const { count, file } = byLang.get(lang)!
    const values = { site: info.name, month, count }
    await queueMail(
      payload,
      {
        to: person.email,
        subject: fill(pick(words.subject, lang), values),
        text: fill(pick(words.body, lang), values),
        attachments: [{ filename: `${pick(directoryWords.title, lang)}-${month}.xlsx`, content: file, encoding: 'base64', contentType: XLSX }],
        related: { collection: 'directory-editions', id: (edition as { id: number }).id },
        site,
      },
      server,
    )
  }
  return 1
}
