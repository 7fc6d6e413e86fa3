/**
 * OFFICE-09 通訊錄: generated from the staff records (a person hired today is in it today, nothing typed
 * twice), grouped by department, downloadable as XLSX, and e-mailed once a month to the site's staff,
 * each in their own language with the XLSX attached.
 */
import ExcelJS from 'exceljs'
import { simpleParser } from 'mailparser'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { sweeps } from '../../jobs/sweeps'
import { SiteCalendar } from '../../src/lib/calendar'
import { directoryOf } from '../../collections/office/directory-editions/directory'

const w = useWorld({ sites: [{ type: 'office' }], mail: true, staff: { cashier: { name: 'Alice Cashier', language: 'en' } } })
let tech: number

beforeAll(async () => {
  tech = (await w.payload.create({ collection: 'departments', data: { name: '技术部', site: w.site } as never, overrideAccess: true })).id as number
  await w.payload.update({ collection: 'staff', id: w.staff.hr.id, data: { workPhone: '028-6555 8020', mobile: '136 0000 8020' } as never, overrideAccess: true })
})

async function xlsxRows(buffer: ArrayBuffer) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(buffer)
  const rows: string[][] = []
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  return rows
}

async function runDirectorySweep(now: Date) {
  const sweep = sweeps.find((s) => s.name === 'office-directory')!
  const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
  const site = { id: w.site, name: '新华公司前台甲', timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30' }
  return (sweep.run as (ctx: unknown) => Promise<number>)({ payload: w.payload, req, now, site, calendar: new SiteCalendar(w.payload, w.site, 'Asia/Shanghai') })
}

describe('directory', () => {
  it('OFFICE-09 the directory is generated from the staff records: hired today, in it today, by department, with position, phones and e-mail; a leaver is not', async () => {
    const hired = await w.hire({ name: '今天入职的林涛' })
    await w.payload.update({ collection: 'staff', id: hired.id, data: { department: tech, workPhone: '028-6555 8051', mobile: '136 0000 8051' } as never, overrideAccess: true })
    const gone = await w.hire({ name: '已离职的宋雪' })
    await w.payload.update({ collection: 'staff', id: gone.id, data: { active: false } as never, overrideAccess: true })
    const groups = await directoryOf(w.payload, w.site, 'zh')
    const techGroup = groups.find((g) => g.department === '技术部')!
    expect(techGroup.people.map((p) => p.name)).toEqual(['今天入职的林涛'])
    expect(techGroup.people[0]).toMatchObject({ workPhone: '028-6555 8051', mobile: '136 0000 8051', email: hired.email })
    const all = groups.flatMap((g) => g.people)
    expect(all.map((p) => p.name)).not.toContain('已离职的宋雪')
    expect(all.find((p) => p.id === w.staff.hr.id)?.position).toBe('人力资源部')
    expect(all.some((p) => p.name.includes('外院'))).toBe(false)

    const res = await fetch(`${w.url}/api/directory-editions/xlsx?site=${w.site}`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(res.status).toBe(200)
    const rows = await xlsxRows(await res.arrayBuffer())
    expect(rows.some((r) => r.includes('姓名') && r.includes('手机'))).toBe(true)
    const row = rows.find((r) => r.includes('今天入职的林涛'))!
    expect(row).toEqual(['技术部', '今天入职的林涛', '', '028-6555 8051', '136 0000 8051', hired.email])
    // Only a staff member of the site downloads it; another site answers as a missing one.
    const outsider = await w.as('outsider')
    expect((await outsider.get(`/api/directory-editions/xlsx?site=${w.site}`)).status).toBe(404)
    expect((await outsider.get('/api/directory-editions/xlsx?site=2000000000')).status).toBe(404)
    expect((await fetch(`${w.url}/api/directory-editions/xlsx?site=${w.site}`)).status).toBe(401)
    // Nobody writes an edition by hand.
    expect((await w.desk.post('/api/directory-editions', { site: w.site, month: '2026-11' })).status).toBe(403)
  })

  it('OFFICE-09 once a month the directory is e-mailed to the site\'s staff through the outbox, each in their language, with the XLSX attached', async () => {
    const now = new Date('2026-12-01T01:30:00.000Z') // 09:30 on 1 December in Shanghai
    expect(await runDirectorySweep(now)).toBe(1)
    expect(await runDirectorySweep(new Date('2026-12-15T01:30:00.000Z'))).toBe(0)
    const editions = await w.payload.find({ collection: 'directory-editions' as never, where: { site: { equals: w.site } }, overrideAccess: true })
    expect(editions.docs.map((d) => (d as { month?: string }).month)).toEqual(['2026-12'])
    const outbox = await w.payload.find({ collection: 'mail-outbox', where: { relatedCollection: { equals: 'directory-editions' } }, limit: 500, overrideAccess: true })
    const active = await w.payload.count({ collection: 'staff', where: { and: [{ 'sites.site': { equals: w.site } }, { active: { not_equals: false } }] }, overrideAccess: true })
    expect(outbox.docs.length).toBe(active.totalDocs)
    const to = outbox.docs.map((m) => String(m.to))
    expect(to).toContain(w.staff.hr.email)
    expect(to).not.toContain(w.otherStaff['front-desk'].email)
    const english = outbox.docs.find((m) => m.to === w.staff.cashier.email)!
    expect(english.subject).toContain('staff directory (2026-12)')
    const chinese = outbox.docs.find((m) => m.to === w.staff.hr.email)!
    expect(chinese.subject).toContain('通讯录(2026-12)')
    // A new month is a new edition.
    expect(await runDirectorySweep(new Date('2027-01-04T01:30:00.000Z'))).toBe(1)

    await w.mail!.deliver()
    const received = w.mail!.peer.received.find((m) => m.to.includes(w.staff.cashier.email))!
    const parsed = await simpleParser(received.raw)
    const file = (parsed.attachments as { filename?: string; content: Buffer }[]).find((a) => a.filename?.endsWith('.xlsx'))!
    expect(file).toBeDefined()
    const rows = await xlsxRows(file.content.buffer.slice(file.content.byteOffset, file.content.byteOffset + file.content.byteLength) as ArrayBuffer)
    expect(rows.some((r) => r.includes('Name') && r.includes('Mobile'))).toBe(true)
    expect(rows.some((r) => r.includes('Human resources'))).toBe(true)
  })
})
