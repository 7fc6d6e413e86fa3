import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, startHttp, type Booted, type Http } from '../helpers/boot'
import { completeDueDischarges } from '../helpers/sweeps'
import { sweepDeadline } from '../../hooks/deadlines'
import { makeStaff } from '../helpers/people'
import { signIn, type Client } from '../helpers/people'
import { bedOf, careWorld, dayFromNow, makeElder, messagesLike, type CareWorld } from './world'

let booted: Booted
let http: Http
let w: CareWorld
const signers: Record<string, Client> = {}

beforeAll(async () => {
  booted = await bootPayload()
  http = await startHttp(booted.payload)
  w = await careWorld(booted, http)
  for (const p of ['dean', 'admin-director', 'health-care-supervisor', 'cashier']) signers[p] = await signIn(http.url, w.staff[p].email)
})
afterAll(async () => {
  await http?.close()
})

/** An elder living in a bed (as after admission). */
async function resident(name: string, bed: number) {
  const elder = await makeElder(booted.payload, w.site, name, { status: 'admitted', bed })
  await booted.payload.update({ collection: 'beds', id: bed, data: { status: 'occupied', elder: elder.id }, overrideAccess: true })
  return elder
}

const signAll = async (id: number) => {
  for (const p of ['dean', 'admin-director', 'health-care-supervisor', 'cashier']) {
    const res = await signers[p].post(`/api/discharges/${id}/decide`, { decision: 'approved' })
    expect(res.status, `${p} signs`).toBe(200)
  }
}

const fees = [{ item: '11月护理费(未收)', amount: 1600 }, { item: '押金退还', amount: -5000 }]

describe('CARE-15 discharge', () => {
  it('CARE-15 3 days of notice are on time; a shorter notice is accepted but flagged; the four positions get the work message', async () => {
    const a = await resident('吴玉兰', w.beds[0])
    const onTime = await w.desk.post('/api/discharges', { site: w.site, elder: a.id, dischargeDate: dayFromNow(3), familyName: '吴军', familyPhone: '13500001111', fees })
    expect(onTime.status).toBe(201)
    expect(onTime.body.doc.shortNotice).toBe(false)
    expect(onTime.body.doc.feeTotal).toBe(-3400)
    const [msg] = await messagesLike(booted.payload, w.site, '老人出院通知:吴玉兰')
    expect(new Set(msg.recipients)).toEqual(new Set(['health-care-supervisor', 'property-staff', 'catering-supervisor', 'cashier'].map((p) => w.staff[p].id)))
    const b = await resident('郑淑华', w.beds[1])
    const short = await w.desk.post('/api/discharges', { site: w.site, elder: b.id, dischargeDate: dayFromNow(1), familyName: '郑强', familyPhone: '13500002222', fees })
    expect(short.status).toBe(201)
    expect(short.body.doc.shortNotice).toBe(true)
    const twice = await w.desk.post('/api/discharges', { site: w.site, elder: b.id, dischargeDate: dayFromNow(2), familyName: '郑强', familyPhone: '13500002222' })
    expect(twice.status).toBe(409)
  })

  it('CARE-15 the 出院費用單 needs the four signatures in order (院長, 綜合行政部主任, 健康照料部主管, 財務出納); the bed is freed on the day', async () => {
    const { docs } = await booted.payload.find({ collection: 'discharges', where: { elderName: { equals: '吴玉兰' } }, depth: 0, overrideAccess: true })
    const d = docs[0]
    expect(d.approvalPosition).toBe('dean')
    const outOfTurn = await signers.cashier.post(`/api/discharges/${d.id}/decide`, { decision: 'approved' })
    expect(outOfTurn.status).toBe(403)
    const edit = await w.desk.patch(`/api/discharges/${d.id}`, { dischargeDate: dayFromNow(5) })
    expect(edit.status).toBe(409)
    await signAll(d.id as number)
    const signed = await booted.payload.findByID({ collection: 'discharges', id: d.id, depth: 0, overrideAccess: true })
    expect(signed.approvalStatus).toBe('approved')
    expect(signed.status).toBe('approved') // discharge day not yet come
    expect((await bedOf(booted.payload, w.beds[0])).status).toBe('occupied')
    const dayBefore = new Date(`${dayFromNow(2)}T12:00:00+08:00`)
    expect(await completeDueDischarges(booted.payload, dayBefore)).toBe(0)
    const onTheDay = new Date(`${dayFromNow(3)}T09:00:00+08:00`)
    expect(await completeDueDischarges(booted.payload, onTheDay)).toBe(1)
    expect(await completeDueDischarges(booted.payload, onTheDay)).toBe(0)
    expect((await bedOf(booted.payload, w.beds[0])).status).toBe('free')
    const elder = await booted.payload.findByID({ collection: 'elders', id: d.elder as number, depth: 0, overrideAccess: true })
    expect(elder.status).toBe('discharged')
    expect(elder.bed ?? null).toBeNull()
  })

  it('CARE-15 a discharge signed on or after its day frees the bed at once', async () => {
    const { docs } = await booted.payload.find({ collection: 'discharges', where: { elderName: { equals: '郑淑华' } }, depth: 0, overrideAccess: true })
    await booted.payload.update({ collection: 'discharges', id: docs[0].id, data: { dischargeDate: dayFromNow(0) }, overrideAccess: true, context: { approvalTransition: true } })
    await signAll(docs[0].id as number)
    expect((await bedOf(booted.payload, w.beds[1])).status).toBe('free')
    expect((await messagesLike(booted.payload, w.site, '已空出')).length).toBeGreaterThan(0)
  })

  it('CARE-15 the day before the discharge date, the two health-care supervisors and the admin specialist get a task to check unpaid fees; flagged until done', async () => {
    const payload = booted.payload
    const second = await makeStaff(payload, { sites: [w.site], positions: [booted.positions.get('health-care-supervisor')!], name: '第二位健康照料部主管' })
    const elder = await resident('冯桂珍', w.beds[2])
    const res = await w.desk.post('/api/discharges', { site: w.site, elder: elder.id, dischargeDate: dayFromNow(4), familyName: '冯刚', familyPhone: '13500003333', fees })
    expect(res.status).toBe(201)
    const id = res.body.doc.id as number
    const read = () => payload.findByID({ collection: 'discharges', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>
    expect((await read()).feesCheckDue).toBe(false)
    const tasks = () => messagesLike(payload, w.site, '出院前核实未收费用:冯桂珍')
    // The day before the discharge date (dayFromNow(3)), at the site's opening time (08:30 in Shanghai).
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T08:29:00+08:00`))
    expect(await tasks()).toHaveLength(0)
    expect((await read()).feesCheckDue).toBe(false)
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T08:31:00+08:00`))
    const sent = await tasks()
    expect(sent).toHaveLength(1)
    expect(new Set(sent[0].recipients)).toEqual(new Set([w.staff['health-care-supervisor'].id, second.id, w.staff['admin-specialist'].id]))
    expect((await read()).feesCheckDue).toBe(true)
    // Idempotent: a second run sends no second task.
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T09:00:00+08:00`))
    expect(await tasks()).toHaveLength(1)
    // A client cannot clear the flag itself; ticking "fees checked" (server write while the fee sheet is being signed) clears it.
    const forged = await w.desk.patch(`/api/discharges/${id}`, { feesCheckDue: false })
    expect(forged.status).toBeGreaterThanOrEqual(400)
    await payload.update({ collection: 'discharges', id, data: { feesChecked: true }, overrideAccess: true, depth: 0 })
    expect((await read()).feesCheckDue).toBe(false)
  })
})
