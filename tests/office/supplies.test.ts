/**
 * OFFICE-05 office supplies: departments' quarterly plans consolidated by the server into one purchase
 * list, approved by the leaders (WF-05: admin director → general manager), the purchase recorded;
 * issues deducted from each department's approved totals and refused beyond them (any door, any edit);
 * the quarter's summary per department (JSON and XLSX).
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'office' }, { type: 'office' }] })

let n = 0
/** Each test its own quarter, so none relies on another's records. */
const nextQuarter = () => `20${30 + ++n}-Q2`

const dept = async (name: string, site = w.site) =>
  (await w.payload.create({ collection: 'departments', data: { name, site } as never, overrideAccess: true })).id as number

const plan = (quarter: string, department: number, items: [string, number][]) =>
  w.desk.post('/api/supply-plans', { site: w.site, quarter, department, items: items.map(([item, quantity]) => ({ item, unit: '包', quantity })) })

const decide = async (who: 'admin-director' | 'general-manager', id: number, decision = 'approved', comment?: string) =>
  (await w.as(who)).post(`/api/supply-purchases/${id}/decide`, { decision, comment })

/** Two departments' plans for a quarter, consolidated and approved; returns the purchase list and departments. */
async function approvedQuarter(quarter: string) {
  const market = await dept(`市场部${quarter}`)
  const tech = await dept(`技术部${quarter}`)
  expect((await plan(quarter, market, [['A4复印纸', 20], ['签字笔', 50]])).status).toBe(201)
  expect((await plan(quarter, tech, [['A4复印纸', 10], ['白板笔', 12]])).status).toBe(201)
  const list = await w.desk.post('/api/supply-purchases', { site: w.site, quarter })
  expect(list.status).toBe(201)
  expect((await decide('admin-director', list.body.doc.id)).status).toBe(200)
  expect((await decide('general-manager', list.body.doc.id)).status).toBe(200)
  return { purchase: list.body.doc.id as number, market, tech }
}

const issue = (quarter: string, department: number, items: [string, number][]) =>
  w.desk.post('/api/supply-issues', { site: w.site, quarter, department, items: items.map(([item, quantity]) => ({ item, quantity })), receivedBy: '杨帆' })

const issues = async () => (await w.payload.count({ collection: 'supply-issues', overrideAccess: true })).totalDocs

describe('OFFICE-05 office supplies', () => {
  it('OFFICE-05 the desk consolidates the quarter\'s submitted plans into one purchase list, built by the server', async () => {
    const quarter = nextQuarter()
    const market = await dept(`市场部${quarter}`)
    const tech = await dept(`技术部${quarter}`)
    expect((await plan(quarter, market, [['A4复印纸', 20], ['签字笔', 50], ['文件夹', 30]])).status).toBe(201)
    expect((await plan(quarter, tech, [['A4复印纸', 10], ['白板笔', 12]])).status).toBe(201)
    // One plan per department and quarter; one line per item.
    expect((await plan(quarter, market, [['A4复印纸', 1]])).status).toBe(409)
    expect((await plan(nextQuarter(), market, [['A4复印纸', 1], ['A4复印纸', 2]])).status).toBe(400)
    // The lines are the server's: a client cannot write them.
    const forged = await w.desk.post('/api/supply-purchases', { site: w.site, quarter, lines: [{ department: market, item: 'A4复印纸', quantity: 9999 }] })
    expect(forged.status).toBe(403)
    const res = await w.desk.post('/api/supply-purchases', { site: w.site, quarter })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.totals).toEqual(expect.arrayContaining([expect.objectContaining({ item: 'A4复印纸', quantity: 30 }), expect.objectContaining({ item: '白板笔', quantity: 12 })]))
    expect(doc.lines).toHaveLength(5)
    expect(doc).toMatchObject({ approvalStatus: 'pending', approvalPosition: 'admin-director', status: 'to-buy' })
    const plans = await w.desk.get(`/api/supply-plans?where[quarter][equals]=${quarter}`)
    expect(plans.body.docs.map((p: { status: string }) => p.status)).toEqual(['consolidated', 'consolidated'])
    // Nothing left to consolidate for the quarter.
    expect((await w.desk.post('/api/supply-purchases', { site: w.site, quarter })).status).toBe(409)
  })

  it('OFFICE-05 a plan in a purchase list can be neither changed nor deleted', async () => {
    const quarter = nextQuarter()
    const market = await dept(`市场部${quarter}`)
    const id = (await plan(quarter, market, [['A4复印纸', 20]])).body.doc.id
    // Before consolidation the department may still correct it.
    expect((await w.desk.patch(`/api/supply-plans/${id}`, { note: '补充说明' })).status).toBe(200)
    expect((await w.desk.post('/api/supply-purchases', { site: w.site, quarter })).status).toBe(201)
    const edit = await w.desk.patch(`/api/supply-plans/${id}`, { items: [{ item: 'A4复印纸', unit: '包', quantity: 500 }] })
    expect(edit.status).toBe(409)
    expect((await w.desk.patch(`/api/supply-plans/${id}`, { status: 'submitted' })).status).toBe(403)
    expect((await w.desk.delete(`/api/supply-plans/${id}`)).status).toBe(409)
    expect((await w.desk.get(`/api/supply-plans/${id}`)).body.items[0].quantity).toBe(20)
  })

  it('OFFICE-05 WF-05 the list is approved by the admin director, then the general manager; the plans are approved with it', async () => {
    const quarter = nextQuarter()
    await plan(quarter, await dept(`市场部${quarter}`), [['A4复印纸', 20]])
    await plan(quarter, await dept(`技术部${quarter}`), [['A4复印纸', 10]])
    const list = (await w.desk.post('/api/supply-purchases', { site: w.site, quarter })).body.doc.id
    expect((await decide('general-manager', list)).status).toBe(403)
    const frontDesk = await w.desk.post(`/api/supply-purchases/${list}/decide`, { decision: 'approved' })
    expect(frontDesk.status).toBe(403)
    expect((await decide('admin-director', list)).status).toBe(200)
    expect((await w.desk.get(`/api/supply-purchases/${list}`)).body.approvalPosition).toBe('general-manager')
    // While pending, the list cannot be edited either.
    expect((await w.desk.patch(`/api/supply-purchases/${list}`, { note: '改一下' })).status).toBe(409)
    const done = await decide('general-manager', list)
    expect(done.status).toBe(200)
    expect(done.body.doc.approvalStatus).toBe('approved')
    const plans = await w.desk.get(`/api/supply-plans?where[quarter][equals]=${quarter}`)
    expect(plans.body.docs.map((p: { status: string }) => p.status)).toEqual(['approved', 'approved'])
    const signatures = await w.payload.count({ collection: 'approvals', where: { and: [{ form: { equals: 'supply-purchases' } }, { recordId: { equals: String(list) } }] }, overrideAccess: true })
    expect(signatures.totalDocs).toBe(2)
  })

  it('OFFICE-05 an approved list cannot be edited — not its status, approval, lines or content; the purchase is recorded through its declared step', async () => {
    const { purchase: list } = await approvedQuarter(nextQuarter())
    expect((await w.desk.patch(`/api/supply-purchases/${list}`, { approvalStatus: 'pending' })).status).toBe(403)
    expect((await w.desk.patch(`/api/supply-purchases/${list}`, { status: 'purchased' })).status).toBe(403)
    expect((await w.desk.patch(`/api/supply-purchases/${list}`, { lines: [] })).status).toBe(403)
    expect((await w.desk.patch(`/api/supply-purchases/${list}`, { note: '改一下' })).status).toBe(409)
    expect((await (await w.as('admin')).delete(`/api/supply-purchases/${list}`)).status).toBe(409)
    expect((await (await w.as('cashier')).post(`/api/supply-purchases/${list}/transition`, { to: 'purchased', note: '京东' })).status).toBe(403)
    expect((await w.desk.post(`/api/supply-purchases/${list}/transition`, { to: 'purchased' })).status).toBe(400) // the note (vendor, amount) is required
    const bought = await w.desk.post(`/api/supply-purchases/${list}/transition`, { to: 'purchased', note: '京东企业购 1286 元' })
    expect(bought.status).toBe(200)
    expect(bought.body.doc).toMatchObject({ status: 'purchased', purchaseNote: '京东企业购 1286 元', approvalStatus: 'approved', purchasedBy: w.staff['front-desk'].id })
    expect((await w.desk.get(`/api/supply-purchases/${list}`)).body.lines).toHaveLength(4)
  })

  it('OFFICE-05 a list not yet approved cannot be recorded as bought', async () => {
    const quarter = nextQuarter()
    await plan(quarter, await dept(`市场部${quarter}`), [['A4复印纸', 20]])
    const list = (await w.desk.post('/api/supply-purchases', { site: w.site, quarter })).body.doc.id
    const early = await w.desk.post(`/api/supply-purchases/${list}/transition`, { to: 'purchased', note: '先买了' })
    expect(early.status).toBe(409)
    expect((await w.desk.get(`/api/supply-purchases/${list}`)).body.status).toBe('to-buy')
  })

  it('OFFICE-05 issues are deducted from the department\'s approved totals; beyond them refused with the remaining amount, nothing written', async () => {
    const quarter = nextQuarter()
    const { market, tech } = await approvedQuarter(quarter)
    const first = await issue(quarter, market, [['A4复印纸', 15], ['签字笔', 10]])
    expect(first.status).toBe(201)
    const before = await issues()
    const over = await issue(quarter, market, [['A4复印纸', 6]])
    expect(over.status).toBe(409)
    expect(over.body.errors[0].message).toContain('剩余 5包')
    expect(over.body.errors[0].message).toContain('A4复印纸')
    expect(await issues()).toBe(before)
    // Another department's totals are its own: 技术部 has 10.
    expect((await issue(quarter, tech, [['A4复印纸', 11]])).status).toBe(409)
    expect((await issue(quarter, tech, [['A4复印纸', 10]])).status).toBe(201)
    // An item the department did not plan has nothing approved; nor has another quarter.
    const unplanned = await issue(quarter, tech, [['签字笔', 1]])
    expect(unplanned.status).toBe(409)
    expect(unplanned.body.errors[0].message).toContain('剩余 0')
    expect((await issue(nextQuarter(), market, [['A4复印纸', 1]])).status).toBe(409)
    // Two lines of one item in one issue count together.
    expect((await issue(quarter, market, [['A4复印纸', 3], ['A4复印纸', 3]])).status).toBe(409)
    expect((await issue(quarter, market, [['A4复印纸', 5]])).status).toBe(201)
    const summary = await w.desk.get(`/api/supply-plans/summary?quarter=${quarter}`)
    expect(summary.body.rows).toEqual(expect.arrayContaining([expect.objectContaining({ department: `市场部${quarter}`, item: 'A4复印纸', planned: 20, approved: 20, issued: 20, remaining: 0 })]))
  })

  it('OFFICE-05 editing an issue afterwards to exceed the total is refused, the issue unchanged (the same check on every save)', async () => {
    const q = nextQuarter()
    const { market: m } = await approvedQuarter(q)
    const res = await issue(q, m, [['签字笔', 30]])
    expect(res.status).toBe(201)
    const id = res.body.doc.id
    const edit = await w.desk.patch(`/api/supply-issues/${id}`, { items: [{ item: '签字笔', quantity: 51 }] })
    expect(edit.status).toBe(409)
    expect(edit.body.errors[0].message).toContain('剩余 50')
    expect((await w.desk.get(`/api/supply-issues/${id}`)).body.items[0].quantity).toBe(30)
    // Up to the total is fine (its own quantity is not counted twice).
    expect((await w.desk.patch(`/api/supply-issues/${id}`, { items: [{ item: '签字笔', quantity: 50 }] })).status).toBe(200)
    // Moving it to a department with nothing approved is refused too.
    const other = await dept(`其他部门${q}`)
    expect((await w.desk.patch(`/api/supply-issues/${id}`, { department: other })).status).toBe(409)
    // Deleting issues (to free the totals) is not the desk's.
    expect((await w.desk.delete(`/api/supply-issues/${id}`)).status).toBe(403)
  })

  it('OFFICE-05 issues saved at the same moment cannot together exceed the total (taken one after the other)', async () => {
    const q = nextQuarter()
    const { tech: t } = await approvedQuarter(q)
    const all = await Promise.all(Array.from({ length: 4 }, () => issue(q, t, [['白板笔', 4]])))
    expect(all.map((r) => r.status).sort()).toEqual([201, 201, 201, 409])
    const summary = await w.desk.get(`/api/supply-plans/summary?quarter=${q}`)
    expect(summary.body.rows).toEqual(expect.arrayContaining([expect.objectContaining({ item: '白板笔', approved: 12, issued: 12, remaining: 0 })]))
  })

  it('OFFICE-05 another door: GraphQL and the Local API acting for a person meet the same refusal', async () => {
    const q = nextQuarter()
    const { market: m } = await approvedQuarter(q)
    const ok = await issue(q, m, [['A4复印纸', 20]])
    const gql = await w.desk.post('/api/graphql', { query: `mutation { createSupplyIssue(data: { site: ${w.site}, quarter: "${q}", department: ${m}, issuedAt: "${new Date().toISOString()}", items: [{ item: "A4复印纸", quantity: 1 }] }) { id } }` })
    expect(JSON.stringify(gql.body)).toContain('剩余 0')
    expect(gql.body.data?.createSupplyIssue ?? null).toBeNull()
    const upd = await w.desk.post('/api/graphql', { query: `mutation { updateSupplyIssue(id: ${ok.body.doc.id}, data: { items: [{ item: "A4复印纸", quantity: 21 }] }) { id } }` })
    expect(JSON.stringify(upd.body)).toContain('剩余 20')
    const desk = await w.payload.findByID({ collection: 'staff', id: w.staff['front-desk'].id, overrideAccess: true })
    await expect(
      w.payload.create({ collection: 'supply-issues', data: { site: w.site, quarter: q, department: m, items: [{ item: 'A4复印纸', quantity: 1 }] } as never, overrideAccess: false, user: { ...desk, collection: 'staff' } }),
    ).rejects.toThrow(/剩余 0/)
    expect((await w.payload.count({ collection: 'supply-issues', where: { quarter: { equals: q } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('OFFICE-05 a rejected list releases its plans (the department may correct them); resubmitted, it gathers them again', async () => {
    const q = nextQuarter()
    const a = await dept(`财务部${q}`)
    const p = await plan(q, a, [['订书机', 4]])
    const res = await w.desk.post('/api/supply-purchases', { site: w.site, quarter: q })
    const id = res.body.doc.id
    expect((await decide('admin-director', id, 'rejected')).status).toBe(400) // a reason is required
    expect((await decide('admin-director', id, 'rejected', '订书机数量偏多')).status).toBe(200)
    expect((await w.desk.get(`/api/supply-plans/${p.body.doc.id}`)).body.status).toBe('submitted')
    // Nothing is approved: no issue.
    expect((await issue(q, a, [['订书机', 1]])).status).toBe(409)
    expect((await w.desk.patch(`/api/supply-plans/${p.body.doc.id}`, { items: [{ item: '订书机', unit: '个', quantity: 2 }] })).status).toBe(200)
    const again = await w.desk.post(`/api/supply-purchases/${id}/resubmit`, {})
    expect(again.status).toBe(200)
    expect(again.body.doc.lines).toEqual([expect.objectContaining({ item: '订书机', quantity: 2 })])
    expect((await w.desk.get(`/api/supply-plans/${p.body.doc.id}`)).body.status).toBe('consolidated')
    await decide('admin-director', id)
    await decide('general-manager', id)
    expect((await issue(q, a, [['订书机', 3]])).body.errors[0].message).toContain('剩余 2')
  })

  it('OFFICE-05 the quarter\'s summary per department: planned, approved, issued, remaining — JSON and an XLSX file; bad input 4xx', async () => {
    const q = nextQuarter()
    const { market: m, tech: t } = await approvedQuarter(q)
    await issue(q, m, [['签字笔', 12]])
    const res = await w.desk.get(`/api/supply-plans/summary?quarter=${q}`)
    expect(res.status).toBe(200)
    expect(res.body.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ department: `市场部${q}`, item: '签字笔', planned: 50, approved: 50, issued: 12, remaining: 38 }),
        expect.objectContaining({ department: `技术部${q}`, item: '白板笔', planned: 12, approved: 12, issued: 0, remaining: 12 }),
      ]),
    )
    expect(m && t).toBeTruthy()
    const file = await fetch(`${w.url}/api/supply-plans/summary?quarter=${q}&format=xlsx`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('spreadsheetml')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as never)
    const sheet = book.worksheets[0]
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['部门', '物品', '批准数量', '已领用', '剩余']))
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1))
    expect(rows).toEqual(expect.arrayContaining([[`市场部${q}`, '签字笔', '包', 50, 50, 12, 38]]))
    expect((await w.desk.get('/api/supply-plans/summary?quarter=2026-Q5')).status).toBe(400)
    // Another site's summary answers as a missing site.
    expect((await w.desk.get(`/api/supply-plans/summary?quarter=${q}&site=${w.otherSite}`)).status).toBe(404)
    const outsider = await w.as('outsider')
    expect((await outsider.get(`/api/supply-plans/summary?quarter=${q}`)).body.rows).toEqual([])
  })

  it('OFFICE-05 another site\'s department answers exactly like a missing one', async () => {
    const q = nextQuarter()
    const foreign = await dept('外站部门', w.otherSite)
    const cross = await plan(q, foreign, [['A4复印纸', 1]])
    const missing = await plan(q, 2_000_000, [['A4复印纸', 1]])
    expect(cross.status).toBe(missing.status)
    expect(cross.body.errors[0].message.replace(String(foreign), 'ID')).toBe(missing.body.errors[0].message.replace('2000000', 'ID'))
    const issueCross = await issue(q, foreign, [['A4复印纸', 1]])
    const issueMissing = await issue(q, 2_000_000, [['A4复印纸', 1]])
    expect(issueCross.status).toBe(issueMissing.status)
  })
})
