/**
 * OFFICE-01 answered within three rings, per day and person, from the phone's own call records: every
 * call the phone saw counts, logged in the phone log or not, for the person who answered it (from the
 * pop-up, or at their extension); a call answered after 15 s is late, one nobody answered is missed;
 * days are the site's (Asia/Shanghai). And the pop-up's 登記: a phone-log entry filled from the call.
 * Calls are driven through the phone simulator (the devices routes and the driver itself).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld, type Client, type Person } from '../helpers/world'
import { settled } from '../../devices/phone/calls'
import { phoneDriver } from '../../devices/phone/manager'
import { SimulatedPhone } from '../../devices/phone/simulator'
import { loadDevice } from '../../devices/registry'
import { callLogsAt } from '../../devices/phone/callLog'
import { statistics } from '../../jobs/digest/statistics'
import { officeEmail, seedCompany } from '../../collections/office/company-seed'
import { seedReception } from '../../collections/office/reception-seed'
import { SiteCalendar, localDay, shiftDay } from '../../src/lib/calendar'

const w = useWorld({ sites: [{ type: 'office' }], holders: ['front-desk'] })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const at = (day: string, time: string) => new SiteCalendar(w.payload, w.site, 'Asia/Shanghai').at(day, time)
const today = () => localDay(new Date(), 'Asia/Shanghai')
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms).toISOString()

let phone: { id: number }
let desk2: Client
let second: Person
let operator: Person

const callByPbx = async (pbxId: string) =>
  (await w.payload.find({ collection: 'calls', where: { pbxId: { equals: pbxId } }, depth: 0, overrideAccess: true })).docs[0] as any
async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value || Date.now() > end) return value as T
    await sleep(50)
  }
}
/** The figures of one site day, per person and for the day. */
async function figures(day: string) {
  const stats = await statistics(w.payload, w.site, day, day)
  return {
    of: (id: number) => stats.staff.find((r) => r.id === id)?.counts ?? {},
    day: stats.days.find((d) => d.day === day)!.counts,
  }
}
/** The simulated desk phone itself (the driver the devices routes use), for a call replayed at given times. */
const simulator = async () => phoneDriver(w.payload, await loadDevice(w.payload, phone.id, 'phone')) as SimulatedPhone
async function replay(caller: string, rang: Date, answered: { afterMs: number; extension: string } | null) {
  const sim = await simulator()
  const id = sim.ring(caller, undefined, rang.toISOString())
  await settled(phone.id, id)
  if (answered) {
    sim.answer(id, { extension: answered.extension, at: plus(rang, answered.afterMs) })
    await settled(phone.id, id)
  }
  sim.hangup(id, plus(rang, 90_000))
  await settled(phone.id, id)
  return callByPbx(id)
}

beforeAll(async () => {
  phone = (await w.payload.create({ collection: 'devices', data: { name: '前台电话', kind: 'phone', driver: 'simulator', site: w.site, connection: { extension: '8000' } } as never, overrideAccess: true })) as unknown as { id: number }
  second = await w.hire({ positions: ['front-desk'], name: '吴婷' })
  desk2 = await w.as({ email: second.email })
  // The operator's desk extension is 8023: her work phone 028-6555 8023.
  operator = await w.hire({ name: '何琳' })
  await w.payload.update({ collection: 'staff', id: operator.id, data: { workPhone: '028-6555 8023' }, overrideAccess: true })
})

describe('OFFICE-01 answered within three rings, from the phone', () => {
  it('OFFICE-01 an unlogged call answered from the pop-up counts for the person who answered it; one picked up at an extension counts for its staff member', async () => {
    const day = today()
    const before = await figures(day)
    // Rung and answered through the devices routes, as the panel does: the second desk person answers from her pop-up.
    const rung = await w.desk.post(`/devices/phones/${phone.id}/simulate`, { action: 'ring', caller: '13900001111' })
    expect(rung.status).toBe(200)
    const call = await waitFor(() => callByPbx(rung.body.callId))
    const answered = await desk2.post(`/devices/calls/${call.id}/answer`, {})
    expect(answered.body).toMatchObject({ status: 'answered' })
    await w.desk.post(`/devices/calls/${call.id}/hangup`, {})
    expect(await callByPbx(rung.body.callId)).toMatchObject({ answeredBy: second.id, ringCheck: 'within', status: 'ended' })
    // Another picked up on the handset at extension 8023.
    const other = await w.desk.post(`/devices/phones/${phone.id}/simulate`, { action: 'ring', caller: '13900002222' })
    await waitFor(() => callByPbx(other.body.callId))
    await w.desk.post(`/devices/phones/${phone.id}/simulate`, { action: 'answer', callId: other.body.callId, extension: '8023' })
    await settled(phone.id, other.body.callId)
    expect(await callByPbx(other.body.callId)).toMatchObject({ answeredBy: operator.id, ringCheck: 'within' })

    // Nobody logged either call in the phone log, and both count, each for its person.
    expect((await w.payload.count({ collection: 'phone-log', where: { call: { in: [call.id] } }, overrideAccess: true })).totalDocs).toBe(0)
    const after = await figures(day)
    expect((after.of(second.id).withinThreeRings ?? 0) - (before.of(second.id).withinThreeRings ?? 0)).toBe(1)
    expect((after.of(operator.id).withinThreeRings ?? 0) - (before.of(operator.id).withinThreeRings ?? 0)).toBe(1)
    expect(after.of(w.staff['front-desk'].id).withinThreeRings ?? 0).toBe(before.of(w.staff['front-desk'].id).withinThreeRings ?? 0)
    expect((after.day.withinThreeRings ?? 0) - (before.day.withinThreeRings ?? 0)).toBe(2)
    // Who answered is the phone's word: a desk person cannot claim the call.
    expect((await w.desk.patch(`/api/calls/${call.id}`, { answeredBy: w.staff['front-desk'].id })).status).toBe(403)
    expect((await callByPbx(rung.body.callId)).answeredBy).toBe(second.id)
  })

  it('OFFICE-01 a call answered after 15 s (the third ring over) is late; at 15 s it is within three rings', async () => {
    const day = shiftDay(today(), -5)
    const onTime = await replay('13900003333', at(day, '10:00'), { afterMs: 15_000, extension: '8023' })
    const late = await replay('13900003333', at(day, '11:00'), { afterMs: 15_400, extension: '8023' })
    expect(onTime).toMatchObject({ ringSeconds: 15, ringCheck: 'within', answeredBy: operator.id })
    expect(late).toMatchObject({ ringSeconds: 16, ringCheck: 'late', answeredBy: operator.id })
    const f = await figures(day)
    expect(f.of(operator.id)).toMatchObject({ withinThreeRings: 1, afterThreeRings: 1 })
    expect(f.day).toMatchObject({ withinThreeRings: 1, afterThreeRings: 1 })
    expect(f.day.missedCalls ?? 0).toBe(0)
  })

  it('OFFICE-01 a call nobody answered counts as missed for the day (and for nobody), with its call-back task', async () => {
    const day = shiftDay(today(), -6)
    const missed = await replay('13900004444', at(day, '09:30'), null)
    expect(missed).toMatchObject({ status: 'missed', ringCheck: 'missed' })
    expect(missed.answeredBy ?? null).toBeNull()
    const f = await figures(day)
    expect(f.day).toMatchObject({ missedCalls: 1 })
    expect(f.day.withinThreeRings ?? 0).toBe(0)
    expect(f.day.afterThreeRings ?? 0).toBe(0)
    expect((await w.payload.count({ collection: 'call-tasks', where: { and: [{ relatedCollection: { equals: 'calls' } }, { relatedId: { equals: String(missed.id) } }] }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('OFFICE-01 days are the site’s (Asia/Shanghai): a call at 23:59 local counts on that day, one at 00:01 on the next', async () => {
    const day = shiftDay(today(), -3)
    const next = shiftDay(today(), -2)
    const lateNight = await replay('13900005555', at(day, '23:59'), { afterMs: 4_000, extension: '8023' })
    const earlyMorning = await replay('13900005555', at(next, '00:01'), { afterMs: 20_000, extension: '8023' })
    // 23:59 in Shanghai is 15:59 UTC the same day; 00:01 is 16:01 UTC of the day before.
    expect(new Date(lateNight.startedAt).getUTCHours()).toBe(15)
    expect(new Date(earlyMorning.startedAt).toISOString().slice(0, 10)).toBe(day)
    const first = await figures(day)
    const then = await figures(next)
    expect(first.of(operator.id)).toMatchObject({ withinThreeRings: 1 })
    expect(first.of(operator.id).afterThreeRings ?? 0).toBe(0)
    expect(then.of(operator.id)).toMatchObject({ afterThreeRings: 1 })
    expect(then.of(operator.id).withinThreeRings ?? 0).toBe(0)
    // Over both days: one each.
    const both = await statistics(w.payload, w.site, day, next)
    expect(both.staff.find((r) => r.id === operator.id)?.counts).toMatchObject({ withinThreeRings: 1, afterThreeRings: 1 })
  })
})

describe('OFFICE-01 登记 from the call pop-up', () => {
  it('OFFICE-01 登记 opens a phone-log entry filled from the call (time, number, the known caller and company, the call, taken by me); once logged it opens that entry', async () => {
    // The number called before: the desk knows the caller and the company from the log.
    expect((await w.desk.post('/api/phone-log?depth=0', { site: w.site, callerName: '张经理', company: '成都蓉城物流有限公司', phone: '028-8765 4321', purpose: '询问报价' })).status).toBe(201)
    const rung = await w.desk.post(`/devices/phones/${phone.id}/simulate`, { action: 'ring', caller: '02887654321' })
    const call = await waitFor(() => callByPbx(rung.body.callId))
    const log = (who: Client) => fetch(`${w.url}/devices/calls/${call.id}/log`, { headers: { authorization: `JWT ${who.token}` }, redirect: 'manual' })
    // Still ringing: nothing to log yet.
    expect((await log(w.desk)).status).toBe(409)
    await desk2.post(`/devices/calls/${call.id}/answer`, {})

    const res = await log(w.desk)
    expect(res.status).toBe(303)
    const address = new URL(res.headers.get('location')!, w.url)
    expect(address.pathname).toBe('/admin/collections/phone-log/create')
    const filled = Object.fromEntries([...address.searchParams].map(([k, v]) => [/^prefill\[(.+)\]$/.exec(k)![1], v]))
    const startedAt = (await callByPbx(rung.body.callId)).startedAt
    expect(filled).toMatchObject({
      call: String(call.id), takenBy: String(w.staff['front-desk'].id), phone: '02887654321', receivedAt: startedAt,
      callerName: '张经理', company: '成都蓉城物流有限公司', outcome: 'answered', site: String(w.site),
    })

    // Saved as filled: the entry links the call; the call stays the one who answered it (the figure is hers).
    const saved = await w.desk.post('/api/phone-log?depth=0', { ...filled, call: Number(filled.call), takenBy: Number(filled.takenBy), site: w.site, purpose: '确认合同' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    expect(saved.body.doc).toMatchObject({ call: call.id, takenBy: w.staff['front-desk'].id, ringCheck: 'within', company: '成都蓉城物流有限公司' })
    expect((await callByPbx(rung.body.callId)).answeredBy).toBe(second.id)
    const again = await log(desk2)
    expect(again.status).toBe(303)
    expect(new URL(again.headers.get('location')!, w.url).pathname).toBe(`/admin/collections/phone-log/${saved.body.doc.id}`)

    // Another site's desk: the call answers like a missing one.
    const outsider = await w.as('outsider')
    expect((await log(outsider)).status).toBe(404)
  })

  it('OFFICE-01 a call the phone could not attribute becomes the call of the desk person who logs it as taken', async () => {
    const day = shiftDay(today(), -8)
    const sim = await simulator()
    const id = sim.ring('13900006666', undefined, at(day, '14:00').toISOString())
    await settled(phone.id, id)
    sim.answer(id, { extension: '9999', at: plus(at(day, '14:00'), 6_000) }) // nobody's extension
    await settled(phone.id, id)
    sim.hangup(id, plus(at(day, '14:00'), 60_000))
    await settled(phone.id, id)
    const call = await callByPbx(id)
    expect(call.answeredBy ?? null).toBeNull()
    expect((await desk2.post('/api/phone-log?depth=0', { site: w.site, call: call.id })).status).toBe(201)
    expect((await callByPbx(id)).answeredBy).toBe(second.id)
    expect((await figures(day)).of(second.id)).toMatchObject({ withinThreeRings: 1 })
  })

  it('OFFICE-01 only sites whose desk keeps a phone log offer 登记 (a care home does not)', async () => {
    const care = await w.freshSite({ type: 'care-home' })
    const logs = await callLogsAt(w.payload, [w.site, care.site])
    expect([...logs.keys()]).toEqual([w.site])
    const carePhone = (await w.payload.create({ collection: 'devices', data: { name: '前台电话', kind: 'phone', driver: 'simulator', site: care.site } as never, overrideAccess: true })) as unknown as { id: number }
    const sim = phoneDriver(w.payload, await loadDevice(w.payload, carePhone.id, 'phone')) as SimulatedPhone
    const id = sim.ring('13900007777')
    await settled(carePhone.id, id)
    sim.hangup(id)
    await settled(carePhone.id, id)
    const call = await callByPbx(id)
    const res = await fetch(`${w.url}/devices/calls/${call.id}/log`, { headers: { authorization: `JWT ${care.desk.token}` }, redirect: 'manual' })
    expect(res.status).toBe(404)
  })
})

describe('OFFICE-01 the demo company', () => {
  it('OFFICE-01 the demo desk phone’s morning: calls the phone saw count for the receptionist of extension 8000, logged or not', async () => {
    const { site } = await w.freshSite({ type: 'office' })
    await seedCompany(w.payload, site)
    await seedReception(w.payload, site)
    const desk = (await w.payload.find({ collection: 'staff', where: { email: { equals: officeEmail('front-desk') } }, depth: 0, overrideAccess: true })).docs[0]!
    const calls = (await w.payload.find({ collection: 'calls', where: { site: { equals: site } }, sort: 'startedAt', depth: 0, overrideAccess: true })).docs as any[]
    expect(calls.map((c) => [c.ringCheck, c.answeredBy])).toEqual([['within', desk.id], ['late', desk.id], ['within', desk.id]])
    const logged = (await w.payload.find({ collection: 'phone-log', where: { site: { equals: site } }, sort: 'id', depth: 0, overrideAccess: true })).docs as any[]
    expect(logged.map((e) => e.call ?? null)).toEqual([calls[0].id, calls[1].id, null])
    const stats = await statistics(w.payload, site, shiftDay(today(), -1), today())
    expect(stats.staff.find((r) => r.id === desk.id)?.counts).toMatchObject({ withinThreeRings: 2, afterThreeRings: 1 })
  })
})
