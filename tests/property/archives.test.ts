/**
 * PROP-01 / PROP-03 / PROP-06 owner archives: the checklist, and the secret — no door reads an archive's
 * contents without a registered, unexpired reading grant approved by the 管理處主任; every opening registered.
 */
import { describe, expect, it, beforeAll } from 'vitest'
import { useWorld } from '../helpers/world'
import { makeEstate, makeOwner } from './estate-fixture'
import { SiteCalendar, localDay } from '../../src/lib/calendar'
import { sweepDeadline } from '../../hooks/deadlines'
import { idOf } from '../../src/lib/hooks'

const w = useWorld({ sites: [{ type: 'property' }] })
const SECRET = '业主曾申请贷款抵押(机密)'
let archive: number
let units: number[]
let owner: number

const openedRows = async (id: number, actor?: number) =>
  (
    await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'owner-files' } }, { recordId: { equals: String(id) } }, { action: { equals: 'read' } }, ...(actor ? [{ actor: { equals: actor } }] : [])] },
      overrideAccess: true,
      limit: 100,
    })
  ).docs as unknown as { actor: number; note: string; createdAt: string }[]

/** A grant for `who`, approved by the director and registered by the archive keeper (or stopped earlier). */
async function grant(who: 'cs-assistant' | 'front-desk', until: 'requested' | 'approved' | 'registered' = 'registered') {
  const reader = await w.as(who)
  const asked = await reader.post('/api/archive-grants', { site: w.site, archive, reason: '业主委托办理过户,需核对授权书', workingDays: 1 })
  expect(asked.status).toBe(201)
  const id = asked.body.doc.id as number
  if (until === 'requested') return id
  const director = await w.as('office-director')
  const decided = await director.post(`/api/archive-grants/${id}/decide`, { decision: 'approved', comment: '同意查阅' })
  expect(decided.status).toBe(200)
  if (until === 'approved') return id
  const keeper = await w.as('archive-keeper')
  const registered = await keeper.post(`/api/archive-grants/${id}/transition`, { to: 'registered' })
  expect(registered.status).toBe(200)
  return id
}

beforeAll(async () => {
  ;({ units } = await makeEstate(w.payload, w.site))
  owner = await makeOwner(w.payload, w.site, units[0]!)
  const keeper = await w.as('archive-keeper')
  const res = await keeper.post('/api/owner-files', {
    site: w.site,
    unit: units[0],
    owner,
    items: [
      { document: 'sign-off', present: true, note: '已签收' },
      { document: 'fire-safety', present: true },
      { document: 'id-copies', present: true, note: SECRET },
    ],
    notes: `${SECRET}。${'档案备注'.repeat(200)}`,
  })
  expect(res.status).toBe(201)
  archive = res.body.doc.id
})

describe('owner archives', () => {
  it('PROP-01 a new archive of a unit starts with the whole checklist, each item present or missing; one archive per unit; kept forever', async () => {
    const stored = (await w.payload.findByID({ collection: 'owner-files', id: archive, overrideAccess: true })) as unknown as { items: { document: string; present: boolean }[]; present: number; missing: number; title: string }
    expect(stored.items.length).toBe(17)
    expect(stored.present).toBe(3)
    expect(stored.missing).toBe(14)
    expect(stored.title).toContain('1-1-301')
    const keeper = await w.as('archive-keeper')
    const second = await keeper.post('/api/owner-files', { site: w.site, unit: units[0] })
    expect(second.status).toBeGreaterThanOrEqual(400)
    expect(second.status).toBeLessThan(500)
    expect((await keeper.delete(`/api/owner-files/${archive}`)).status).toBe(403)
  })

  it('PROP-03 without a grant nobody reads the contents: REST findByID and find (staff and admin), list columns, search and sort', async () => {
    for (const who of ['archive-keeper', 'office-director', 'cs-assistant', 'admin'] as const) {
      const client = await w.as(who)
      const one = await client.get(`/api/owner-files/${archive}`)
      if (who === 'admin') expect([200, 404]).toContain(one.status)
      else expect(one.status).toBe(200)
      expect(JSON.stringify(one.body)).not.toContain(SECRET)
      if (one.status === 200) {
        expect(one.body.items ?? []).toEqual([])
        expect(one.body.notes).toBeUndefined()
        expect(one.body.owner).toBeUndefined()
        expect(one.body.unit).toBeDefined() // what identifies it stays open
      }
      const list = await client.get(`/api/owner-files?depth=2&where[site][equals]=${w.site}`)
      expect(JSON.stringify(list.body)).not.toContain(SECRET)
      expect(JSON.stringify(list.body)).not.toContain('sign-off')
    }
    const desk = w.desk
    const search = await desk.get(`/api/owner-files?where[notes][like]=${encodeURIComponent('贷款')}`)
    expect(search.status).toBe(403)
    const byItem = await desk.get(`/api/owner-files?where[items.note][like]=x`)
    expect(byItem.status).toBe(403)
    expect((await desk.get('/api/owner-files?sort=notes')).status).toBe(403)
    expect((await desk.get('/api/owner-files?sort=-items.note')).status).toBe(403)
  })

  it('PROP-03 without a grant: GraphQL, export, print, relationship population and the audit trail show nothing of it', async () => {
    const desk = w.desk
    const gql = await desk.post('/api/graphql', { query: `{ OwnerFile(id: ${archive}) { id title notes owner { id } items { document present note } } OwnerFiles { docs { id notes items { note } } } }` })
    expect(JSON.stringify(gql.body)).not.toContain(SECRET)
    expect(JSON.stringify(gql.body)).not.toContain('sign-off')
    expect(gql.body.data?.OwnerFile?.title ?? '1-1-301').toContain('1-1-301')
    const csv = await fetch(`${w.url}/api/owner-files/export?format=csv`, { headers: { authorization: `JWT ${desk.token}` } })
    expect(csv.status).toBe(200)
    const text = await csv.text()
    expect(text).toContain('1-1-301')
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain('已签收')
    // Another form pointing at the archive (its grants), populated two levels deep.
    const asked = await grant('front-desk', 'requested')
    const populated = await desk.get(`/api/archive-grants/${asked}?depth=3`)
    expect(populated.status).toBe(200)
    expect(typeof populated.body.archive).toBe('object')
    expect(JSON.stringify(populated.body)).not.toContain(SECRET)
    expect(populated.body.archive.items ?? []).toEqual([])
    // The trail: the values never reached it, and no reader sees them.
    const raw = await w.payload.find({ collection: 'audit-log', where: { collection: { equals: 'owner-files' } }, overrideAccess: true, limit: 100 })
    expect(JSON.stringify(raw.docs)).not.toContain(SECRET)
    expect(JSON.stringify(raw.docs)).not.toContain('已签收')
    for (const who of ['archive-keeper', 'admin'] as const) {
      const trail = await (await w.as(who)).get(`/api/audit-log?where[collection][equals]=owner-files&limit=100`)
      expect(JSON.stringify(trail.body)).not.toContain(SECRET)
    }
    // Print: the PDF is read with the person's access; without a grant the contents are not on it.
    const blank = await fetch(`${w.url}/api/owner-files/${archive}/print`, { headers: { authorization: `JWT ${desk.token}` } })
    expect(blank.status).toBe(200)
    const withoutGrant = (await blank.arrayBuffer()).byteLength
    expect(await openedRows(archive)).toEqual([])
    // The same print by a grant holder carries the 800 characters of notes (and is registered).
    await grant('cs-assistant')
    const assistant = await w.as('cs-assistant')
    const full = await fetch(`${w.url}/api/owner-files/${archive}/print`, { headers: { authorization: `JWT ${assistant.token}` } })
    expect(full.status).toBe(200)
    expect((await full.arrayBuffer()).byteLength).toBeGreaterThan(withoutGrant + 1000)
    const rows = await openedRows(archive, w.staff['cs-assistant'].id)
    expect(rows.some((r) => r.note.startsWith('print'))).toBe(true)
  })

  it('PROP-03 the scans are files nobody lists or downloads without a grant for their archive', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex')
    const scan = await w.payload.create({ collection: 'archive-scans', data: { archive, title: '身份证复印件', site: w.site }, file: { data: png, mimetype: 'image/png', name: 'id-copy.png', size: png.length } })
    const desk = w.desk
    expect((await desk.get(`/api/archive-scans/${scan.id}`)).status).toBe(404)
    expect((await desk.get(`/api/archive-scans`)).body.docs).toEqual([])
    const file = await fetch(`${w.url}/api/archive-scans/file/${(scan as { filename?: string }).filename}`, { headers: { authorization: `JWT ${desk.token}` } })
    expect([403, 404]).toContain(file.status)
    const admin = await w.as('admin')
    expect((await admin.get(`/api/archive-scans/${scan.id}`)).status).toBe(404)
    // A registered grant makes the scan and its file the reader's to read.
    await grant('cs-assistant')
    const assistant = await w.as('cs-assistant')
    expect((await assistant.get(`/api/archive-scans/${scan.id}`)).status).toBe(200)
    const own = await fetch(`${w.url}/api/archive-scans/file/${(scan as { filename?: string }).filename}`, { headers: { authorization: `JWT ${assistant.token}` } })
    expect(own.status).toBe(200)
  })

  it('PROP-03 a grant is asked (who, why), approved by the 管理處主任, registered by the 檔案管理員, valid one working day; each opening is registered', async () => {
    const id = await grant('front-desk', 'requested')
    const keeper = await w.as('archive-keeper')
    // Not before the director's approval, and only by the archive keeper.
    expect((await keeper.post(`/api/archive-grants/${id}/transition`, { to: 'registered' })).status).toBe(409)
    const director = await w.as('office-director')
    expect((await director.post(`/api/archive-grants/${id}/decide`, { decision: 'approved' })).status).toBe(200)
    expect((await w.desk.post(`/api/archive-grants/${id}/transition`, { to: 'registered' })).status).toBe(403)
    const before = await w.desk.get(`/api/owner-files/${archive}`)
    expect(before.body.notes).toBeUndefined()
    const at = new Date()
    const registered = await keeper.post(`/api/archive-grants/${id}/transition`, { to: 'registered' })
    expect(registered.status).toBe(200)
    const doc = (await w.payload.findByID({ collection: 'archive-grants', id, depth: 0, overrideAccess: true })) as unknown as Record<string, string | number>
    expect(idOf(doc.reader)).toBe(w.staff['front-desk'].id)
    expect(idOf(doc.registeredBy)).toBe(w.staff['archive-keeper'].id)
    const calendar = await SiteCalendar.of(w.payload, w.site)
    const nextWorkingDay = await calendar.addWorkingDays(localDay(at, calendar.timeZone), 1)
    expect(localDay(new Date(String(doc.validUntil)), calendar.timeZone)).toBe(nextWorkingDay)
    expect(Math.abs(new Date(String(doc.validUntil)).getTime() - new Date(String(doc.validFrom)).getTime())).toBeGreaterThanOrEqual(23 * 3600_000)
    // The reader reads: REST, GraphQL; every opening is a row (who, when, which door, what, which grant).
    const one = await w.desk.get(`/api/owner-files/${archive}`)
    expect(one.body.notes).toContain(SECRET)
    expect(one.body.items.length).toBe(17)
    const gql = await w.desk.post('/api/graphql', { query: `{ OwnerFile(id: ${archive}) { notes } }` })
    expect(gql.body.data.OwnerFile.notes).toContain(SECRET)
    const rows = await openedRows(archive, w.staff['front-desk'].id)
    expect(rows.map((r) => r.note.split(';')[0])).toEqual(expect.arrayContaining(['record', 'graphql']))
    expect(rows.every((r) => r.note.includes(`grant ${id}`) && r.note.includes('notes'))).toBe(true)
    // The grant is the reader's own: the archive keeper who registered it still reads nothing.
    expect((await keeper.get(`/api/owner-files/${archive}`)).body.notes).toBeUndefined()
    // The trail of the openings is visible to the archive's readers (who and when), never the contents.
    const trail = await keeper.get(`/api/audit-log?where[collection][equals]=owner-files&where[action][equals]=read&limit=100`)
    expect(trail.body.docs.length).toBeGreaterThanOrEqual(2)
  })

  it('PROP-03 an expired grant is refused: the contents are gone the moment it passes, and the sweep closes it', async () => {
    const id = await grant('front-desk')
    expect((await w.desk.get(`/api/owner-files/${archive}`)).body.notes).toContain(SECRET)
    // Every grant of the desk person passes its end (one working day later).
    const mine = await w.payload.find({ collection: 'archive-grants', where: { reader: { equals: w.staff['front-desk'].id } }, overrideAccess: true, limit: 100 })
    for (const g of mine.docs) await w.payload.update({ collection: 'archive-grants', id: g.id, data: { validUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const after = await w.desk.get(`/api/owner-files/${archive}`)
    expect(after.status).toBe(200)
    expect(after.body.notes).toBeUndefined()
    expect(JSON.stringify(after.body)).not.toContain(SECRET)
    const gql = await w.desk.post('/api/graphql', { query: `{ OwnerFile(id: ${archive}) { notes } }` })
    expect(JSON.stringify(gql.body)).not.toContain(SECRET)
    // Writing the contents needs a valid grant too.
    expect((await w.desk.patch(`/api/owner-files/${archive}`, { notes: '改写' })).status).toBe(403)
    expect(await sweepDeadline(w.payload, 'archive-grants', 'expiry')).toBeGreaterThanOrEqual(1)
    expect(((await w.payload.findByID({ collection: 'archive-grants', id, overrideAccess: true })) as { status?: string }).status).toBe('expired')
  })
})
