/**
 * OFFICE-09 通訊錄: generated from the staff records of the site — name, department, position, work
 * phone, mobile, e-mail — never typed separately; a person hired today is in it today. Grouped by
 * department (in the order the departments were created), people by name.
 */
import ExcelJS from 'exceljs'
import type { Payload, PayloadRequest } from 'payload'
import { L, pick } from '../../../src/lib/i18n'
import { idOf } from '../../../src/lib/hooks'

export const directoryWords = {
  title: L('通訊錄', 'Staff directory'),
  department: L('部門', 'Department'),
  name: L('姓名', 'Name'),
  position: L('職位', 'Position'),
  workPhone: L('工作電話', 'Work phone'),
  mobile: L('手機', 'Mobile'),
  email: L('電子郵件', 'E-mail'),
  none: L('未分部門', 'No department'),
  download: L('下載通訊錄(XLSX)', 'Download the directory (XLSX)'),
}

export type DirectoryPerson = { id: number; name: string; position: string; workPhone: string; mobile: string; email: string }
export type DirectoryGroup = { department: string; people: DirectoryPerson[] }

const positionName = (p: { name?: string; nameTW?: string; nameEn?: string }, lang: string) =>
  (lang === 'en' ? p.nameEn : lang === 'zh-TW' ? p.nameTW : p.name) || p.name || ''

/** The directory of a site, in `lang` (positions and the "no department" group named in it). */
export async function directoryOf(payload: Payload, site: number, lang = 'zh', req?: Partial<PayloadRequest>): Promise<DirectoryGroup[]> {
  const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true, req: req as PayloadRequest } as const
  const staff = (await payload.find({ collection: 'staff', where: { and: [{ 'sites.site': { equals: site } }, { active: { not_equals: false } }] }, sort: 'name', ...all })).docs as unknown as {
    id: number; name: string; email: string; workPhone?: string | null; mobile?: string | null; department?: unknown; positions?: unknown[]
  }[]
  const departments = (await payload.find({ collection: 'departments', where: { site: { equals: site } }, sort: 'id', ...all })).docs as unknown as { id: number; name: string }[]
  const positions = new Map(((await payload.find({ collection: 'positions', ...all })).docs as unknown as { id: number; name?: string; nameTW?: string; nameEn?: string }[]).map((p) => [p.id, p]))
  const groups = new Map<number, DirectoryGroup>(departments.map((d) => [d.id, { department: d.name, people: [] }]))
  const none: DirectoryGroup = { department: pick(directoryWords.none, lang), people: [] }
  for (const s of staff) {
    const person: DirectoryPerson = {
      id: s.id,
      name: s.name,
      position: (s.positions ?? []).map((p) => positions.get(idOf(p)!)).filter(Boolean).map((p) => positionName(p!, lang)).join('、'),
      workPhone: s.workPhone ?? '',
      mobile: s.mobile ?? '',
      email: s.email,
    }
    ;(groups.get(idOf(s.department) ?? 0) ?? none).people.push(person)
  }
  const collator = new Intl.Collator('zh')
  return [...groups.values(), none].filter((g) => g.people.length).map((g) => ({ ...g, people: g.people.sort((a, b) => collator.compare(a.name, b.name)) }))
}

/** The directory as an XLSX workbook (one sheet; department, name, position, phones, e-mail). */
export async function directoryWorkbook(groups: DirectoryGroup[], lang: string, subtitle = ''): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(pick(directoryWords.title, lang).slice(0, 31))
  if (subtitle) sheet.addRow([subtitle]).font = { bold: true, size: 13 }
  const head = sheet.addRow(['department', 'name', 'position', 'workPhone', 'mobile', 'email'].map((k) => pick(directoryWords[k as keyof typeof directoryWords], lang)))
  head.font = { bold: true }
  for (const g of groups) for (const p of g.people) sheet.addRow([g.department, p.name, p.position, p.workPhone, p.mobile, p.email])
  sheet.columns.forEach((c, i) => (c.width = [14, 12, 20, 16, 16, 30][i] ?? 16))
  return Buffer.from(await book.xlsx.writeBuffer())
}
