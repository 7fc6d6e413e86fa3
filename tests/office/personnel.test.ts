/**
 * OFFICE-11 人事檔案: one file per person by department, readable only by HR (holders of `hr` at the
 * file's site) — refused through every door (REST find/findByID, GraphQL, export, print, relationship
 * population, the audit trail, queries and sorts) to everyone else, administrators included unless they
 * hold the HR position.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'office' }] })
const SECRET = '曾因违纪受过警告处分(保密)'
const ID_NUMBER = '510104199001011234'
let file: number
let person: { id: number; name: string; email: string }
let department: number

beforeAll(async () => {
  department = (await w.payload.create({ collection: 'departments', data: { name: '技术部', site: w.site } as never, overrideAccess: true })).id as number
  person = await w.hire({ name: '档案员工甲' })
  await w.payload.update({ collection: 'staff', id: person.id, data: { department } as never, overrideAccess: true })
  const hr = await w.as('hr')
  const res = await hr.post('/api/personnel-files', {
    site: w.site,
    person: person.id,
    idNumber: ID_NUMBER,
    cabinet: '人事档案柜 B',
    documents: [{ document: 'contract', present: true, note: SECRET }],
    notes: `${SECRET}。${'档案备注'.repeat(200)}`,
  })
  expect(res.status).toBe(201)
  file = res.body.doc.id
})

const leaks = (body: unknown) => {
  const text = JSON.stringify(body)
  return text.includes(SECRET) || text.includes(ID_NUMBER) || text.includes('人事档案柜 B')
}

describe('personnel files', () => {
  it('OFFICE-11 one file per person, numbered by department; only HR creates one', async () => {
    const doc = (await w.payload.findByID({ collection: 'personnel-files' as never, id: file, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    expect(doc.fileNumber).toBe('技术部-001')
    expect(doc.department).toBe(department)
    const hr = await w.as('hr')
    expect((await hr.post('/api/personnel-files', { site: w.site, person: person.id })).status).toBe(409)
    const before = (await w.payload.count({ collection: 'personnel-files' as never, overrideAccess: true })).totalDocs
    const other = await w.hire({ name: '档案员工乙' })
    for (const who of ['front-desk', 'admin-director', 'general-manager', 'admin'] as const) {
      const res = await (await w.as(who)).post('/api/personnel-files', { site: w.site, person: other.id, notes: 'x' })
      expect(res.status).toBe(403)
    }
    expect((await w.payload.count({ collection: 'personnel-files' as never, overrideAccess: true })).totalDocs).toBe(before)
  })

  it('OFFICE-11 HR reads the file (REST, GraphQL) and every reading is registered', async () => {
    const hr = await w.as('hr')
    const one = await hr.get(`/api/personnel-files/${file}`)
    expect(one.status).toBe(200)
    expect(one.body.notes).toContain(SECRET)
    expect(one.body.idNumber).toBe(ID_NUMBER)
    const list = await hr.get(`/api/personnel-files?where[site][equals]=${w.site}`)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(file)
    const gql = await hr.post('/api/graphql', { query: `{ PersonnelFile(id: ${file}) { id notes idNumber } }` })
    expect(gql.body.data.PersonnelFile.notes).toContain(SECRET)
    const rows = await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'personnel-files' } }, { recordId: { equals: String(file) } }, { action: { equals: 'read' } }, { actor: { equals: w.staff.hr.id } }] },
      overrideAccess: true,
      limit: 100,
    })
    const doors = rows.docs.map((r) => String((r as { note?: string }).note).split(';')[0])
    expect(doors).toEqual(expect.arrayContaining(['record', 'list', 'graphql']))
  })

  it('OFFICE-11 nobody else reads it through REST find and findByID — desk, leaders, the employee, an administrator, HR of another site', async () => {
    const outsiderHr = await w.other('hr')
    const clients = [
      await w.as('front-desk'), await w.as('general-manager'), await w.as('admin-director'), await w.as('department-head'),
      await w.as({ email: person.email }), await w.as('admin'), await w.as({ email: outsiderHr.email }),
    ]
    const missing = await w.desk.get('/api/personnel-files/2000000000')
    for (const client of clients) {
      const one = await client.get(`/api/personnel-files/${file}`)
      expect(one.status).toBe(404)
      expect(one.body).toEqual(missing.body)
      const list = await client.get('/api/personnel-files?depth=2&limit=100')
      expect(list.status).toBe(200)
      expect(list.body.totalDocs).toBe(0)
      expect(leaks(list.body)).toBe(false)
      const patched = await client.patch(`/api/personnel-files/${file}`, { notes: '改掉' })
      expect(patched.status).toBe((await client.patch('/api/personnel-files/2000000000', { notes: '改掉' })).status)
      expect(patched.status).toBeGreaterThanOrEqual(403)
      expect((await client.delete(`/api/personnel-files/${file}`)).status).toBeGreaterThanOrEqual(403)
    }
    // Searching or sorting by the contents is refused (a filter would tell what they are).
    expect((await w.desk.get(`/api/personnel-files?where[notes][like]=${encodeURIComponent('违纪')}`)).status).toBe(403)
    expect((await (await w.as('admin')).get('/api/personnel-files?where[idNumber][equals]=1')).status).toBe(403)
    expect((await w.desk.get('/api/personnel-files?sort=idNumber')).status).toBe(403)
    const stored = (await w.payload.findByID({ collection: 'personnel-files' as never, id: file, depth: 0, overrideAccess: true })) as unknown as { notes: string }
    expect(stored.notes).toContain(SECRET)
  })

  it('OFFICE-11 nor through GraphQL, export, print, relationship population or the audit trail', async () => {
    for (const who of ['front-desk', 'admin'] as const) {
      const client = await w.as(who)
      const gql = await client.post('/api/graphql', { query: `{ PersonnelFile(id: ${file}) { id notes idNumber documents { note } } PersonnelFiles { totalDocs docs { id notes } } }` })
      expect(leaks(gql.body)).toBe(false)
      expect(gql.body.data?.PersonnelFile ?? null).toBeNull()
      expect(gql.body.data?.PersonnelFiles?.totalDocs ?? 0).toBe(0)
      const csv = await fetch(`${w.url}/api/personnel-files/export?format=csv`, { headers: { authorization: `JWT ${client.token}` } })
      expect(csv.status).toBe(200)
      const text = await csv.text()
      expect(leaks(text)).toBe(false)
      const pdf = await fetch(`${w.url}/api/personnel-files/${file}/print`, { headers: { authorization: `JWT ${client.token}` } })
      expect(pdf.status).toBe(404)
      const trail = await client.get('/api/audit-log?where[collection][equals]=personnel-files&limit=100')
      expect(leaks(trail.body)).toBe(false)
    }
    // HR's print carries it (a sanity check that the print door works at all).
    const hr = await w.as('hr')
    const pdf = await fetch(`${w.url}/api/personnel-files/${file}/print`, { headers: { authorization: `JWT ${hr.token}` } })
    expect(pdf.status).toBe(200)
    // The leaving checklist points at the person's file: populated for HR only.
    const checklist = await w.desk.post('/api/leaving-checklists', { site: w.site, person: person.id, leavingDate: '2030-01-31' })
    expect(checklist.status).toBe(201)
    expect(checklist.body.doc.personnelFile ?? null).toBeNull()
    const populated = await w.desk.get(`/api/leaving-checklists/${checklist.body.doc.id}?depth=3`)
    expect(populated.status).toBe(200)
    expect(populated.body.personnelFile ?? null).toBeNull()
    expect(leaks(populated.body)).toBe(false)
    const byHr = await hr.get(`/api/leaving-checklists/${checklist.body.doc.id}?depth=2`)
    expect(byHr.body.personnelFile?.notes).toContain(SECRET)
    // The trail never held the values.
    const raw = await w.payload.find({ collection: 'audit-log', where: { collection: { equals: 'personnel-files' } }, overrideAccess: true, limit: 100 })
    expect(raw.docs.length).toBeGreaterThan(0)
    expect(leaks(raw.docs)).toBe(false)
  })

  it('OFFICE-11 an administrator who holds the HR position at the site reads it; one who holds it elsewhere does not', async () => {
    const hrAdmin = await w.hire({ name: '兼任人事的管理员', roles: ['admin', 'staff'], positions: ['hr'] })
    const client = await w.as({ email: hrAdmin.email })
    const one = await client.get(`/api/personnel-files/${file}`)
    expect(one.status).toBe(200)
    expect(one.body.notes).toContain(SECRET)
    const elsewhere = await w.hire({ name: '外站人事管理员', roles: ['admin', 'staff'], positions: ['hr'], sites: [w.otherSite] })
    expect((await (await w.as({ email: elsewhere.email })).get(`/api/personnel-files/${file}`)).status).toBe(404)
    // HR changes the file; a deactivated HR member no longer reads it.
    const hr = await w.as('hr')
    expect((await hr.patch(`/api/personnel-files/${file}`, { cabinet: '人事档案柜 C' })).status).toBe(200)
    const leaver = await w.hire({ name: '已离职人事', positions: ['hr'] })
    const leaverClient = await w.as({ email: leaver.email })
    expect((await leaverClient.get(`/api/personnel-files/${file}`)).status).toBe(200)
    await w.payload.update({ collection: 'staff', id: leaver.id, data: { active: false }, overrideAccess: true })
    expect((await leaverClient.get(`/api/personnel-files/${file}`)).status).toBeGreaterThanOrEqual(401)
  })
})
