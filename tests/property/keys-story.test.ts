/**
 * The key story (issue 12, item 10): a key lent to a contractor through engineering → overdue on the 8th
 * day in the site's time zone → 借匙催还单 (printed) and a work message to the borrowing department's head,
 * repeated daily → returned with the count checked (a wrong count refused) → no more reminders. And the
 * gates: a state forced by PATCH, another site's key id.
 */
import { describe, expect, it } from 'vitest'
import { sweepDeadline } from '../../hooks/deadlines'
import { useWorld } from '../helpers/world'
import { keyPlace, keyState, messagesTitled, putKey, type KeyPlace } from './keys-fixture'

const w = useWorld({ sites: [{ type: 'property' }] })
let place: KeyPlace
let other: KeyPlace
const story: Record<string, number> = {}

// Lent on Monday 2 November 2026 at 23:30 in Shanghai (15:30 UTC): the 8th day is 9 November.
const LENT = '2026-11-02T15:30:00.000Z'
const at = (iso: string) => new Date(iso)
const due = (now: string) => sweepDeadline(w.payload, 'key-loans', 'due', at(now))
const loan = () => w.payload.findByID({ collection: 'key-loans', id: story.loan, depth: 0, overrideAccess: true })
const reminders = async () =>
  (await w.payload.find({ collection: 'key-reminders', where: { loan: { equals: story.loan } }, sort: 'round', depth: 0, overrideAccess: true })).docs

describe('PROP-13 PROP-14 a key lent to a contractor, overdue, chased and returned', () => {
  it('PROP-13 a contractor borrows only through an engineering staff member, with a work ID and a signature', async () => {
    place = await keyPlace(w.payload, w.positions, w.site)
    other = await keyPlace(w.payload, w.positions, w.otherSite, 'X')
    story.key = (await putKey(w.payload, w.site, place.units[0], 'K-101', 'A-01', 2)).id
    story.otherKey = (await putKey(w.payload, w.otherSite, other.units[0], 'X-101', 'A-01', 2)).id
    const cs = await w.as('cs-assistant')
    const base = { site: w.site, key: story.key, quantity: 2, lentAt: LENT, borrowerKind: 'contractor', borrowerName: '王师傅', workId: 'SG-3307', contractor: '成都安居水电安装公司', borrowerSigned: true }
    const noAgent = await cs.post('/api/key-loans', base)
    expect(noAgent.status).toBe(400)
    expect(noAgent.body.errors[0].message).toContain('工程部人员代借')
    const bySales = await cs.post('/api/key-loans', { ...base, agent: w.staff.sales.id })
    expect(bySales.status).toBe(409)
    expect(bySales.body.errors[0].message).toContain('不是本站点的工程部人员')
    const noWorkId = await cs.post('/api/key-loans', { ...base, agent: w.staff.engineer.id, workId: '' })
    expect(noWorkId.status).toBe(400)
    const unsigned = await cs.post('/api/key-loans', { ...base, agent: w.staff.engineer.id, borrowerSigned: false })
    expect(unsigned.status).toBe(400)
    expect(await keyState(w.payload, story.key)).toBe('in')
    const res = await cs.post('/api/key-loans', { ...base, agent: w.staff.engineer.id, department: place.departments.engineering })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    story.loan = res.body.doc.id
    expect(res.body.doc).toMatchObject({ status: 'out', keyNumber: 'K-101', departmentName: '工程部' })
    expect(await keyState(w.payload, story.key)).toBe('out')
    // The key is out: it cannot be lent twice.
    const twice = await cs.post('/api/key-loans', { ...base, agent: w.staff.engineer.id, department: place.departments.engineering })
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toContain('已借出')
  })

  it('PROP-14 not overdue on the 7th day nor on the 8th before the hour it was lent (site time zone)', async () => {
    expect(await due('2026-11-08T16:00:00.000Z')).toBe(0) // 9 Nov 00:00 in Shanghai: 6½ days
    expect(await due('2026-11-09T15:00:00.000Z')).toBe(0) // 9 Nov 23:00 in Shanghai: not yet 7 days
    expect((await loan()).status).toBe('out')
    expect(await reminders()).toHaveLength(0)
  })

  it('PROP-14 overdue on the 8th day: the loan and the key are overdue, a 借匙催还单 and a work message go to the department head', async () => {
    expect(await due('2026-11-09T15:40:00.000Z')).toBe(1) // 9 Nov 23:40 in Shanghai: more than 7 days
    const l = await loan()
    expect(l).toMatchObject({ status: 'overdue', overdue: true })
    expect(await keyState(w.payload, story.key)).toBe('overdue')
    const list = await reminders()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ round: 1, daysOut: 7, keyNumber: 'K-101', borrowerName: '王师傅', departmentName: '工程部', contractor: '成都安居水电安装公司' })
    story.reminder = list[0].id as number
    const messages = await messagesTitled(w.payload, w.site, '借匙催还单')
    expect(messages).toHaveLength(1)
    expect(messages[0].recipients.map(Number)).toEqual([w.staff['department-head'].id])
    expect(messages[0].body).toContain(`/api/key-reminders/${story.reminder}/print`)
    // Idempotent: the same moment again changes nothing.
    expect(await due('2026-11-09T15:45:00.000Z')).toBe(0)
    expect(await reminders()).toHaveLength(1)
  })

  it('PROP-14 the 借匙催还单 prints as a PDF for the site, and answers another site as missing', async () => {
    const cs = await w.as('cs-assistant')
    const res = await fetch(`${w.url}/api/key-reminders/${story.reminder}/print`, { headers: { authorization: `JWT ${cs.token}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    const outsider = await w.as('outsider')
    const theirs = await fetch(`${w.url}/api/key-reminders/${story.reminder}/print`, { headers: { authorization: `JWT ${outsider.token}` } })
    const none = await fetch(`${w.url}/api/key-reminders/99999/print`, { headers: { authorization: `JWT ${outsider.token}` } })
    expect(theirs.status).toBe(404)
    expect(none.status).toBe(404)
    // Nobody writes a reminder by hand.
    expect((await cs.post('/api/key-reminders', { site: w.site, loan: story.loan, issuedAt: new Date().toISOString() })).status).toBe(403)
  })

  it('PROP-14 repeated every day until the key is returned', async () => {
    expect(await due('2026-11-10T15:40:00.000Z')).toBe(1)
    const list = await reminders()
    expect(list.map((r) => r.round)).toEqual([1, 2])
    expect(list[1].daysOut).toBe(8)
    expect(await messagesTitled(w.payload, w.site, '借匙催还单')).toHaveLength(2)
  })

  it('PROP-13 gates: the state cannot be forced by PATCH, the key cannot be swapped, another site’s key reads as missing', async () => {
    const cs = await w.as('cs-assistant')
    const forced = await cs.patch(`/api/key-loans/${story.loan}`, { status: 'returned' })
    expect(forced.status).toBe(403)
    expect((await cs.patch(`/api/keys/${story.key}`, { status: 'in' })).status).toBe(403)
    expect((await cs.patch(`/api/key-loans/${story.loan}`, { overdue: false })).status).toBe(403)
    // GraphQL is the same door.
    const gql = await cs.post('/api/graphql', { query: `mutation { updateKeyLoan(id: ${story.loan}, data: { status: returned }) { status } }` })
    expect(JSON.stringify(gql.body)).toContain('由系统按流程维护')
    expect(JSON.stringify(gql.body)).not.toContain('"status":"returned"')
    // Recording a return is the desk's, not the borrower's department.
    const engineer = await w.as('engineer')
    expect((await engineer.patch(`/api/key-loans/${story.loan}`, { returnedAt: '2026-11-11T02:00:00.000Z', returnedQuantity: 2 })).status).toBe(403)
    const transition = await cs.post(`/api/keys/${story.key}/transition`, { to: 'in' })
    expect(transition.status).toBe(403)
    expect((await loan()).status).toBe('overdue')
    const base = { site: w.site, quantity: 1, borrowerKind: 'staff', borrowerName: '张海', workId: 'LH-012', department: place.departments.landscaping, borrowerSigned: true }
    const theirs = await cs.post('/api/key-loans', { ...base, key: story.otherKey })
    const missing = await cs.post('/api/key-loans', { ...base, key: 99999 })
    expect(theirs.status).toBe(missing.status)
    // The same answer, but for the id named in it.
    expect(JSON.stringify(theirs.body).replaceAll(String(story.otherKey), 'ID')).toBe(JSON.stringify(missing.body).replaceAll('99999', 'ID'))
    expect(await keyState(w.payload, story.otherKey)).toBe('in')
  })

  it('PROP-13 the return is refused with a wrong count, then recorded with the count checked and the receiver', async () => {
    const cs = await w.as('cs-assistant')
    const wrong = await cs.patch(`/api/key-loans/${story.loan}`, { returnedAt: '2026-11-11T02:00:00.000Z', returnedQuantity: 1 })
    expect(wrong.status).toBe(409)
    expect(wrong.body.errors[0].message).toContain('不符')
    const still = await loan()
    expect(still.status).toBe('overdue')
    expect(still.returnedAt ?? null).toBeNull()
    expect(await keyState(w.payload, story.key)).toBe('overdue')
    const uncounted = await cs.post(`/api/key-loans/${story.loan}/transition`, { to: 'returned' })
    expect(uncounted.status).toBe(400)
    const ok = await cs.patch(`/api/key-loans/${story.loan}`, { returnedAt: '2026-11-11T02:00:00.000Z', returnedQuantity: 2 })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    const back = await loan()
    expect(back).toMatchObject({ status: 'returned', overdue: false, returnedQuantity: 2 })
    expect(Number(back.receiver)).toBe(w.staff['cs-assistant'].id)
    expect(await keyState(w.payload, story.key)).toBe('in')
    // No more reminders after the return.
    expect(await due('2026-11-12T15:40:00.000Z')).toBe(0)
    expect(await reminders()).toHaveLength(2)
  })
})
