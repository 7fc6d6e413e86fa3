/**
 * OFFICE-10 考勤月匯總: per person of the site (active staff, by department), the month's days present
 * (paper register days), days late and leave days (approved leave slips, working days within the month).
 * GET /api/attendance/summary?site=<id>&month=yyyy-MM&format=json|xlsx — for a signed-in staff member of
 * that site (another site answers as a missing one).
 */
import ExcelJS from 'exceljs'
import { addMonths, format, parseISO } from 'date-fns'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { langOf } from '../../../src/lib/errors'
import { L, pick } from '../../../src/lib/i18n'
import { SiteCalendar, dayOf, localDay, shiftDay } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'
import { idOf } from '../../../src/lib/hooks'

export const summaryWords = {
  title: L('考勤月匯總', 'Monthly attendance summary'),
  department: L('部門', 'Department'),
  name: L('姓名', 'Name'),
  present: L('出勤天數(紙本登記)', 'Days present (paper register)'),
  late: L('遲到次數', 'Days late'),
  leave: L('請假天數', 'Leave days'),
  month: L('月份格式為 YYYY-MM', 'The month is YYYY-MM'),
  site: L('站點不存在', 'No such site'),
  signIn: L('請先登錄', 'Please sign in first'),
  format: L('格式只能是 json 或 xlsx', 'The format is json or xlsx'),
  none: L('未分部門', 'No department'),
}

export type SummaryRow = { person: number; name: string; department: string; present: number; late: number; leave: number }

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export async function monthlySummary(payload: Payload, site: number, month: string, lang = 'zh', req?: PayloadRequest): Promise<SummaryRow[]> {
  const { timeZone } = await siteInfo(payload, site, req)
  const first = `${month}-01`
  const last = shiftDay(format(addMonths(parseISO(first), 1), 'yyyy-MM-dd'), -1)
  const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const
  const staff = (await payload.find({ collection: 'staff', where: { and: [{ 'sites.site': { equals: site } }, { active: { not_equals: false } }] }, sort: 'name', ...all })).docs as unknown as { id: number; name: string; department?: unknown }[]
  const departments = new Map(((await payload.find({ collection: 'departments', where: { site: { equals: site } }, ...all })).docs as unknown as { id: number; name: string }[]).map((d) => [d.id, d.name]))
  const rows = (await payload.find({ collection: 'attendance', where: { and: [{ site: { equals: site } }, { day: { greater_than_equal: first } }, { day: { less_than_equal: last } }] }, ...all })).docs as unknown as { person: unknown; day: string; late?: boolean }[]
  const slips = (await payload.find({ collection: 'leave-slips', where: { and: [{ site: { equals: site } }, { approvalStatus: { equals: 'approved' } }] }, ...all })).docs as unknown as { person: unknown; fromDay: string; toDay: string }[]
  const calendar = new SiteCalendar(payload, site, timeZone)
  const leave = new Map<number, number>()
  for (const slip of slips) {
    let day = dayOf(slip.fromDay, timeZone)
    const end = dayOf(slip.toDay, timeZone)
    if (end < first || day > last) continue
    if (day < first) day = first
    for (; day <= end && day <= last; day = shiftDay(day, 1)) {
      if (await calendar.isWorkingDay(day)) leave.set(idOf(slip.person)!, (leave.get(idOf(slip.person)!) ?? 0) + 1)
    }
  }
  return staff
    .map((s) => {
      const mine = rows.filter((r) => idOf(r.person) === s.id)
      return {
        person: s.id,
        name: s.name,
        department: departments.get(idOf(s.department) ?? 0) ?? pick(summaryWords.none, lang),
        present: new Set(mine.map((r) => r.day)).size,
        late: mine.filter((r) => r.late).length,
        leave: leave.get(s.id) ?? 0,
      }
    })
    .sort((a, b) => a.department.localeCompare(b.department, 'zh') || a.name.localeCompare(b.name, 'zh'))
}

const json = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const summaryEndpoint: Endpoint = {
  path: '/summary',
  method: 'get',
  handler: async (req) => {
    const lang = langOf(req)
    if (!req.user) return json(401, pick(summaryWords.signIn, lang))
    const q = (req.query ?? {}) as Record<string, unknown>
    const siteId = Number(q.site)
    const own = ((req.user as { sites?: { site?: unknown }[] }).sites ?? []).map((s) => idOf(s.site))
    if (!Number.isSafeInteger(siteId) || siteId <= 0 || !own.includes(siteId)) return json(404, pick(summaryWords.site, lang))
    const month = String(q.month ?? localDay(new Date(), (await siteInfo(req.payload, siteId, req)).timeZone).slice(0, 7))
    if (!MONTH.test(month)) return json(400, pick(summaryWords.month, lang))
    const fmt = String(q.format ?? 'json')
    if (fmt !== 'json' && fmt !== 'xlsx') return json(400, pick(summaryWords.format, lang))
    const rows = await monthlySummary(req.payload, siteId, month, lang, req)
    if (fmt === 'json') return Response.json({ month, rows })
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet(`${pick(summaryWords.title, lang)} ${month}`.slice(0, 31))
    sheet.addRow([summaryWords.department, summaryWords.name, summaryWords.present, summaryWords.late, summaryWords.leave].map((w) => pick(w, lang))).font = { bold: true }
    for (const r of rows) sheet.addRow([r.department, r.name, r.present, r.late, r.leave])
    sheet.columns.forEach((c) => (c.width = 18))
    const buffer = await book.xlsx.writeBuffer()
    return new Response(buffer as ArrayBuffer, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="attendance-${month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${pick(summaryWords.title, lang)}-${month}.xlsx`)}`,
      },
    })
  },
}
