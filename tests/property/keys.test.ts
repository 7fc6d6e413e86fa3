/**
 * PROP-12 to PROP-16 (keys) besides the lending story (keys-story.test.ts): keys in from contractors and
 * the developer, handover to owners only on ID, owners borrowing through sales, lost keys, the monthly
 * count on the 25th, the key cabinet, two years' retention and the demo keys.
 */
import { describe, expect, it } from 'vitest'
import { sweepDeadline } from '../../hooks/deadlines'
import { applyRetention } from '../../jobs/retention'
import { keyCabinet } from '../../collections/property/keys/cabinet'
import { useWorld } from '../helpers/world'
import { keyPlace, keyState, messagesTitled, putKey, type KeyPlace } from './keys-fixture'

const w = useWorld({ sites: [{ type: 'property' }] })
let place: KeyPlace
const ids: Record<string, number> = {}
/** A relationship as REST returns it (populated or an id). */
const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number))
const find = (collection: 'key-loans' | 'key-memos' | 'key-counts', id: number) => w.payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>

describe('PROP-12 keys in: acceptance from contractors and keys entrusted by the developer', () => {
  it('PROP-12 鑰匙驗收記錄表: a matching count is signed for ✓ and the set goes into its labelled slot', async () => {
    place = await keyPlace(w.payload, w.positions, w.site)
    const cs = await w.as('cs-assistant')
    const line = { site: w.site, contractor: '成都宏达门窗工程有限公司', handedBy: '刘师傅', engineer: w.staff.engineer.id, unit: place.units[0], keyNumber: 'K-301', quantity: 3, received: 3, cabinet: '1号柜', slot: 'A-01', contractorSigned: true, receiverSigned: true }
    const unsigned = await cs.post('/api/key-acceptances', { ...line, contractorSigned: false })
    expect(unsigned.status).toBe(400)
    expect(unsigned.body.errors[0].message).toContain('交匙人签名')
    const notEngineer = await cs.post('/api/key-acceptances', { ...line, engineer: w.staff.sales.id })
    expect(notEngineer.status).toBe(409)
    const res = await cs.post('/api/key-acceptances', line)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.matched).toBe(true)
    expect(idOf(res.body.doc.receiver)).toBe(w.staff['cs-assistant'].id)
    const key = await w.payload.findByID({ collection: 'keys', id: idOf(res.body.doc.key), depth: 0, overrideAccess: true })
    expect(key).toMatchObject({ keyNumber: 'K-301', quantity: 3, cabinet: '1号柜', slot: 'A-01', status: 'in', source: 'contractor', unitCode: 'K1-1-301' })
    ids.accepted = key.id as number
    // The received count is the register's: it cannot be changed on the record afterwards.
    expect((await cs.patch(`/api/key-acceptances/${res.body.doc.id}`, { received: 2 })).status).toBe(409)
    expect((await cs.patch(`/api/key-acceptances/${res.body.doc.id}`, { matched: false })).status).toBe(403)
  })

  it('PROP-12 a count that differs is not ✓ and needs the remark; a slot holds one set, a key number is registered once', async () => {
    const cs = await w.as('cs-assistant')
    const line = { site: w.site, contractor: '成都宏达门窗工程有限公司', handedBy: '刘师傅', unit: place.units[1], keyNumber: 'K-302', quantity: 3, received: 2, cabinet: '1号柜', slot: 'A-02', contractorSigned: true, receiverSigned: true }
    const noRemark = await cs.post('/api/key-acceptances', line)
    expect(noRemark.status).toBe(400)
    expect(noRemark.body.errors[0].message).toContain('备注')
    const res = await cs.post('/api/key-acceptances', { ...line, remark: '实收 2 把,另 1 把施工队随后补交' })
    expect(res.status).toBe(201)
    expect(res.body.doc.matched).toBe(false)
    const key = await w.payload.findByID({ collection: 'keys', id: idOf(res.body.doc.key), depth: 0, overrideAccess: true })
    expect(key.quantity).toBe(2)
    const slotTaken = await cs.post('/api/key-acceptances', { ...line, keyNumber: 'K-302B', remark: 'x', slot: 'A-01' })
    expect(slotTaken.status).toBe(409)
    expect(slotTaken.body.errors[0].message).toContain('A-01')
    const numberTaken = await cs.post('/api/key-acceptances', { ...line, remark: 'x', slot: 'A-09' })
    expect(numberTaken.status).toBe(409)
    expect(await w.payload.count({ collection: 'keys', where: { site: { equals: w.site } }, overrideAccess: true })).toMatchObject({ totalDocs: 2 })
  })

  it('PROP-12 移交鑰匙登記表: keys the developer entrusts are recorded and put in the cabinet by unit', async () => {
    const cs = await w.as('cs-assistant')
    const res = await cs.post('/api/key-entrustments', { site: w.site, developer: '香堤置业有限公司', handedBy: '陈经理', unit: place.units[2], keyNumber: 'K-303', quantity: 3, cabinet: '1号柜', slot: 'A-03', handerSigned: true, receiverSigned: true })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ids.entrusted = idOf(res.body.doc.key)
    expect(await keyState(w.payload, ids.entrusted)).toBe('in')
    const key = await w.payload.findByID({ collection: 'keys', id: ids.entrusted, depth: 0, overrideAccess: true })
    expect(key.source).toBe('developer')
  })
})

describe('PROP-12 handover to the owner only on ID', () => {
  it('PROP-12 業主領取鑰匙登記表: refused without an ID number, unchecked ID, the owner’s signature, the whole set or a matching owner file', async () => {
    const cs = await w.as('cs-assistant')
    const owner = await w.payload.create({ collection: 'owners', data: { site: w.site, unit: place.units[2], name: '孙丽', idNumber: '510104198805061234' }, overrideAccess: true })
    const base = { site: w.site, key: ids.entrusted, quantity: 3, owner: owner.id, collectorName: '孙丽', relation: 'owner', idType: 'id-card', idNumber: '510104198805061234', idChecked: true, ownerSigned: true }
    const noId = await cs.post('/api/key-handovers', { ...base, idNumber: '' })
    expect(noId.status).toBe(400)
    expect(noId.body.errors[0].message).toContain('未核验证件,不得移交钥匙')
    expect((await cs.post('/api/key-handovers', { ...base, idChecked: false })).status).toBe(400)
    const unsigned = await cs.post('/api/key-handovers', { ...base, ownerSigned: false })
    expect(unsigned.status).toBe(400)
    expect(unsigned.body.errors[0].message).toContain('签名')
    expect((await cs.post('/api/key-handovers', { ...base, quantity: 2 })).status).toBe(409)
    const wrongId = await cs.post('/api/key-handovers', { ...base, idNumber: '510104199001011111' })
    expect(wrongId.status).toBe(409)
    expect(wrongId.body.errors[0].message).toContain('不符')
    expect(await keyState(w.payload, ids.entrusted)).toBe('in')
    const ok = await cs.post('/api/key-handovers', base)
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(idOf(ok.body.doc.handedBy)).toBe(w.staff['cs-assistant'].id)
    expect(await keyState(w.payload, ids.entrusted)).toBe('handed')
    // Handed over: it can neither be lent nor handed over again.
    const again = await cs.post('/api/key-handovers', base)
    expect(again.status).toBe(409)
    const lend = await cs.post('/api/key-loans', { site: w.site, key: ids.entrusted, quantity: 1, borrowerKind: 'staff', borrowerName: '张海', workId: 'LH-1', department: place.departments.landscaping, borrowerSigned: true })
    expect(lend.status).toBe(409)
  })
})

describe('PROP-13 owners of unoccupied units borrow through sales staff', () => {
  it('PROP-13 an owner needs a sales staff member to borrow; an occupied unit is not lent this way; staff need their work ID', async () => {
    const cs = await w.as('cs-assistant')
    ids.vacant = (await putKey(w.payload, w.site, place.units[4], 'K-305', 'A-05', 2)).id
    ids.occupied = (await putKey(w.payload, w.site, place.units[7], 'K-308', 'A-08', 2)).id
    const base = { site: w.site, key: ids.vacant, quantity: 1, borrowerKind: 'owner', borrowerName: '周先生', borrowerSigned: true }
    const noAgent = await cs.post('/api/key-loans', base)
    expect(noAgent.status).toBe(400)
    expect(noAgent.body.errors[0].message).toContain('售楼人员代借')
    expect((await cs.post('/api/key-loans', { ...base, agent: w.staff.engineer.id })).status).toBe(409)
    const occupied = await cs.post('/api/key-loans', { ...base, key: ids.occupied, agent: w.staff.sales.id, department: place.departments.sales })
    expect(occupied.status).toBe(409)
    const ok = await cs.post('/api/key-loans', { ...base, agent: w.staff.sales.id, department: place.departments.sales })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body.doc.departmentName).toBe('售楼部')
    ids.ownerLoan = ok.body.doc.id
    const noWorkId = await cs.post('/api/key-loans', { site: w.site, key: ids.occupied, quantity: 1, borrowerKind: 'staff', borrowerName: '张海', department: place.departments.landscaping, borrowerSigned: true })
    expect(noWorkId.status).toBe(400)
    expect(noWorkId.body.errors[0].message).toContain('工作证')
    const tooMany = await cs.post('/api/key-loans', { site: w.site, key: ids.occupied, quantity: 3, borrowerKind: 'staff', borrowerName: '张海', workId: 'LH-1', department: place.departments.landscaping, borrowerSigned: true })
    expect(tooMany.status).toBe(409)
  })
})

describe('PROP-15 lost or damaged keys', () => {
  it('PROP-15 鑰匙管理備忘錄: the report goes to the director and supervisor, the key is lost and its loan ends; consent before re-cut; the outcome puts it back', async () => {
    const cs = await w.as('cs-assistant')
    const res = await cs.post('/api/key-memos', { site: w.site, key: ids.vacant, kind: 'lost', reportedBy: '周先生', whatHappened: '业主看房后钥匙遗失在小区花园' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ids.memo = res.body.doc.id
    expect(idOf(res.body.doc.loan)).toBe(ids.ownerLoan)
    expect(await keyState(w.payload, ids.vacant)).toBe('lost')
    expect((await find('key-loans', ids.ownerLoan)).status).toBe('lost')
    const told = await messagesTitled(w.payload, w.site, '钥匙遗失/损坏报告')
    expect(told).toHaveLength(1)
    expect(told[0].recipients.map(Number).sort()).toEqual([w.staff['office-director'].id, w.staff['cs-supervisor'].id].sort())
    // Reported twice: refused.
    expect((await cs.post('/api/key-memos', { site: w.site, key: ids.vacant, kind: 'lost', reportedBy: 'x', whatHappened: 'x' })).status).toBe(409)
    // The assistant does not decide; the supervisor needs the owner's consent and the measure.
    expect((await cs.post(`/api/key-memos/${ids.memo}/transition`, { to: 'handling' })).status).toBe(403)
    const sup = await w.as('cs-supervisor')
    const noConsent = await sup.post(`/api/key-memos/${ids.memo}/transition`, { to: 'handling' })
    expect(noConsent.status).toBe(409)
    expect(noConsent.body.errors[0].message).toContain('业主同意')
    expect((await sup.patch(`/api/key-memos/${ids.memo}`, { ownerName: '周先生', ownerConsent: true, measure: 'lock' })).status).toBe(200)
    expect((await sup.post(`/api/key-memos/${ids.memo}/transition`, { to: 'handling' })).status).toBe(200)
    expect((await sup.post(`/api/key-memos/${ids.memo}/transition`, { to: 'closed' })).status).toBe(409)
    expect((await sup.patch(`/api/key-memos/${ids.memo}`, { outcome: '已更换门锁,新钥匙 2 把入柜' })).status).toBe(200)
    const closed = await sup.post(`/api/key-memos/${ids.memo}/transition`, { to: 'closed' })
    expect(closed.status).toBe(200)
    const memo = await find('key-memos', ids.memo)
    expect(memo.status).toBe('closed')
    expect(memo.consentAt).toBeTruthy()
    expect(memo.closedAt).toBeTruthy()
    expect(await keyState(w.payload, ids.vacant)).toBe('in')
  })
})

describe('PROP-16 the monthly count on the 25th', () => {
  it('PROP-16 a sheet opens the next month’s on its 25th, with every slot’s expected count from the register', async () => {
    // Lend one of K-302's two keys, so the slot should hold one.
    const cs = await w.as('cs-assistant')
    const k302 = (await w.payload.find({ collection: 'keys', where: { keyNumber: { equals: 'K-302' } }, overrideAccess: true })).docs[0]
    ids.k302 = k302.id as number
    const lent = await cs.post('/api/key-loans', { site: w.site, key: ids.k302, quantity: 1, borrowerKind: 'staff', borrowerName: '张海', workId: 'LH-012', department: place.departments.landscaping, borrowerSigned: true })
    expect(lent.status).toBe(201)
    const october = await cs.post('/api/key-counts', { site: w.site, countedOn: '2026-10-25' })
    expect(october.status, JSON.stringify(october.body)).toBe(201)
    expect(october.body.doc).toMatchObject({ month: '2026-10', status: 'counting' })
    expect((await cs.post('/api/key-counts', { site: w.site, countedOn: '2026-10-26' })).status).toBe(409)
    ids.october = october.body.doc.id
    // 25 November 08:29 in Shanghai: not yet opening time.
    expect(await sweepDeadline(w.payload, 'key-counts', 'next', new Date('2026-11-25T00:29:00.000Z'))).toBe(0)
    expect(await sweepDeadline(w.payload, 'key-counts', 'next', new Date('2026-11-25T00:31:00.000Z'))).toBe(1)
    expect(await sweepDeadline(w.payload, 'key-counts', 'next', new Date('2026-11-25T00:40:00.000Z'))).toBe(0)
    const { docs } = await w.payload.find({ collection: 'key-counts', where: { month: { equals: '2026-11' } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const sheet = docs[0] as Record<string, any>
    ids.november = sheet.id
    expect(sheet.dueOn).toBeTruthy()
    const rows = sheet.rows as { keyNumber: string; expected: number; slot: string }[]
    expect(rows.map((r) => [r.keyNumber, r.expected])).toEqual([
      ['K-301', 3],
      ['K-302', 1],
      ['K-305', 2],
      ['K-308', 2],
    ])
    expect(sheet.expectedTotal).toBe(8)
    expect((await messagesTitled(w.payload, w.site, '2026-11 钥匙月度盘点')).length).toBe(1)
  })

  it('PROP-16 reported to the department head only when every slot is counted, labels checked and differences explained; late is flagged', async () => {
    const cs = await w.as('cs-assistant')
    const sheet = await find('key-counts', ids.november)
    const rows: Record<string, any>[] = (sheet.rows as Record<string, any>[]).map((r) => ({ ...r, counted: r.expected, label: 'ok' }))
    rows[2] = { ...rows[2], counted: 1 } // a key missing from K-305's slot
    // The rows are the register's: an expected count cannot be edited, nor a row added.
    expect((await cs.patch(`/api/key-counts/${ids.november}`, { rows: rows.map((r, i) => (i === 0 ? { ...r, expected: 9 } : r)) })).status).toBe(409)
    expect((await cs.patch(`/api/key-counts/${ids.november}`, { rows: [...rows, { counted: 1 }] })).status).toBe(409)
    const notCounted = await cs.post(`/api/key-counts/${ids.november}/transition`, { to: 'reported' })
    expect(notCounted.status).toBe(409)
    expect((await cs.patch(`/api/key-counts/${ids.november}`, { rows })).status).toBe(200)
    const unexplained = await cs.post(`/api/key-counts/${ids.november}/transition`, { to: 'reported' })
    expect(unexplained.status).toBe(409)
    expect(unexplained.body.errors[0].message).toContain('A-05')
    // Closing time on the 25th passes: flagged, the supervisor is told.
    expect(await sweepDeadline(w.payload, 'key-counts', 'report', new Date('2026-11-25T09:31:00.000Z'))).toBeGreaterThanOrEqual(1)
    expect((await find('key-counts', ids.november)).late).toBe(true)
    expect((await messagesTitled(w.payload, w.site, '2026-11 钥匙盘点未按时上报')).length).toBe(1)
    rows[2] = { ...rows[2], explanation: '换锁后新钥匙只配回 1 把,另 1 把在业主处' }
    const saved = await cs.patch(`/api/key-counts/${ids.november}`, { rows })
    expect(saved.status).toBe(200)
    expect(saved.body.doc.differences).toBe(1)
    const reported = await cs.post(`/api/key-counts/${ids.november}/transition`, { to: 'reported' })
    expect(reported.status, JSON.stringify(reported.body)).toBe(200)
    const done = await find('key-counts', ids.november)
    expect(done).toMatchObject({ status: 'reported', late: false, countedTotal: 7, reportedBy: w.staff['cs-assistant'].id })
    const heads = await messagesTitled(w.payload, w.site, '2026-11 钥匙月度盘点:应在柜 8 把')
    expect(heads).toHaveLength(1)
    expect(heads[0].recipients.map(Number)).toEqual([w.staff['department-head'].id])
    const mail = await w.payload.find({ collection: 'mail-outbox', where: { subject: { contains: '2026-11 钥匙月度盘点' } }, depth: 0, overrideAccess: true })
    expect(mail.docs.length).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(mail.docs[0])).toContain(w.staff['department-head'].email)
  })
})

describe('PROP-12 the key cabinet', () => {
  it('PROP-12 each slot in / out / overdue / lost with who has a lent key; a click opens the key; handed keys and other sites are not shown', async () => {
    const cs = await w.as('cs-assistant')
    // K-308 lent nine days ago and swept overdue; K-301 reported damaged.
    const nineDays = new Date(Date.now() - 9 * 86_400_000).toISOString()
    const res = await cs.post('/api/key-loans', { site: w.site, key: ids.occupied, quantity: 2, lentAt: nineDays, borrowerKind: 'contractor', borrowerName: '李师傅', workId: 'SG-2051', contractor: '四川美家装饰', agent: w.staff.engineer.id, department: place.departments.engineering, borrowerSigned: true })
    expect(res.status).toBe(201)
    expect(await sweepDeadline(w.payload, 'key-loans', 'due')).toBe(1)
    expect((await cs.post('/api/key-memos', { site: w.site, key: ids.accepted, kind: 'damaged', reportedBy: '许丹', whatHappened: '钥匙齿断裂' })).status).toBe(201)
    await putKey(w.payload, w.otherSite, (await keyPlace(w.payload, w.positions, w.otherSite, 'X')).units[0], 'X-1', 'A-01')
    const cabinets = await keyCabinet(w.payload, w.site)
    expect(cabinets.map((c) => c.name)).toEqual(['1号柜'])
    const slots = cabinets[0].slots.map((s) => [s.slot, s.keyNumber, s.state])
    expect(slots).toEqual([
      ['A-01', 'K-301', 'lost'],
      ['A-02', 'K-302', 'out'],
      ['A-05', 'K-305', 'in'],
      ['A-08', 'K-308', 'overdue'],
    ])
    expect(cabinets[0].counts).toEqual({ in: 1, out: 1, overdue: 1, lost: 1 })
    const overdue = cabinets[0].slots.find((s) => s.state === 'overdue')!
    expect(overdue.loan).toMatchObject({ borrower: '李师傅', department: '工程部', quantity: 2 })
    expect(overdue.href).toBe(`/admin/collections/keys/${ids.occupied}`)
  })
})

describe('PROP-16 JOB-06 key records are kept two years', () => {
  it('PROP-16 a loan returned more than two years ago is removed; open loans, open memos and keys in the cabinet stay', async () => {
    const cs = await w.as('cs-assistant')
    const loan = (await w.payload.find({ collection: 'key-loans', where: { key: { equals: ids.k302 } }, overrideAccess: true })).docs[0]
    expect((await cs.patch(`/api/key-loans/${loan.id}`, { returnedAt: new Date().toISOString(), returnedQuantity: 1 })).status).toBe(200)
    const openLoan = (await w.payload.find({ collection: 'key-loans', where: { status: { equals: 'overdue' } }, overrideAccess: true })).docs[0]
    const inTwoYearsAndADay = new Date(Date.now() + (2 * 365 + 2) * 86_400_000)
    await applyRetention(w.payload, undefined, inTwoYearsAndADay)
    const gone = await w.payload.findByID({ collection: 'key-loans', id: loan.id, overrideAccess: true, disableErrors: true })
    expect(gone).toBeNull()
    expect(await w.payload.findByID({ collection: 'key-loans', id: openLoan.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
    // Its handover record goes too; the register keeps every key set (the cabinet's inventory).
    expect((await w.payload.find({ collection: 'key-handovers', where: { key: { equals: ids.entrusted } }, overrideAccess: true })).docs).toHaveLength(0)
    expect(await w.payload.findByID({ collection: 'keys', id: ids.entrusted, overrideAccess: true, disableErrors: true })).not.toBeNull()
    expect(await w.payload.findByID({ collection: 'keys', id: ids.k302, overrideAccess: true, disableErrors: true })).not.toBeNull()
    const openMemo = (await w.payload.find({ collection: 'key-memos', where: { status: { equals: 'reported' } }, overrideAccess: true })).docs
    expect(openMemo).toHaveLength(1)
  })
})
