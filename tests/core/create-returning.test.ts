/**
 * Issue 15 / CORE-01: a create is answered by its own INSERT … RETURNING when the record is its one row
 * (src/db/createReturning.ts) — the document is exactly the one a later read answers, for REST, the
 * Local API, inside a transaction and through hooks; a collection with side tables (arrays) still
 * reads its record back and answers every row of them; another site stays refused.
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'
import { messagesOf } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })


const record = (name: string) => ({ type: 'visit', visitorName: name, visitorPhone: '13800138000', relation: '子女', elderName: '王奶奶', elderAge: 81, needs: '了解入住', site: w.site })

describe('Issue 15 a create answered by its insert', () => {
  it('CORE-01 a REST create answers the very document a read answers, without reading it back', async () => {
    await w.desk.post('/api/reception-records', record('预热')) // warm
    let created: Awaited<ReturnType<typeof w.desk.post>> | undefined
    const statements = await messagesOf(async () => (created = await w.desk.post('/api/reception-records?depth=0', record('李先生'))))
    expect(created!.status).toBe(201)
    const doc = created!.body.doc
    const read = await w.desk.get(`/api/reception-records/${doc.id}?depth=0`)
    expect(read.status).toBe(200)
    expect(doc).toEqual(read.body)
    expect(doc).toMatchObject({ visitorName: '李先生', elderAge: 81, site: w.site, staff: w.staff['front-desk'].id })

    const ofTable = statements.filter((s) => /"reception_records"/.test(s))
    expect(ofTable).toHaveLength(1)
    expect(ofTable[0]).toMatch(/^begin;\ninsert into "reception_records" .* returning /s)
    expect(ofTable[0]).not.toMatch(/\$\d/) // its values written as literals
    // Three round trips: the signed-in staff row; BEGIN with the insert; the audit row with COMMIT.
    const own = statements.filter((s) => !/^select "(routine|payload_jobs|calendar)/.test(s))
    expect(own).toHaveLength(3)
    expect(own[2]).toMatch(/^insert into "audit_log" .*;\ncommit$/s)
  })

  it('CORE-01 the Local API and a transaction answer the same document as their own later read', async () => {
    const local = await w.payload.create({ collection: 'reception-records', data: { ...record('赵女士'), staff: w.staff['front-desk'].id } as never })
    expect(local).toEqual(await w.payload.findByID({ collection: 'reception-records', id: local.id }))

    const req = await createLocalReq({}, w.payload)
    expect(await initTransaction(req)).toBe(true)
    try {
      const inside = await w.payload.create({ collection: 'reception-records', req, data: { ...record('钱先生'), staff: w.staff['front-desk'].id } as never })
      expect(inside).toEqual(await w.payload.findByID({ collection: 'reception-records', id: inside.id, req }))
      // Not committed: invisible outside the transaction.
      await expect(w.payload.findByID({ collection: 'reception-records', id: inside.id })).rejects.toThrow()
    } finally {
      await killTransaction(req)
    }
  })

  it('CORE-01 a record with rows in other tables is read back whole (the routine and its items)', async () => {
    const items = [
      { from: '08:00', to: '08:30', title: '晨间巡查', kind: 'manual' },
      { from: '18:30', to: '19:00', title: '交班检查', kind: 'manual' },
    ]
    let created: Awaited<ReturnType<typeof w.desk.post>> | undefined
    const statements = await messagesOf(async () => (created = await w.desk.post('/api/routines?depth=0', { site: w.site, name: '前台日常', items })))
    expect(created!.status).toBe(201)
    const doc = created!.body.doc
    expect(doc.items.map((i: { title: string }) => i.title)).toEqual(['晨间巡查', '交班检查'])
    expect(doc).toEqual((await w.desk.get(`/api/routines/${doc.id}?depth=0`)).body)
    expect(statements.some((s) => /^select .* from "routines"/m.test(s))).toBe(true)
  })

  it('CORE-01 a create for another site is still refused and writes nothing', async () => {
    const before = await w.payload.count({ collection: 'reception-records', where: { visitorName: { equals: '孙先生' } } })
    const r = await w.desk.post('/api/reception-records', { ...record('孙先生'), site: w.otherSite })
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(r.status).toBeLessThan(500)
    expect((await w.payload.count({ collection: 'reception-records', where: { visitorName: { equals: '孙先生' } } })).totalDocs).toBe(before.totalDocs)
  })
})
