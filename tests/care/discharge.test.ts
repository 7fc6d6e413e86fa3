import { beforeAll, describe, expect, it } from 'vitest'
import { completeDueDischarges } from '../helpers/sweeps'
import { sweepDeadline } from '../../hooks/deadlines'
import { makeStaff, type Client } from '../helpers/people'
import { createLocalReq } from 'payload'
import { transition } from '../../hooks/lifecycle'
import { bedOf, dayFromNow, makeElder, messagesLike, spareBed } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()
const signers: Record<string, Client> = {}

beforeAll(async () => {
  for (const p of ['dean', 'admin-director', 'health-care-supervisor', 'cashier'] as const) signers[p] = await w.as(p)
})

/** An elder living in a bed of their own (as after admission); `at` another site's bed. */
async function resident(name: string, bed?: number, at: { site: number } = w) {
  bed ??= await spareBed(w)
  const elder = await makeElder(w.payload, at.site, name, { status: 'admitted', bed })
  await w.payload.update({ collection: 'beds', id: bed, data: { status: 'occupied', elder: elder.id }, overrideAccess: true })
  return elder
}

const signAll = async (id: number) => {
  for (const p of ['dean', 'admin-director', 'health-care-supervisor', 'cashier']) {
    const res = await signers[p].post(`/api/discharges/${id}/decide`, { decision: 'approved' })
    expect(res.status, `${p} signs`).toBe(200)
  }
}

const read = (id: number) => w.payload.findByID({ collection: 'discharges', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>

/** The discharge lifecycle's audit rows (the approval chain's own rows start from `pending:<position>`). */
const transitionsOf = async (id: number) =>
  (
    await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'discharges' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs.filter((t) => ['notice', 'approved', 'done'].includes(String(t.from))) as unknown as { from?: string; to: string; note?: string; actor?: number }[]

const fees = [{ item: '11月护理费(未收)', amount: 1600 }, { item: '押金退还', amount: -5000 }]

describe('CARE-15 discharge', () => {
  it('CARE-15 3 days of notice are on time; a shorter notice is accepted but flagged; the four positions get the work message', async () => {
    const a = await resident('吴玉兰')
    const onTime = await w.desk.post('/api/discharges', { site: w.site, elder: a.id, dischargeDate: dayFromNow(3), familyName: '吴军', familyPhone: '13500001111', fees })
    expect(onTime.status).toBe(201)
    expect(onTime.body.doc.shortNotice).toBe(false)
    expect(onTime.body.doc.feeTotal).toBe(-3400)
    const [msg] = await messagesLike(w.payload, w.site, '老人出院通知:吴玉兰')
    expect(new Set(msg.recipients)).toEqual(new Set(['health-care-supervisor', 'property-staff', 'catering-supervisor', 'cashier'].map((p) => w.staff[p].id)))
    const b = await resident('郑淑华')
    const short = await w.desk.post('/api/discharges', { site: w.site, elder: b.id, dischargeDate: dayFromNow(1), familyName: '郑强', familyPhone: '13500002222', fees })
    expect(short.status).toBe(201)
    expect(short.body.doc.shortNotice).toBe(true)
    const twice = await w.desk.post('/api/discharges', { site: w.site, elder: b.id, dischargeDate: dayFromNow(2), familyName: '郑强', familyPhone: '13500002222' })
    expect(twice.status).toBe(409)
  })

  it('CARE-15 the 出院費用單 needs the four signatures in order (院長, 綜合行政部主任, 健康照料部主管, 財務出納); the bed is freed on the day', async () => {
    // Its own discharge with 3 days of notice (as in the test above).
    const bedId = await spareBed(w)
    const a = await resident('吴玉兰', bedId)
    const created = await w.desk.post('/api/discharges', { site: w.site, elder: a.id, dischargeDate: dayFromNow(3), familyName: '吴军', familyPhone: '13500001111', fees })
    expect(created.status).toBe(201)
    const d = await read(created.body.doc.id)
    expect(d.approvalPosition).toBe('dean')
    const outOfTurn = await signers.cashier.post(`/api/discharges/${d.id}/decide`, { decision: 'approved' })
    expect(outOfTurn.status).toBe(403)
    const edit = await w.desk.patch(`/api/discharges/${d.id}`, { dischargeDate: dayFromNow(5) })
    expect(edit.status).toBe(409)
    // The sweep is global: discharges other tests left approved and due by then are completed first.
    await completeDueDischarges(w.payload, new Date(`${dayFromNow(3)}T09:00:00+08:00`))
    await signAll(d.id as number)
    const signed = await w.payload.findByID({ collection: 'discharges', id: d.id, depth: 0, overrideAccess: true })
    expect(signed.approvalStatus).toBe('approved')
    expect(signed.status).toBe('approved') // discharge day not yet come
    expect((await bedOf(w.payload, bedId)).status).toBe('occupied')
    const dayBefore = new Date(`${dayFromNow(2)}T12:00:00+08:00`)
    expect(await completeDueDischarges(w.payload, dayBefore)).toBe(0)
    const onTheDay = new Date(`${dayFromNow(3)}T09:00:00+08:00`)
    expect(await completeDueDischarges(w.payload, onTheDay)).toBe(1)
    expect(await completeDueDischarges(w.payload, onTheDay)).toBe(0)
    expect((await bedOf(w.payload, bedId)).status).toBe('free')
    const elder = await w.payload.findByID({ collection: 'elders', id: d.elder as number, depth: 0, overrideAccess: true })
    expect(elder.status).toBe('discharged')
    expect(elder.bed ?? null).toBeNull()
  })

  it('CARE-15 a discharge signed on or after its day frees the bed at once', async () => {
    // Its own short-notice discharge (as in the first test), moved to today.
    const bedId = await spareBed(w)
    const b = await resident('郑淑华', bedId)
    const created = await w.desk.post('/api/discharges', { site: w.site, elder: b.id, dischargeDate: dayFromNow(1), familyName: '郑强', familyPhone: '13500002222', fees })
    expect(created.status).toBe(201)
    const docs = [created.body.doc]
    await w.payload.update({ collection: 'discharges', id: docs[0].id, data: { dischargeDate: dayFromNow(0) }, overrideAccess: true, context: { approvalTransition: true } })
    await signAll(docs[0].id as number)
    expect((await bedOf(w.payload, bedId)).status).toBe('free')
    expect((await messagesLike(w.payload, w.site, '已空出')).length).toBeGreaterThan(0)
  })

  it('CARE-15 the day before the discharge date, the two health-care supervisors and the admin specialist get a task to check unpaid fees; flagged until done', async () => {
    const payload = w.payload
    // A home of its own: its second health-care supervisor is not a holder at `site` for the other tests.
    const home = await w.freshSite()
    for (const p of ['dean', 'admin-director', 'health-care-supervisor', 'cashier', 'property-staff', 'catering-supervisor', 'admin-specialist'] as const) await home.holder(p)
    const second = await makeStaff(payload, { sites: [home.site], positions: [w.positions.get('health-care-supervisor')!], name: '第二位健康照料部主管' })
    const elder = await resident('冯桂珍', home.beds[0], home)
    const res = await home.desk.post('/api/discharges', { site: home.site, elder: elder.id, dischargeDate: dayFromNow(4), familyName: '冯刚', familyPhone: '13500003333', fees })
    expect(res.status).toBe(201)
    const id = res.body.doc.id as number
    const read = () => payload.findByID({ collection: 'discharges', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>
    expect((await read()).feesCheckDue).toBe(false)
    const tasks = () => messagesLike(payload, home.site, '出院前核实未收费用:冯桂珍')
    // The day before the discharge date (dayFromNow(3)), at the site's opening time (08:30 in Shanghai).
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T08:29:00+08:00`))
    expect(await tasks()).toHaveLength(0)
    expect((await read()).feesCheckDue).toBe(false)
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T08:31:00+08:00`))
    const sent = await tasks()
    expect(sent).toHaveLength(1)
    expect(new Set(sent[0].recipients)).toEqual(new Set([(await home.holder('health-care-supervisor')).id, second.id, (await home.holder('admin-specialist')).id]))
    expect((await read()).feesCheckDue).toBe(true)
    // Idempotent: a second run sends no second task.
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T09:00:00+08:00`))
    expect(await tasks()).toHaveLength(1)
    // A client cannot clear the flag itself; ticking "fees checked" (server write while the fee sheet is being signed) clears it.
    const forged = await home.desk.patch(`/api/discharges/${id}`, { feesCheckDue: false })
    expect(forged.status).toBeGreaterThanOrEqual(400)
    await payload.update({ collection: 'discharges', id, data: { feesChecked: true }, overrideAccess: true, depth: 0 })
    expect((await read()).feesCheckDue).toBe(false)
  })

  it('CARE-15 the state moves only through the lifecycle: a PATCH of the state is refused, the server-only steps are refused to every client, and the last signature is what makes it "fee sheet signed"', async () => {
    const bedId = await spareBed(w)
    const elder = await resident('褚秀梅', bedId)
    const res = await w.desk.post('/api/discharges', { site: w.site, elder: elder.id, dischargeDate: dayFromNow(5), familyName: '褚明', familyPhone: '13500004444', fees })
    expect(res.status).toBe(201)
    const id = res.body.doc.id as number
    expect(res.body.doc.status).toBe('notice')
    // Another door: the state field itself, through REST and at create.
    expect((await w.desk.patch(`/api/discharges/${id}`, { status: 'done' })).status).toBe(403)
    const forgedCreate = await w.desk.post('/api/discharges', { site: w.site, elder: elder.id, dischargeDate: dayFromNow(5), familyName: '褚明', familyPhone: '13500004444', status: 'done' })
    expect(forgedCreate.status).toBe(403)
    // The transitions themselves are the server's (the chain, the day): refused to the desk and to the dean.
    for (const [client, to] of [[w.desk, 'approved'], [signers.dean, 'approved'], [w.desk, 'done']] as const) {
      const refused = await client.post(`/api/discharges/${id}/transition`, { to })
      expect(refused.status, to).toBeGreaterThanOrEqual(403)
      expect(refused.status, to).toBeLessThan(500)
    }
    // Server code too: "fee sheet signed" is refused while the chain has not signed it.
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    await expect(transition(req, 'discharges', id, 'approved', { server: true })).rejects.toMatchObject({ status: 409 })
    expect((await read(id)).status).toBe('notice')
    expect(await transitionsOf(id)).toEqual([])

    // The sweep is global: discharges other tests left approved and due by then are completed first.
    await completeDueDischarges(w.payload, new Date(`${dayFromNow(5)}T00:05:00+08:00`))
    await signAll(id)
    expect((await read(id)).status).toBe('approved')
    expect((await bedOf(w.payload, bedId)).status).toBe('occupied')
    // CARE-09: on the day the `leave` deadline takes approved → done through the same transition (its effects free the bed).
    expect(await completeDueDischarges(w.payload, new Date(`${dayFromNow(5)}T00:05:00+08:00`))).toBe(1)
    const done = await read(id)
    expect(done.status).toBe('done')
    expect(done.dischargedAt).toBeTruthy()
    expect((await bedOf(w.payload, bedId)).status).toBe('free')
    expect((await transitionsOf(id)).map((t) => [t.from, t.to, t.note ?? null])).toEqual([
      ['notice', 'approved', null],
      ['approved', 'done', 'deadline:leave'],
    ])
    // Done is done: nothing leads back.
    expect((await w.desk.post(`/api/discharges/${id}/transition`, { to: 'notice' })).status).toBe(409)
  })

  it('CARE-15 "unpaid fees checked" while the fee sheet is being signed: a button of the workflow bar for the health-care supervisors and the admin specialist; the field edit is refused by the approval lock; links stay valid', async () => {
    const payload = w.payload
    const elder = await resident('蒋玉华')
    const res = await w.desk.post('/api/discharges', { site: w.site, elder: elder.id, dischargeDate: dayFromNow(4), familyName: '蒋涛', familyPhone: '13500005555', fees })
    expect(res.status).toBe(201)
    const id = res.body.doc.id as number
    // Under approval (the dean has signed, three to go), and the day-before task has gone out (flagged).
    expect((await signers.dean.post(`/api/discharges/${id}/decide`, { decision: 'approved' })).status).toBe(200)
    await sweepDeadline(payload, 'discharges', 'feesCheck', new Date(`${dayFromNow(3)}T08:31:00+08:00`))
    const before = await read(id)
    expect(before).toMatchObject({ approvalStatus: 'pending', feesCheckDue: true, feesChecked: false })
    // The deadline's flag did not make the e-mailed links stale (no approvalTransition flag needed).
    expect(before.approvalVersion).toBe(1)

    const keys = async (client: Client) => ((await client.get(`/api/discharges/${id}/workflow`)).body.actions as { key: string }[]).map((a) => a.key)
    const supervisor = signers['health-care-supervisor']
    const specialist = await w.as('admin-specialist')
    const cook = await w.as('catering-supervisor')
    expect(await keys(supervisor)).toContain('do:checkFees')
    expect(await keys(specialist)).toContain('do:checkFees')
    expect(await keys(cook)).not.toContain('do:checkFees')
    // The field edit is the approval lock's (409, "withdraw first"); a cook may not take the action (403).
    expect((await specialist.patch(`/api/discharges/${id}`, { feesChecked: true })).status).toBe(409)
    const notHers = await cook.post(`/api/discharges/${id}/transition`, { action: 'checkFees' })
    expect(notHers.status).toBe(403)
    expect(notHers.body.errors[0].message).toMatch(/^只有.*可以「已核实未收费用」$/)
    expect((await read(id)).feesChecked).toBe(false)

    const action = (await specialist.get(`/api/discharges/${id}/workflow`)).body.actions.find((a: { key: string }) => a.key === 'do:checkFees')
    expect(action).toMatchObject({ label: '已核实未收费用', body: { action: 'checkFees' }, url: `/api/discharges/${id}/transition` })
    const checked = await specialist.post(action.url, { ...action.body, comment: '与两位主管核对,无欠费' })
    expect(checked.status, JSON.stringify(checked.body)).toBe(200)
    const after = await read(id)
    expect(after).toMatchObject({ feesChecked: true, feesCheckDue: false, status: 'notice', approvalStatus: 'pending', approvalVersion: 1 })
    const [row] = (await transitionsOf(id)).filter((t) => t.to === 'do:checkFees')
    expect(row).toMatchObject({ from: 'notice', note: '与两位主管核对,无欠费', actor: w.staff['admin-specialist'].id })
    // Once: a second time is refused, the button is gone, the tick cannot be taken back.
    expect((await supervisor.post(`/api/discharges/${id}/transition`, { action: 'checkFees' })).status).toBe(409)
    expect(await keys(supervisor)).not.toContain('do:checkFees')
    // The chain goes on with the links it sent (same version).
    for (const p of ['admin-director', 'health-care-supervisor', 'cashier']) expect((await signers[p].post(`/api/discharges/${id}/decide`, { decision: 'approved' })).status, p).toBe(200)
    expect((await read(id)).approvalStatus).toBe('approved')
    expect((await w.desk.patch(`/api/discharges/${id}`, { feesChecked: false })).status).toBe(409)
    const history = (await supervisor.get(`/api/discharges/${id}/workflow`)).body.history as { what: string; comment?: string }[]
    expect(history.find((h) => h.what === '已核实未收费用')?.comment).toBe('与两位主管核对,无欠费')
  })

  it('CARE-15 the "fees checked" field is a door to the same action: once the form is editable again (withdrawn), a cook ticking it is refused (403, nothing written) and the admin specialist’s tick is the audited action', async () => {
    const elder = await resident('沈玉芳')
    const res = await w.desk.post('/api/discharges', { site: w.site, elder: elder.id, dischargeDate: dayFromNow(3), familyName: '沈杰', familyPhone: '13500006666', fees })
    expect(res.status).toBe(201)
    const id = res.body.doc.id as number
    expect((await w.desk.post(`/api/discharges/${id}/withdraw`, {})).status).toBe(200)
    const cook = await w.as('catering-supervisor')
    const refused = await cook.patch(`/api/discharges/${id}`, { feesChecked: true, notes: '厨房核对' })
    expect(refused.status).toBe(403)
    const after = await read(id)
    expect([after.feesChecked, after.notes ?? null]).toEqual([false, null])
    const specialist = await w.as('admin-specialist')
    const ticked = await specialist.patch(`/api/discharges/${id}`, { feesChecked: true })
    expect(ticked.status, JSON.stringify(ticked.body)).toBe(200)
    expect((await transitionsOf(id)).map((t) => [t.from, t.to, t.actor])).toEqual([['notice', 'do:checkFees', w.staff['admin-specialist'].id]])
  })
})