import { beforeAll, describe, expect, it } from 'vitest'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

let siteA: { id: number }
let siteB: { id: number }
let alice: Client // desk at A
let bob: Client // desk at B
let admin: Client
let recordA: number
let recordB: number

const record = (site: number, visitorName: string) => ({ type: 'phone', visitorName, site, receivedAt: new Date().toISOString() })

beforeAll(async () => {
  siteA = { id: w.site }
  siteB = { id: w.otherSite }
  alice = w.desk
  bob = await w.as('outsider')
  admin = await w.as('admin')
  recordA = (await alice.post('/api/reception-records', record(siteA.id, '甲院来电'))).body.doc.id
  recordB = (await bob.post('/api/reception-records', record(siteB.id, '乙院来电'))).body.doc.id
})

describe('CORE-01 site scoping over REST', () => {
  it('CORE-01 staff list only their own site records', async () => {
    const list = await alice.get('/api/reception-records?limit=100')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([recordA])
  })

  it('CORE-01 staff cannot read another site record by id', async () => {
    const res = await alice.get(`/api/reception-records/${recordB}`)
    expect(res.status).toBe(404)
  })

  it('CORE-01 count only sees the own site', async () => {
    const res = await alice.get('/api/reception-records/count')
    expect(res.body.totalDocs).toBe(1)
  })

  it('CORE-01 staff cannot update or delete another site record', async () => {
    const update = await alice.patch(`/api/reception-records/${recordB}`, { visitorName: '篡改' })
    expect([403, 404]).toContain(update.status)
    const del = await alice.delete(`/api/reception-records/${recordB}`)
    expect([403, 404]).toContain(del.status)
    const bulk = await alice.request('PATCH', `/api/reception-records?where[id][equals]=${recordB}`, { visitorName: '篡改' })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    const still = await w.payload.findByID({ collection: 'reception-records', id: recordB })
    expect(still.visitorName).toBe('乙院来电')
  })

  it('CORE-01 staff cannot create a record in another site', async () => {
    const res = await alice.post('/api/reception-records', record(siteB.id, '越权'))
    expect(res.status).toBe(400)
    const { totalDocs } = await w.payload.count({ collection: 'reception-records', where: { visitorName: { equals: '越权' } } })
    expect(totalDocs).toBe(0)
  })

  it('CORE-01 staff cannot move their record to another site', async () => {
    const res = await alice.patch(`/api/reception-records/${recordA}`, { site: siteB.id })
    expect(res.status).toBe(400)
    const still = await w.payload.findByID({ collection: 'reception-records', id: recordA, depth: 0 })
    expect(still.site).toBe(siteA.id)
  })

  it('CORE-01 an administrator sees every site', async () => {
    const list = await admin.get('/api/reception-records?limit=100')
    expect(list.body.docs.map((d: { id: number }) => d.id).sort()).toEqual([recordA, recordB].sort())
  })

  it('CORE-01 GraphQL is scoped the same way', async () => {
    const res = await alice.post('/api/graphql', { query: '{ ReceptionRecords(limit: 100) { docs { id visitorName } totalDocs } }' })
    expect(res.status).toBe(200)
    expect(res.body.data.ReceptionRecords.docs.map((d: { id: number }) => d.id)).toEqual([recordA])
  })

  it('CORE-01 staff see only the sites they are assigned to', async () => {
    const res = await alice.get('/api/sites?limit=100')
    expect(res.body.docs.map((d: { id: number }) => d.id)).toEqual([siteA.id])
  })
})
