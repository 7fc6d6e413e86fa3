import { beforeAll, describe, expect, it } from 'vitest'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'], staff: { 'front-desk': { name: '林小雨' } } })

let desk: Client
let admin: Client
let site: { id: number }
let deskId: number

const trail = (recordId: number | string, collection = 'reception-records') =>
  w.payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: collection } }, { recordId: { equals: String(recordId) } }] },
    sort: 'createdAt',
    depth: 0,
  })

beforeAll(async () => {
  site = { id: w.site }
  deskId = w.staff['front-desk'].id
  desk = w.desk
  admin = await w.as('admin')
})

describe('CORE-04 audit trail', () => {
  it('CORE-04 records create, update and delete with who, channel and the changed fields', async () => {
    const created = await desk.post('/api/reception-records', { type: 'phone', visitorName: '张女士', site: site.id })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const edit = await desk.request('PATCH', `/api/reception-records/${id}`, { visitorName: '张桂芳' }, { referer: `${w.url}/admin/collections/reception-records/${id}` })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    await desk.patch(`/api/reception-records/${id}`, { visitorName: '张桂芳' }) // no change: no row
    expect((await desk.delete(`/api/reception-records/${id}`)).status).toBe(200)
    const { docs } = await trail(id)
    expect(docs.map((d) => d.action)).toEqual(['create', 'update', 'delete'])
    expect(docs.every((d) => d.actor === deskId && d.actorName === '林小雨' && d.site === site.id)).toBe(true)
    expect(docs[0].channel).toBe('api')
    expect(docs[1].channel).toBe('admin')
    expect(docs[1].changes).toEqual({ visitorName: { from: '张女士', to: '张桂芳' } })
    expect((docs[2].changes as { before: { visitorName: string } }).before.visitorName).toBe('张桂芳')
  })

  it('CORE-04 nobody can create, edit or delete audit rows through REST or GraphQL, admins included', async () => {
    const created = await desk.post('/api/reception-records', { type: 'visit', visitorName: '李先生', site: site.id })
    const [row] = (await trail(created.body.doc.id)).docs
    for (const client of [desk, admin]) {
      expect((await client.post('/api/audit-log', { collection: 'x', recordId: '1', action: 'create', channel: 'api' })).status).toBe(403)
      expect((await client.patch(`/api/audit-log/${row.id}`, { note: '改' })).status).toBe(403)
      expect((await client.delete(`/api/audit-log/${row.id}`)).status).toBe(403)
      const bulk = await client.request('DELETE', `/api/audit-log?where[id][equals]=${row.id}`)
      expect(bulk.body.docs ?? []).toHaveLength(0)
      const gql = await client.post('/api/graphql', { query: `mutation { deleteAuditLog(id: ${row.id}) { id } }` })
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    }
    const again = await w.payload.findByID({ collection: 'audit-log', id: row.id })
    expect(again.note ?? null).toBeNull()
  })

  it('CORE-04 staff read the trail of their own site only', async () => {
    const other = (await makeSite(w.payload)) as { id: number }
    const stranger = await makeStaff(w.payload, { sites: [other.id] })
    const strangerClient = await signIn(w.url, stranger.email as string)
    await strangerClient.post('/api/reception-records', { type: 'phone', visitorName: '外院', site: other.id })
    const mine = await desk.get('/api/audit-log?limit=200')
    expect(mine.status).toBe(200)
    expect(mine.body.docs.every((d: { site: { id: number } | number }) => (typeof d.site === 'object' ? d.site.id : d.site) === site.id)).toBe(true)
  })

  it('CORE-07 a record entered after an outage keeps its real time and is marked as back-entry', async () => {
    const at = new Date(Date.now() - 3 * 3600_000).toISOString()
    const created = await desk.post('/api/reception-records', { type: 'phone', visitorName: '停电时来电', site: site.id, paperRecordedAt: at })
    expect(created.status).toBe(201)
    const [row] = (await trail(created.body.doc.id)).docs
    expect(row.backEntry).toBe(true)
    expect(new Date(row.occurredAt as string).toISOString()).toBe(at)
    const future = await desk.post('/api/reception-records', { type: 'phone', visitorName: '未来', site: site.id, paperRecordedAt: new Date(Date.now() + 86400_000).toISOString() })
    expect(future.status).toBe(400)
  })

  it('CORE-04 a rolled-back change leaves no audit row', async () => {
    const before = await w.payload.count({ collection: 'audit-log' })
    const bad = await desk.post('/api/reception-records', { type: 'nonsense', visitorName: 'x', site: site.id })
    expect(bad.status).toBe(400)
    const after = await w.payload.count({ collection: 'audit-log' })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})
