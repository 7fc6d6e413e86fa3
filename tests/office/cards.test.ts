/**
 * OFFICE-08 門禁卡/電梯卡 and 離職流程單: a card is issued with the employee's signature; the leaving
 * checklist lists what the person holds (their cards, read from the records, and the desk's rows) and is
 * not completed while anything is out, through any door; a leaver whose card is not back is flagged on
 * the desk home.
 */
import { describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { useWorld } from '../helpers/world'
import { sweepDeadline } from '../../hooks/deadlines'
import { homeFor, type HomeUser } from '../../src/admin/home/data'
import { localDay, shiftDay } from '../../src/lib/calendar'
import { sweeps } from '../../jobs/sweeps'

const w = useWorld({ sites: [{ type: 'office' }] })

const count = async (collection: string, where: object = {}) => (await w.payload.count({ collection: collection as never, where: where as never, overrideAccess: true })).totalDocs
const stored = async (collection: string, id: number) => (await w.payload.findByID({ collection: collection as never, id, depth: 0, overrideAccess: true })) as unknown as Record<string, any>

let serial = 0
async function issue(holder: number, kind = 'access') {
  const res = await w.desk.post('/api/access-cards', { site: w.site, holder, cardNumber: `MJ-${++serial}`, kind, holderSigned: true })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; cardNumber: string }
}

const today = () => localDay(new Date(), 'Asia/Shanghai')

describe('access cards', () => {
  it('OFFICE-08 a card is issued to an employee only with their signature; card, holder and issue time stay as issued; nobody deletes it', async () => {
    const person = await w.hire({ name: '新员工甲' })
    const before = await count('access-cards')
    const unsigned = await w.desk.post('/api/access-cards', { site: w.site, holder: person.id, cardNumber: 'MJ-A1', kind: 'access' })
    expect(unsigned.status).toBe(400)
    expect(unsigned.body.errors[0].message).toContain('签字')
    expect(await count('access-cards')).toBe(before)

    const res = await w.desk.post('/api/access-cards', { site: w.site, holder: person.id, cardNumber: 'MJ-A1', kind: 'both', holderSigned: true })
    expect(res.status).toBe(201)
    expect(res.body.doc.status).toBe('issued')
    const id = res.body.doc.id
    // The same card number cannot be out twice.
    const twice = await w.desk.post('/api/access-cards', { site: w.site, holder: w.staff.hr.id, cardNumber: 'MJ-A1', kind: 'access', holderSigned: true })
    expect(twice.status).toBe(409)
    expect((await w.desk.patch(`/api/access-cards/${id}`, { holder: w.staff.hr.id })).status).toBe(409)
    expect((await w.desk.patch(`/api/access-cards/${id}`, { cardNumber: 'MJ-B9' })).status).toBe(409)
    expect((await w.desk.patch(`/api/access-cards/${id}`, { status: 'returned' })).status).toBe(403)
    expect((await w.desk.patch(`/api/access-cards/${id}`, { leaverOutstanding: true })).status).toBe(403)
    expect((await w.desk.delete(`/api/access-cards/${id}`)).status).toBe(403)
    expect((await (await w.as('admin')).delete(`/api/access-cards/${id}`)).status).toBe(403)
    // Only HR or the admin director records a card as lost.
    expect((await w.desk.post(`/api/access-cards/${id}/transition`, { to: 'lost', note: '丢失' })).status).toBe(403)
    expect((await stored('access-cards', id)).holder).toBe(person.id)
    expect((await stored('access-cards', id)).status).toBe('issued')
  })

  it('OFFICE-08 another site\'s employee, an unknown employee and bad input are refused and nothing is written', async () => {
    const outsider = await w.other('hr')
    const before = await count('access-cards')
    const other = await w.desk.post('/api/access-cards', { site: w.site, holder: outsider.id, cardNumber: 'MJ-X1', holderSigned: true })
    const missing = await w.desk.post('/api/access-cards', { site: w.site, holder: 2_000_000_000, cardNumber: 'MJ-X1', holderSigned: true })
    expect(other.status).toBe(missing.status)
    expect(JSON.stringify(other.body).replaceAll(String(outsider.id), 'N')).toBe(JSON.stringify(missing.body).replaceAll('2000000000', 'N'))
    expect(other.status).toBeGreaterThanOrEqual(400)
    expect(other.status).toBeLessThan(500)
    expect((await w.desk.post('/api/access-cards', { site: w.site, holder: 'abc', cardNumber: 'MJ-X1', holderSigned: true })).status).toBe(400)
    expect((await w.desk.post('/api/access-cards', { site: w.site, holder: w.staff.hr.id, cardNumber: 'x'.repeat(41), holderSigned: true })).status).toBe(400)
    expect((await w.desk.post('/api/access-cards', { site: w.site, holder: w.staff.hr.id, cardNumber: 'MJ-X1', kind: 'gold', holderSigned: true })).status).toBe(400)
    // A card of this site read from another site's desk answers as a missing one.
    const card = await issue(w.staff.driver.id)
    const outsiderDesk = await w.as('outsider')
    const seen = await outsiderDesk.get(`/api/access-cards/${card.id}`)
    const none = await outsiderDesk.get('/api/access-cards/2000000000')
    expect(seen.status).toBe(404)
    expect(seen.body).toEqual(none.body)
    expect((await outsiderDesk.post(`/api/access-cards/${card.id}/transition`, { to: 'returned' })).status).toBe(404)
    expect(await count('access-cards')).toBe(before + 1)
  })

  it('OFFICE-08 an employee who has left cannot be issued a card', async () => {
    const gone = await w.hire({ name: '已离职乙' })
    await w.payload.update({ collection: 'staff', id: gone.id, data: { active: false }, overrideAccess: true })
    const res = await w.desk.post('/api/access-cards', { site: w.site, holder: gone.id, cardNumber: 'MJ-G1', holderSigned: true })
    expect(res.status).toBe(409)
    expect(await count('access-cards', { holder: { equals: gone.id } })).toBe(0)
  })
})

describe('leaving checklist', () => {
  it('OFFICE-08 the checklist lists everything the person holds: their cards not returned (from the records) and the rows', async () => {
    const person = await w.hire({ name: '离职丙' })
    const a = await issue(person.id)
    const b = await issue(person.id, 'elevator')
    const res = await w.desk.post('/api/leaving-checklists', {
      site: w.site, person: person.id, leavingDate: shiftDay(today(), 5), outstanding: '无',
      items: [{ kind: 'equipment', description: '笔记本电脑' }],
    })
    expect(res.status).toBe(201)
    const read = await w.desk.get(`/api/leaving-checklists/${res.body.doc.id}`)
    expect(read.body.outstanding).toContain(a.cardNumber)
    expect(read.body.outstanding).toContain(b.cardNumber)
    expect(read.body.outstanding).toContain('电梯卡')
    expect(read.body.outstanding).toContain('笔记本电脑')
    expect(read.body.personName).toBe('离职丙')
    // A second open checklist for the same person is refused.
    expect((await w.desk.post('/api/leaving-checklists', { site: w.site, person: person.id, leavingDate: today() })).status).toBe(409)
  })

  it('OFFICE-08 it cannot be completed while a card or a row is out: not by the transition, a PATCH of the state, GraphQL, removing the row or a create in the completed state', async () => {
    const person = await w.hire({ name: '离职丁' })
    const card = await issue(person.id)
    const res = await w.desk.post('/api/leaving-checklists', {
      site: w.site, person: person.id, leavingDate: today(), leaverSigned: true,
      items: [{ kind: 'key', description: '财务室钥匙' }],
    })
    const id = res.body.doc.id
    const done = await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })
    expect(done.status).toBe(409)
    expect(done.body.errors[0].message).toContain(card.cardNumber)
    expect(done.body.errors[0].message).toContain('财务室钥匙')
    expect((await w.desk.patch(`/api/leaving-checklists/${id}`, { status: 'completed' })).status).toBe(403)
    expect((await (await w.as('admin')).patch(`/api/leaving-checklists/${id}`, { status: 'completed' })).status).toBe(403)
    const gql = await w.desk.post('/api/graphql', { query: `mutation { updateLeavingChecklist(id: ${id}, data: { status: completed }) { id status } }` })
    expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)
    const created = await w.desk.post('/api/leaving-checklists', { site: w.site, person: w.staff.driver.id, leavingDate: today(), status: 'completed' })
    expect(created.status).toBe(403)
    // The row cannot be dropped while the key is out.
    const dropped = await w.desk.patch(`/api/leaving-checklists/${id}`, { items: [] })
    expect(dropped.status).toBe(409)
    expect(dropped.body.errors[0].message).toContain('财务室钥匙')
    // The admin director (an approver of many things) is refused the same way.
    expect((await (await w.as('admin-director')).post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })).status).toBe(409)
    expect((await stored('leaving-checklists', id)).status).toBe('open')

    // The card comes back (its field door), the key is ticked: then it completes.
    expect((await w.desk.patch(`/api/access-cards/${card.id}`, { returnedAt: new Date().toISOString() })).status).toBe(200)
    const afterCard = await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })
    expect(afterCard.status).toBe(409)
    expect(afterCard.body.errors[0].message).not.toContain(card.cardNumber)
    const rows = (await stored('leaving-checklists', id)).items as { id: string; kind: string; description: string }[]
    expect((await w.desk.patch(`/api/leaving-checklists/${id}`, { items: rows.map((r) => ({ ...r, returned: true })) })).status).toBe(200)
    const ok = await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })
    expect(ok.status).toBe(200)
    const closed = await stored('leaving-checklists', id)
    expect(closed.status).toBe('completed')
    expect(closed.completedBy).toBe(w.staff['front-desk'].id)
    expect((await stored('access-cards', card.id)).receivedBy).toBe(w.staff['front-desk'].id)
    // Completed: nothing changes any more.
    expect((await w.desk.patch(`/api/leaving-checklists/${id}`, { reason: '改' })).status).toBe(409)
  })

  it('OFFICE-08 the leaver signs before it is completed; cancelling is for HR with a note, and does not complete it', async () => {
    const person = await w.hire({ name: '离职戊' })
    const res = await w.desk.post('/api/leaving-checklists', { site: w.site, person: person.id, leavingDate: today() })
    const id = res.body.doc.id
    const unsigned = await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })
    expect(unsigned.status).toBe(409)
    expect(unsigned.body.errors[0].message).toContain('签字')
    expect((await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'cancelled', note: '不走了' })).status).toBe(403)
    const hr = await w.as('hr')
    expect((await hr.post(`/api/leaving-checklists/${id}/transition`, { to: 'cancelled', note: '员工撤回辞职' })).status).toBe(200)
    expect((await w.desk.post(`/api/leaving-checklists/${id}/transition`, { to: 'completed' })).status).toBe(409)
    expect((await stored('leaving-checklists', id)).status).toBe('cancelled')
  })

  it('OFFICE-08 a person who has left with a card not returned is flagged and listed on the desk home: past the leaving day, or deactivated', async () => {
    const now = new Date()
    const left = await w.hire({ name: '已离职己' })
    const staying = await w.hire({ name: '下周离职庚' })
    const deactivated = await w.hire({ name: '已停用辛' })
    const leftCard = await issue(left.id)
    const stayingCard = await issue(staying.id)
    const goneCard = await issue(deactivated.id)
    expect((await w.desk.post('/api/leaving-checklists', { site: w.site, person: left.id, leavingDate: shiftDay(today(), -1) })).status).toBe(201)
    expect((await w.desk.post('/api/leaving-checklists', { site: w.site, person: staying.id, leavingDate: shiftDay(today(), 7) })).status).toBe(201)
    await w.payload.update({ collection: 'staff', id: deactivated.id, data: { active: false }, overrideAccess: true })
    // A card handed to the leaver after the checklist was opened is marked as well.
    const lateCard = await issue(left.id, 'elevator')

    const marker = sweeps.find((s) => s.name === 'office-card-leavers')!
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    await (marker.run as (ctx: unknown) => Promise<unknown>)({ payload: w.payload, req, now })
    expect(await sweepDeadline(w.payload, 'access-cards', 'leaver', now)).toBeGreaterThanOrEqual(3)
    expect((await stored('access-cards', leftCard.id)).leaverOutstanding).toBe(true)
    expect((await stored('access-cards', goneCard.id)).leaverOutstanding).toBe(true)
    expect((await stored('access-cards', lateCard.id)).leaverOutstanding).toBe(true)
    expect((await stored('access-cards', stayingCard.id)).leaverOutstanding).toBe(false)
    // A second run changes nothing.
    expect(await sweepDeadline(w.payload, 'access-cards', 'leaver', now)).toBe(0)

    const user = (await w.payload.findByID({ collection: 'staff', id: w.staff['front-desk'].id, depth: 0, overrideAccess: true })) as unknown as HomeUser
    const home = await homeFor(w.payload, user, now)
    const due = home.sites.find((s) => s.id === w.site)!.due.find((d) => d.collection === 'access-cards' && d.kind === 'overdue')
    expect(due?.rule).toBe('OFFICE-08')
    expect(due?.count).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(due?.sentence)).toContain('已离职')

    // Back at the desk: the flag goes at the next run.
    expect((await w.desk.post(`/api/access-cards/${leftCard.id}/transition`, { to: 'returned' })).status).toBe(200)
    expect((await stored('access-cards', leftCard.id)).leaverOutstanding).toBe(false)
  })
})
