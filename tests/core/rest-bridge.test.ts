/**
 * Issue 15 item 1: the express front hands a body the guard already read to Payload from memory
 * (src/http/web.ts toPayloadRequest) instead of as a stream read a second time. Everything that reads
 * a body must get it exactly as sent: Payload's own create and update (req.data), the method
 * override with a form body (read as text) and with a JSON body (read as JSON), a custom endpoint
 * (the lifecycle transition reads req.json()), a `+json` type that Payload does not read as data,
 * and refusals stay as they were. Real HTTP, real PostgreSQL.
 */
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

describe('Issue 15 REST bodies handed on from memory', () => {
  it('CORE-01 a JSON create and update store the body exactly as sent (text with quotes, emoji and new lines, numbers, relations)', async () => {
    const visitorName = '王"先生" 😀\n第二行'
    const created = await w.desk.post('/api/reception-records', { type: 'visit', visitorName, elderAge: 81, rating: 'possible', site: w.site })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({ type: 'visit', visitorName, elderAge: 81, rating: 'possible', site: w.site, staff: w.staff['front-desk'].id })
    const stored = await w.payload.findByID({ collection: 'reception-records', id: created.body.doc.id, depth: 0 })
    expect([stored.visitorName, stored.elderAge]).toEqual([visitorName, 81])
    const updated = await w.desk.patch(`/api/reception-records/${created.body.doc.id}`, { notes: '回电 ✓' })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.notes).toBe('回电 ✓')
  })

  it('CORE-01 the method override reads a form body as the query and a JSON body as before', async () => {
    const name = `覆盖${Date.now()}`
    expect((await w.desk.post('/api/reception-records', { type: 'phone', visitorName: name, site: w.site })).status).toBe(201)
    const form = await w.desk.request('POST', '/api/reception-records', `where[visitorName][equals]=${encodeURIComponent(name)}&limit=5`, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-payload-http-method-override': 'GET',
    })
    expect(form.status, JSON.stringify(form.body)).toBe(200)
    expect(form.body.docs.map((d: { visitorName: string }) => d.visitorName)).toEqual([name])
    const json = await w.desk.request('POST', '/api/reception-records?limit=1', { depth: 0 }, { 'x-payload-http-method-override': 'GET' })
    expect(json.status, JSON.stringify(json.body)).toBe(200)
    expect(json.body.docs).toHaveLength(1)
  })

  it('CORE-01 a body Payload does not read as data (+json) is still not data; bad JSON and a non-object are refused in the person’s language', async () => {
    const merge = await w.desk.request('POST', '/api/reception-records', { type: 'phone', visitorName: '合并', site: w.site }, { 'content-type': 'application/merge-patch+json' })
    expect(merge.status).toBeGreaterThanOrEqual(400)
    expect(merge.status).toBeLessThan(500)
    const before = (await w.payload.count({ collection: 'reception-records', where: { visitorName: { equals: '合并' } } })).totalDocs
    expect(before).toBe(0)
    const bad = await w.desk.request('POST', '/api/reception-records', '{"type": "phone",')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    const list = await w.desk.request('POST', '/api/reception-records', '[1, 2]')
    expect(list.status).toBe(400)
    expect(list.body.errors[0].message).toMatch(/JSON/)
  })
})
