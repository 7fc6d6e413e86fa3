/**
 * CORE-04: an audit row never shows what its reader could not read in the record itself — through
 * REST (list and by id), GraphQL and the Local API as the admin panel calls it — and secrets never
 * reach the trail at all.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { issueKey } from '../../devices/security/keys'
import { REDACTED } from '../../hooks/audit'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

let payload: Payload
let site: { id: number }
let sender: Client
let recipient: Client
let bystander: Client
let admin: Client
let bystanderUser: Record<string, unknown>
let recipientId: number

const trailQuery = (collection: string, recordId?: number | string) =>
  `/api/audit-log?limit=200&depth=0&where[collection][equals]=${collection}` + (recordId ? `&where[recordId][equals]=${recordId}` : '')

/** Every audit row, as the server sees it (nothing masked). */
const wholeTrail = async () => JSON.stringify((await payload.find({ collection: 'audit-log', limit: 10_000, pagination: false, depth: 0 })).docs)

const gql = (client: Client, query: string) => client.post('/api/graphql', { query })

beforeAll(async () => {
  payload = w.payload
  site = { id: w.site }
  const [s, r, b, a] = await Promise.all([
    makeStaff(payload, { sites: [site.id], name: '发件人' }),
    makeStaff(payload, { sites: [site.id], name: '收件人' }),
    makeStaff(payload, { sites: [site.id], name: '旁人' }),
    makeStaff(payload, { sites: [site.id], roles: ['admin', 'staff'] }),
  ])
  recipientId = r.id as number
  bystanderUser = { ...b, collection: 'staff' }
  ;[sender, recipient, bystander, admin] = await Promise.all([s, r, b, a].map((p) => signIn(w.url, p.email as string)))
})

describe('CORE-04 an audit trail that leaks nothing', () => {
  const title = '私下:三楼护理员调岗的事'
  const body = '先别告诉别人,周五前定下来。'
  let messageId: number
  // The private message the tests below look for (sent once; they only read).
  beforeAll(async () => {
    const sent = await sender.post('/api/messages', { site: site.id, title, body, toStaff: [recipientId] })
    if (sent.status !== 201) throw new Error(JSON.stringify(sent.body))
    messageId = sent.body.doc.id
  })

  it('CORE-04 an audit row never shows a message between two other people (REST list and by id, GraphQL, admin panel)', async () => {
    expect(await wholeTrail()).toContain(title) // the trail keeps it, for those who may read it

    // The bystander cannot read the message itself …
    expect((await bystander.get(`/api/messages/${messageId}`)).status).toBe(404)
    // … so its rows show who, when and which fields, and nothing of what was said.
    const list = await bystander.get('/api/audit-log?limit=200&depth=0')
    expect(list.status).toBe(200)
    const rows = list.body.docs as { id: number; collection: string; recordId: string; actor: number; changes: Record<string, { from: unknown; to: unknown }> }[]
    const row = rows.find((r) => r.collection === 'messages' && r.recordId === String(messageId))!
    expect(row, 'the row itself stays visible').toBeTruthy()
    expect(row.changes.title).toEqual({ from: REDACTED, to: REDACTED })
    expect(row.changes.body).toEqual({ from: REDACTED, to: REDACTED })
    expect(JSON.stringify(list.body)).not.toContain(title)
    expect(JSON.stringify(list.body)).not.toContain(body)

    const byId = await bystander.get(`/api/audit-log/${row.id}?depth=0`)
    expect(byId.status).toBe(200)
    expect(JSON.stringify(byId.body)).not.toContain(title)
    expect(byId.body.changes.title.to).toBe(REDACTED)

    const viaGraphQL = await gql(bystander, '{ AuditLogs(limit: 200) { docs { id collection recordId changes note from to } } }')
    expect(viaGraphQL.body.errors, JSON.stringify(viaGraphQL.body.errors)).toBeUndefined()
    expect(viaGraphQL.body.data.AuditLogs.docs.some((d: { collection: string }) => d.collection === 'messages')).toBe(true)
    expect(JSON.stringify(viaGraphQL.body)).not.toContain(title)

    // The admin panel reads through the Local API with the person's access (overrideAccess: false).
    const panel = await payload.find({ collection: 'audit-log', overrideAccess: false, user: bystanderUser as never, limit: 200, depth: 0 })
    expect(panel.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(panel.docs)).not.toContain(title)
    const panelDoc = await payload.findByID({ collection: 'audit-log', id: row.id, overrideAccess: false, user: bystanderUser as never, depth: 0 })
    expect(JSON.stringify(panelDoc)).not.toContain(title)

    // Those who may read the message see its trail in full.
    for (const reader of [sender, recipient, admin]) {
      const theirs = await reader.get(trailQuery('messages', messageId))
      expect(JSON.stringify(theirs.body), 'a reader of the message sees its trail').toContain(title)
    }
  })

  it('CORE-04 the content of unreadable rows cannot be found by filtering or sorting on it', async () => {
    const probes = [
      `/api/audit-log?where[changes.title.to][equals]=${encodeURIComponent(title)}`,
      `/api/audit-log?where[changes.title.to][like]=${encodeURIComponent('三楼')}`,
      `/api/audit-log?where[changes][like]=${encodeURIComponent('三楼')}`,
      `/api/audit-log?where[changes.body.to][exists]=true`,
    ]
    for (const probe of probes) {
      const res = await bystander.get(probe)
      const found = res.status === 200 ? (res.body.docs as { collection: string }[]).filter((d) => d.collection === 'messages').length : 0
      expect(found, probe).toBe(0)
    }
    for (const sort of ['changes', '-changes', 'note', 'from']) {
      const res = await bystander.get(`/api/audit-log?sort=${sort}`)
      expect(res.status, `sort=${sort}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `sort=${sort}`).toBeLessThan(500)
    }
    const gq = await gql(bystander, `{ AuditLogs(where: { changes: { like: "三楼" } }) { docs { id } } }`)
    expect(gq.body.data?.AuditLogs?.docs ?? []).toHaveLength(0)
    // Administrators, who may read every message, may search.
    const adminSearch = await admin.get('/api/audit-log?where[changes.body.to][exists]=true&where[collection][equals]=messages')
    expect(adminSearch.status).toBe(200)
    expect(adminSearch.body.docs.length).toBeGreaterThan(0)
  })

  it('CORE-04 device secrets never reach the audit trail: the AMI secret, the key and its ciphertexts', async () => {
    const created = await admin.post('/api/devices', {
      site: site.id,
      name: '前台电话',
      kind: 'phone',
      driver: 'ami',
      connection: { address: '10.0.0.5:5038', amiUser: 'desk', amiSecret: 'ami-first-S3cret', extension: '8001' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    expect((await admin.patch(`/api/devices/${id}`, { connection: { address: '10.0.0.6:5038', amiUser: 'desk', amiSecret: 'ami-second-S3cret', extension: '8001' } })).status).toBe(200)

    const ciphers: string[] = []
    const secrets: string[] = []
    for (let i = 0; i < 2; i++) {
      const { secret } = await issueKey(payload, id)
      secrets.push(secret)
      const stored = (await payload.findByID({ collection: 'devices', id, showHiddenFields: true, depth: 0 })) as unknown as { keyCipher: string }
      ciphers.push(stored.keyCipher)
    }
    expect((await admin.delete(`/api/devices/${id}`)).status).toBe(200)

    const trail = await wholeTrail()
    for (const leaked of ['ami-first-S3cret', 'ami-second-S3cret', ...secrets, ...ciphers]) expect(trail).not.toContain(leaked)

    // The rows still say what changed.
    const rows = (await admin.get(trailQuery('devices', id))).body.docs as { action: string; changes: Record<string, any> }[]
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'update', 'delete']))
    const update = rows.find((r) => r.action === 'update' && r.changes.connection)!
    expect(update.changes.connection.from.amiSecret).toBe(REDACTED)
    expect(update.changes.connection.to.amiSecret).toBe(REDACTED)
    expect(update.changes.connection.to.address).toBe('10.0.0.6:5038')
    const rotation = rows.find((r) => r.action === 'update' && r.changes.keyId)!
    expect(rotation.changes.keyCipher).toEqual({ from: REDACTED, to: REDACTED })
    const deletion = rows.find((r) => r.action === 'delete')!
    expect(deletion.changes.before.connection.amiSecret).toBe(REDACTED)
  })

  it('CORE-04 a field hidden from the reader in the record is hidden in the row, old rows included', async () => {
    const device = await payload.create({
      collection: 'devices',
      data: { site: site.id, name: '大门电话', kind: 'phone', driver: 'simulator', connection: { address: '10.0.0.7:5038' } } as never,
    })
    // A row written before secrets were redacted (or by a careless caller straight to the database).
    await payload.db.create({
      collection: 'audit-log',
      data: {
        collection: 'devices', recordId: String(device.id), site: site.id, action: 'update', channel: 'admin',
        changes: { connection: { from: { address: '10.0.0.7:5038', amiSecret: 'legacy-old-secret' }, to: { address: '10.0.0.8:5038', amiSecret: 'legacy-new-secret' } } },
      },
    })
    // Staff may read the device, but not its AMI secret (field access: administrators only) …
    const record = await bystander.get(`/api/devices/${device.id}`)
    expect(record.status).toBe(200)
    expect(record.body.connection.amiSecret).toBeUndefined()
    // … so the row shows the address change and hides the secret.
    // (The device's own create row is in the trail too, possibly in the same millisecond: the legacy row is the update.)
    const legacyRow = (docs: { action: string; changes: any }[]) => docs.find((r) => r.action === 'update')!
    const row = legacyRow((await bystander.get(trailQuery('devices', device.id as number))).body.docs)
    expect(row.changes.connection.to.address).toBe('10.0.0.8:5038')
    expect(row.changes.connection.from.amiSecret).toBe(REDACTED)
    expect(row.changes.connection.to.amiSecret).toBe(REDACTED)
    const gq = await gql(bystander, `{ AuditLogs(where: { collection: { equals: "devices" }, recordId: { equals: "${device.id}" } }) { docs { changes } } }`)
    expect(JSON.stringify(gq.body)).toContain('10.0.0.8:5038')
    expect(JSON.stringify(gq.body)).not.toContain('legacy-')
    // An administrator may read the field in the record, and so in the row.
    const adminRow = legacyRow((await admin.get(trailQuery('devices', device.id as number))).body.docs)
    expect(adminRow.changes.connection.to.amiSecret).toBe('legacy-new-secret')
  })

  it('CORE-04 the trail of a deleted record stays readable to those who could read it, and only to them', async () => {
    const created = await sender.post('/api/reception-records', { type: 'phone', visitorName: '王阿姨', site: site.id })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await sender.delete(`/api/reception-records/${id}`)).status).toBe(200)
    const rows = (await bystander.get(trailQuery('reception-records', id))).body.docs as { action: string; changes: any }[]
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'delete'])
    expect(rows.find((r) => r.action === 'delete')!.changes.before.visitorName).toBe('王阿姨')
    expect(rows.find((r) => r.action === 'create')!.changes.visitorName.to).toBe('王阿姨')

    // A deleted message-like record the reader could not read stays masked: a work message is never
    // deleted, so take one of another site's records, as if the reader's sites had changed since.
    const other = (await makeSite(payload)) as { id: number }
    const elsewhere = await payload.create({ collection: 'reception-records', data: { type: 'phone', visitorName: '外院来电', site: other.id } as never })
    await payload.delete({ collection: 'reception-records', id: elsewhere.id })
    await payload.db.updateMany({ collection: 'audit-log', where: { recordId: { equals: String(elsewhere.id) } }, data: { site: site.id } })
    const moved = (await bystander.get(trailQuery('reception-records', elsewhere.id as number))).body.docs
    expect(moved.length).toBe(2)
    expect(JSON.stringify(moved)).not.toContain('外院来电')
  })

  it('CORE-04 masking a page of rows costs one query per collection, not one per row', async () => {
    for (let i = 0; i < 30; i++) await sender.post('/api/messages', { site: site.id, title: `批量消息 ${i}`, toStaff: [recipientId] })
    const find = vi.spyOn(payload.db, 'find')
    try {
      const page = await bystander.get('/api/audit-log?limit=100&depth=0')
      expect(page.body.docs.length).toBeGreaterThanOrEqual(60)
      expect(JSON.stringify(page.body)).not.toContain('批量消息')
      const collections = new Set(page.body.docs.map((d: { collection: string }) => d.collection)).size
      // The page itself, then per collection one read of the records (and one of deletions when some are missing).
      expect(find.mock.calls.length).toBeLessThanOrEqual(1 + 2 * collections)
    } finally {
      find.mockRestore()
    }
  })
})
