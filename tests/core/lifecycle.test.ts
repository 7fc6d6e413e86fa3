/**
 * Lifecycles as data (hooks/lifecycle): one endpoint `POST /api/<slug>/:id/transition { to, note }` and
 * one function `transition()` for server code, on the care desk's real forms. Real PostgreSQL, real HTTP.
 */
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { transition, type LifecycleTransition } from '../../hooks/lifecycle'
import { repairLifecycle } from '../../collections/care/repair-requests/hooks'
import { refuse } from '../../src/lib/errors'
import { L } from '../../src/lib/i18n'
import type { Client } from '../helpers/people'
import { makeElder, messagesLike } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()
let cook: Client
let engineer: Client
let stranger: Client

beforeAll(async () => {
  cook = await w.as('catering-supervisor')
  engineer = await w.as('engineer')
  // The engineer of another site.
  stranger = await w.as(await w.other('engineer'))
}, 300_000)

const repair = async (by: Client = cook, extra: Record<string, unknown> = {}) => {
  const res = await by.post('/api/repair-requests', { site: w.site, category: 'facility', item: `水龙头漏水${Math.random().toString(36).slice(2, 7)}`, location: '一楼厨房', reporterName: '孙丽娟', ...extra })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; status: string; item: string }
}

const stateOf = async (id: number) => (await w.payload.findByID({ collection: 'repair-requests', id, depth: 0, overrideAccess: true })) as unknown as { status: string; doneAt?: string | null }

const transitions = async (id: number) =>
  (
    await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'repair-requests' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as { from?: string; to: string; note?: string; actor?: number; channel: string }[]

describe('WF-05 lifecycles as data (CARE-20 repairs)', () => {
  it('CARE-20 a transition goes through the endpoint: the guard refuses with a readable 4xx and nothing is written; then it moves and is an audit row', async () => {
    const r = await repair()
    expect(r.status).toBe('open')
    const refused = await w.desk.post(`/api/repair-requests/${r.id}/transition`, { to: 'in-progress' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe('请先指定维修人')
    expect((await stateOf(r.id)).status).toBe('open')
    expect(await transitions(r.id)).toEqual([])

    expect((await w.desk.patch(`/api/repair-requests/${r.id}`, { repairer: w.staff.engineer.id })).status).toBe(200)
    const started = await w.desk.post(`/api/repair-requests/${r.id}/transition`, { to: 'in-progress', note: '已派工' })
    expect(started.status, JSON.stringify(started.body)).toBe(200)
    expect(started.body.doc.status).toBe('in-progress')
    const [row] = await transitions(r.id)
    expect(row).toMatchObject({ from: 'open', to: 'in-progress', note: '已派工', actor: w.staff['front-desk'].id, channel: 'api' })

    // A transition that does not start from the current state is refused, naming both states.
    const again = await w.desk.post(`/api/repair-requests/${r.id}/transition`, { to: 'in-progress' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('「维修中」不能转为「维修中」')
  })

  it('CARE-20 who may: a position, the author, any staff; the state field is not writable by PATCH through REST or GraphQL', async () => {
    const r = await repair()
    const patched = await w.desk.patch(`/api/repair-requests/${r.id}`, { status: 'done' })
    expect(patched.status).toBe(403)
    const gql = await w.desk.post('/api/graphql', { query: `mutation { updateRepairRequest(id: ${r.id}, data: { status: done }) { status } }` })
    expect(JSON.stringify(gql.body.errors ?? [])).toMatch(/由系统按流程维护|maintained by the workflow/)
    const created = await w.desk.post('/api/repair-requests', { site: w.site, category: 'facility', item: '门锁', reporterName: '王', status: 'done' })
    expect(created.status).toBe(403)
    expect((await stateOf(r.id)).status).toBe('open')

    await w.desk.patch(`/api/repair-requests/${r.id}`, { repairer: w.staff.engineer.id })
    expect((await cook.post(`/api/repair-requests/${r.id}/transition`, { to: 'in-progress' })).status).toBe(200) // any staff of the site
    // Finishing is the repairers' (or the desk's): the cook, who filed it, may not.
    const notHers = await cook.post(`/api/repair-requests/${r.id}/transition`, { to: 'done' })
    expect(notHers.status).toBe(403)
    expect(notHers.body.errors[0].message).toMatch(/^只有.*工程.*可以「维修完成」$/)
    // The author may cancel (with a note) — her own request, not another's.
    const other = await repair(w.desk)
    expect((await cook.post(`/api/repair-requests/${other.id}/transition`, { to: 'cancelled', note: '不用修了' })).status).toBe(403)
    const noNote = await w.desk.post(`/api/repair-requests/${other.id}/transition`, { to: 'cancelled' })
    expect(noNote.status).toBe(400)
    expect((await w.desk.post(`/api/repair-requests/${other.id}/transition`, { to: 'cancelled', note: '重复报修' })).status).toBe(200)

    const done = await engineer.post(`/api/repair-requests/${r.id}/transition`, { to: 'done' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.doc.status).toBe('done')
    expect(done.body.doc.doneAt).toBeTruthy() // `set`: the time it happened, with the state
  })

  it('CARE-20 effects run in the transition’s transaction: the reporter is told; a failing effect rolls the state, the message and the audit row back', async () => {
    const r = await repair(cook, { reportedBy: w.staff['catering-supervisor'].id })
    await w.desk.patch(`/api/repair-requests/${r.id}`, { repairer: w.staff.engineer.id })
    await w.desk.post(`/api/repair-requests/${r.id}/transition`, { to: 'in-progress' })

    const finish = repairLifecycle.transitions.find((t) => t.to === 'done')!
    const failing = () => refuse(undefined, L('測試:效果失敗', 'test: the effect failed'), {}, 409)
    finish.effects!.push(failing)
    try {
      const res = await engineer.post(`/api/repair-requests/${r.id}/transition`, { to: 'done' })
      expect(res.status).toBe(409)
    } finally {
      finish.effects!.pop()
    }
    expect((await stateOf(r.id)).status).toBe('in-progress')
    expect((await stateOf(r.id)).doneAt ?? null).toBeNull()
    expect(await messagesLike(w.payload, w.site, `维修已完成:${r.item}`)).toEqual([])
    expect((await transitions(r.id)).map((t) => t.to)).toEqual(['in-progress'])

    expect((await engineer.post(`/api/repair-requests/${r.id}/transition`, { to: 'done' })).status).toBe(200)
    const [told] = await messagesLike(w.payload, w.site, `维修已完成:${r.item}`)
    expect(told.recipients).toEqual([w.staff['catering-supervisor'].id])
  })

  it('JOB-01 a server-only transition is refused to every client and taken by server code through the same function', async () => {
    const r = await repair()
    const sweep: LifecycleTransition = { from: 'open', to: 'done', label: L('自動關閉', 'Closed automatically'), by: 'server' }
    repairLifecycle.transitions.push(sweep)
    try {
      const admin = await w.as(await w.hire({ positions: [], name: '管理员', roles: ['admin'] }))
      for (const client of [w.desk, engineer, admin]) {
        const res = await client.post(`/api/repair-requests/${r.id}/transition`, { to: 'done' })
        expect(res.status).toBe(403)
        expect(res.body.errors[0].message).toBe('「自动关闭」由系统自动处理,不能手动操作')
      }
      expect((await stateOf(r.id)).status).toBe('open')
      const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
      const doc = await transition(req, 'repair-requests', r.id, 'done', { note: '设备已恢复' })
      expect(doc.status).toBe('done')
      expect((await transitions(r.id)).at(-1)).toMatchObject({ from: 'open', to: 'done', note: '设备已恢复', channel: 'job' })
    } finally {
      repairLifecycle.transitions.pop()
    }
  })

  it('CORE-01 another site’s record answers exactly like a missing one; bad bodies are a 4xx with nothing written', async () => {
    const r = await repair()
    const theirs = await stranger.post(`/api/repair-requests/${r.id}/transition`, { to: 'cancelled', note: 'x' })
    const missing = await stranger.post('/api/repair-requests/2147483000/transition', { to: 'cancelled', note: 'x' })
    expect(theirs.status).toBe(404)
    expect([theirs.status, theirs.body]).toEqual([missing.status, missing.body])
    for (const body of [{}, { to: 5 }, { to: 'nowhere' }, { to: 'cancelled', note: 'a\u0000b' }, { to: 'cancelled', note: { $ne: 1 } }, { to: ['done'] }]) {
      const res = await w.desk.post(`/api/repair-requests/${r.id}/transition`, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(typeof res.body.errors[0].message).toBe('string')
    }
    expect((await stateOf(r.id)).status).toBe('open')
    expect(await transitions(r.id)).toEqual([])
  })

  it('WF-05 the admin panel’s bar offers the verbs this person may take now, and the history reads the states by their labels', async () => {
    const r = await repair()
    await w.desk.patch(`/api/repair-requests/${r.id}`, { repairer: w.staff.engineer.id })
    await w.desk.post(`/api/repair-requests/${r.id}/transition`, { to: 'in-progress' })
    const keys = async (client: Client) => ((await client.get(`/api/repair-requests/${r.id}/workflow`)).body.actions as { key: string }[]).map((a) => a.key)
    expect(await keys(engineer)).toEqual(['to:done', 'to:cancelled'])
    expect(await keys(cook)).toEqual(['to:cancelled']) // her own request: she may cancel it, not finish it
    const view = (await engineer.get(`/api/repair-requests/${r.id}/workflow`)).body
    const done = view.actions.find((a: { key: string }) => a.key === 'to:done')
    expect(done).toMatchObject({ label: '维修完成', body: { to: 'done' }, url: `/api/repair-requests/${r.id}/transition` })
    // The bar sends its note as `comment`.
    expect((await engineer.post(done.url, { ...done.body, comment: '换了阀芯' })).status).toBe(200)
    const history = (await engineer.get(`/api/repair-requests/${r.id}/workflow`)).body.history as { what: string; state?: string; comment?: string }[]
    expect(history.filter((h) => h.state).map((h) => [h.what, h.state, h.comment ?? null])).toEqual([
      ['开始维修', '待维修 → 维修中', null],
      ['维修完成', '维修中 → 已完成', '换了阀芯'],
    ])
  })
})

describe('CARE-19 complaints on the lifecycle', () => {
  const complaint = async (extra: Record<string, unknown> = {}) => {
    const res = await w.desk.post('/api/complaints', { site: w.site, receivedAt: new Date(Date.now() - 5 * 60_000).toISOString(), channel: 'phone', complainant: '刘强', content: '呼叫器反应慢', ...extra })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc as { id: number; status: string }
  }
  const audit = async (id: number) =>
    (await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'complaints' } }, { recordId: { equals: String(id) } }, { action: { equals: 'transition' } }] }, sort: 'createdAt', depth: 0, overrideAccess: true })).docs.map((t) => [t.from, t.to])

  it('CARE-19 open → handled → closed: each step refuses without its text (409, nothing written); the state cannot be set directly (REST, GraphQL, at create)', async () => {
    const c = await complaint()
    expect(c.status).toBe('open')
    const early = await w.desk.post(`/api/complaints/${c.id}/transition`, { to: 'handled' })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toBe('请先填写处理情况')
    expect((await w.desk.post(`/api/complaints/${c.id}/transition`, { to: 'closed' })).status).toBe(409)
    expect((await w.desk.patch(`/api/complaints/${c.id}`, { status: 'closed' })).status).toBe(403)
    const gql = await w.desk.post('/api/graphql', { query: `mutation { updateComplaint(id: ${c.id}, data: { status: closed }) { status } }` })
    expect(JSON.stringify(gql.body.errors ?? [])).toMatch(/由系统按流程维护|maintained by the workflow/)
    const forged = await w.desk.post('/api/complaints', { site: w.site, receivedAt: new Date().toISOString(), channel: 'phone', complainant: '王', content: 'x', status: 'closed' })
    expect(forged.status).toBe(403)
    expect(await audit(c.id)).toEqual([])

    // Writing the handling on the form takes open → handled (the same transition as the verb).
    const handled = await w.desk.patch(`/api/complaints/${c.id}`, { handling: '已联系工程部更换呼叫器' })
    expect(handled.status).toBe(200)
    expect(handled.body.doc.status).toBe('handled')
    expect((await w.desk.patch(`/api/complaints/${c.id}`, { handling: '' })).status).toBe(409)
    const close = await w.desk.post(`/api/complaints/${c.id}/transition`, { to: 'closed' })
    expect(close.status).toBe(409)
    expect(close.body.errors[0].message).toBe('请先填写回复结果')
    await w.desk.patch(`/api/complaints/${c.id}`, { result: '已电话告知家属,家属满意' })
    expect((await w.payload.findByID({ collection: 'complaints', id: c.id, depth: 0, overrideAccess: true })).status).toBe('closed')
    expect(await audit(c.id)).toEqual([['open', 'handled'], ['handled', 'closed']])
  })

  it('CARE-19 CORE-01 another site’s staff cannot take a complaint’s step (answered as missing); the bar offers the verbs by their labels', async () => {
    const c = await complaint({ handling: '当场道歉并调整' })
    expect(c.status).toBe('handled') // filled at entry: the door takes it at once
    const theirs = await stranger.post(`/api/complaints/${c.id}/transition`, { to: 'closed' })
    expect(theirs.status).toBe(404)
    const view = (await w.desk.get(`/api/complaints/${c.id}/workflow`)).body
    expect(view.actions.map((a: { key: string; label: string }) => [a.key, a.label])).toEqual([['to:closed', '回复结案']])
  })
})

describe('CARE-07 outings: entering the first state is declared too', () => {
  it('CARE-07 a new outing puts the elder out (the lifecycle’s `enter`), its return brings them back; entered from paper with the return, both happen in the create; the state is not writable', async () => {
    const elder = await makeElder(w.payload, w.site, '韩桂兰', { status: 'admitted' })
    const status = async () => (await w.payload.findByID({ collection: 'elders', id: elder.id, depth: 0, overrideAccess: true })).status
    const leftAt = new Date(Date.now() - 3 * 3600_000)
    const base = { site: w.site, elder: elder.id, leftAt: leftAt.toISOString(), expectedReturn: new Date(leftAt.getTime() + 5 * 3600_000).toISOString(), companion: '韩军', companionPhone: '13700001111' }
    const out = await w.desk.post('/api/outings', base)
    expect(out.status, JSON.stringify(out.body)).toBe(201)
    expect(out.body.doc.status).toBe('out')
    expect(await status()).toBe('out')
    expect((await w.desk.patch(`/api/outings/${out.body.doc.id}`, { status: 'returned' })).status).toBe(403)
    expect(await status()).toBe('out')
    expect((await w.desk.post(`/api/outings/${out.body.doc.id}/transition`, { to: 'returned' })).status).toBe(200)
    expect(await status()).toBe('admitted')
    const paper = await w.desk.post('/api/outings', { ...base, returnedAt: new Date(leftAt.getTime() + 2 * 3600_000).toISOString() })
    expect(paper.status, JSON.stringify(paper.body)).toBe(201)
    expect(paper.body.doc.status).toBe('returned')
    expect(await status()).toBe('admitted')
  })
})

describe('WF-05 the care desk’s states are declarations', () => {
  it('WF-05 CARE-07/08/10/11/15/18/19/20 each form’s state field is its declared lifecycle’s: server-owned, listing exactly the declared states, with a transition endpoint', () => {
    for (const slug of ['outings', 'reservations', 'admission-preps', 'admissions', 'discharges', 'sms', 'complaints', 'repair-requests']) {
      const config = (w.payload.collections as unknown as Record<string, { config: { flattenedFields: { name: string; type: string; options?: { value: string }[]; custom?: Record<string, unknown> }[]; endpoints: { path: string }[] | false; custom: { form?: { lifecycle?: { states: Record<string, unknown>; field?: string } } } } }>)[slug].config
      const lc = config.custom.form?.lifecycle
      expect(lc, slug).toBeTruthy()
      const field = config.flattenedFields.find((f) => f.name === (lc!.field ?? 'status'))!
      expect(field.custom, slug).toMatchObject({ lifecycle: true, serverOwned: true })
      expect(field.options!.map((o) => o.value), slug).toEqual(Object.keys(lc!.states))
      expect((config.endpoints || []).some((e) => e.path === '/:id/transition'), slug).toBe(true)
    }
  })
})
