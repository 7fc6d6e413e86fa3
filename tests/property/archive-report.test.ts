/** PROP-06 / JOB-05: the monthly owner-archive report by the 5th to the department head (recipients editable), once; counts, changes and readings, never contents. */
import { describe, expect, it, beforeAll } from 'vitest'
import { addMonths, format, parseISO } from 'date-fns'
import { useWorld } from '../helpers/world'
import { seedEstate } from '../../collections/property/estate-seed'
import { sendArchiveReport } from '../../collections/property/owner-files/report'
import { SiteCalendar, localDay } from '../../src/lib/calendar'

const w = useWorld({ sites: [{ type: 'property' }] })
let calendar: SiteCalendar
const nextMonth = (day: number) => {
  const first = format(addMonths(parseISO(`${localDay(new Date(), 'Asia/Shanghai').slice(0, 7)}-01`), 1), 'yyyy-MM-dd')
  return calendar.at(`${first.slice(0, 8)}${String(day).padStart(2, '0')}`, '09:00')
}
const outbox = async () => (await w.payload.find({ collection: 'mail-outbox', where: { relatedCollection: { equals: 'archive-monthly-report' } }, overrideAccess: true, limit: 10, sort: 'createdAt' })).docs as unknown as Record<string, any>[]

beforeAll(async () => {
  calendar = await SiteCalendar.of(w.payload, w.site)
  await seedEstate(w.payload, w.site)
  // A reading this month: the registered demo grant of 1-1-401 is opened twice by the cs-assistant.
  const assistant = await w.as('cs-assistant')
  await assistant.get('/api/owner-files?limit=20')
  await assistant.get('/api/owner-files?limit=20')
}, 120_000)

describe('monthly archive report', () => {
  it('PROP-06 by the 5th the month is reported to the department head cc the office director: completeness per unit, changes, readings — once, and without contents', async () => {
    expect(await sendArchiveReport(w.payload, w.site, nextMonth(6))).toBeUndefined() // after the 5th: not due
    const id = await sendArchiveReport(w.payload, w.site, nextMonth(3))
    expect(id).toBeDefined()
    const [mail] = await outbox()
    expect(mail!.to).toBe(w.staff['department-head'].email)
    expect(mail!.cc).toContain(w.staff['office-director'].email)
    const text = String(mail!.text)
    expect(text).toContain('业主档案月报')
    expect(text).toMatch(/1-1-301\s+17\s+0\s+100%/)
    expect(text).toMatch(/1-2-602\s+0\s+尚未建档/)
    expect(text).toContain('137 0000 1111') // the phone change: old → new
    expect(text).toContain('郑海') // the transfer
    expect(text).toMatch(/业主申请装修[^\n]*\s2$/m) // the registered reading, opened twice
    expect(text).not.toContain('装修资料待补交') // an archive's notes are never in it
    expect(mail!.attachments[0].filename).toMatch(/\.xlsx$/)
    expect(await sendArchiveReport(w.payload, w.site, nextMonth(4))).toBeUndefined() // once a month
  })

  it('JOB-05 the report\'s recipients are the site\'s digest settings, editable by position', async () => {
    const row = (await w.payload.find({ collection: 'digest-settings', where: { and: [{ site: { equals: w.site } }, { kind: { equals: 'archive-monthly' } }] }, overrideAccess: true })).docs[0]!
    const supervisor = w.positions.get('cs-supervisor')!
    await w.payload.update({ collection: 'digest-settings', id: row.id, data: { to: [supervisor], cc: [] }, overrideAccess: true })
    const second = format(addMonths(parseISO(localDay(nextMonth(1), 'Asia/Shanghai')), 1), 'yyyy-MM-dd')
    expect(await sendArchiveReport(w.payload, w.site, calendar.at(second, '09:00'))).toBeDefined()
    const mails = await outbox()
    expect(mails.at(-1)!.to).toBe(w.staff['cs-supervisor'].email)
  })
})
