/**
 * Issue 15 / CORE-01: a REST answer names related records by id unless the client asks for more
 * (`?depth=`): a create, a read and a list of the desk's reception records carry the site and the
 * staff member as ids; `?depth=1` populates them, still only with what the reader may read.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

describe('Issue 15 REST depth', () => {
  it('CORE-01 REST create, read and list answer with related ids by default and populate them when asked', async () => {
    const created = await w.desk.post('/api/reception-records', { type: 'phone', visitorName: '王先生', site: w.site })
    expect(created.status).toBe(201)
    expect(created.body.doc.site).toBe(w.site)
    expect(created.body.doc.staff).toBe(w.staff['front-desk'].id)
    const id = created.body.doc.id

    const read = await w.desk.get(`/api/reception-records/${id}`)
    expect([read.body.site, read.body.staff]).toEqual([w.site, w.staff['front-desk'].id])
    const list = await w.desk.get('/api/reception-records?limit=10&where[visitorName][contains]=王先')
    expect(list.body.totalDocs).toBeGreaterThanOrEqual(1)
    expect(list.body.docs.every((d: { site: unknown }) => typeof d.site === 'number')).toBe(true)

    const deep = await w.desk.get(`/api/reception-records/${id}?depth=1`)
    expect(deep.body.site.id).toBe(w.site)
    expect(deep.body.staff.id).toBe(w.staff['front-desk'].id)
    const updated = await w.desk.patch(`/api/reception-records/${id}?depth=1`, { notes: '回电' })
    expect(updated.body.doc.site.id).toBe(w.site)
    const plain = await w.desk.patch(`/api/reception-records/${id}`, { notes: '再回电' })
    expect(plain.body.doc.site).toBe(w.site)
  })
})
