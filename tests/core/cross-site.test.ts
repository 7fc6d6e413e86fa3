/**
 * CORE-01: another site's record answers exactly like a record that does not exist, on every door.
 *
 * Generated from the config, so that a new form, field or endpoint is walked without a line here:
 * - every collection that belongs to a site (a `site` field, or a relation to something that does)
 *   gets a record at the person's site A and one at another site B, written straight to the database
 *   (no hook decides what exists), with "SECRET-B" in every text of site B;
 * - a staff member of site A holding every position then sends, for each of site B's ids and for an
 *   id that does not exist, the same request: REST by id (GET/PATCH/DELETE), list and count and bulk
 *   update/delete with `where[id]`, GraphQL by id (read, update, delete) and list, every endpoint of the
 *   collection with an id in its path (print, the approval chain's decide/withdraw/resubmit in every
 *   state, withdraw of a message, duplicate, access …), the export, creating and changing records whose
 *   relationship fields point at site B's records, and the device routes (read from the routers);
 * - each pair must agree byte for byte (status, content type, redirect, body) once the id is masked,
 *   never be a 5xx, and no answer may contain "SECRET-B".
 */
import { randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import configPromise from '../../payload.config'
import { bootPayload, drizzleOf, startHttp, type Booted, type Http } from '../helpers/boot'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'

type Any = Record<string, any>
type Side = 'A' | 'B'
type Answer = { status: number; type: string; location: string; body: string }

const MARK = 'SECRET-B'
/** Far above every sequence: no record has this id. */
const NONE = 9_123_457
/** Site B's records get ids from here on, so that a masked id is never part of anything else. */
const B_IDS_FROM = 5_000_000

const config = await configPromise
const collections = config.collections as unknown as Any[]
const collectionOf = (slug: string) => collections.find((c) => c.slug === slug)!

// ——— The schema, read generically ———

/** Fields that hold data, looking through rows, collapsibles and unnamed tabs. */
const named = (fields: Any[]): Any[] =>
  fields.flatMap((f) =>
    f.type === 'row' || f.type === 'collapsible'
      ? named(f.fields)
      : f.type === 'tabs'
        ? f.tabs.flatMap((t: Any) => (t.name ? [{ ...t, type: 'group' }] : named(t.fields)))
        : 'name' in f
          ? [f]
          : [],
  )

const targetsOf = (f: Any): string[] => (Array.isArray(f.relationTo) ? f.relationTo : [f.relationTo])
const isRelation = (f: Any) => f.type === 'relationship' || f.type === 'upload'

/** Every relationship field with its path: top level, inside groups, inside array rows. */
type RelationPath = { path: { name: string; array: boolean }[]; field: Any }
const relationPaths = (fields: Any[], prefix: RelationPath['path'] = []): RelationPath[] =>
  named(fields).flatMap((f) => {
    if (isRelation(f)) return [{ path: [...prefix, { name: f.name, array: false }], field: f }]
    if (f.type === 'group') return relationPaths(f.fields, [...prefix, { name: f.name, array: false }])
    if (f.type === 'array') return relationPaths(f.fields, [...prefix, { name: f.name, array: true }])
    return []
  })

const hasSiteField = (c: Any) => named(c.fields).some((f) => f.name === 'site' && isRelation(f) && targetsOf(f).includes('sites'))

/** Collections whose records belong to a site: a site field, or a relation to something that does. */
const siteBound = new Set<string>(['sites', 'staff', ...collections.filter(hasSiteField).map((c) => c.slug)])
for (let grew = true; grew; ) {
  grew = false
  for (const c of collections) {
    if (siteBound.has(c.slug)) continue
    if (relationPaths(c.fields).some((r) => targetsOf(r.field).some((t) => siteBound.has(t)))) {
      siteBound.add(c.slug)
      grew = true
    }
  }
}
const boundCollections = collections.filter((c) => siteBound.has(c.slug))
// The position of each step (a department's step `{ position, of }` signs as its position).
const approvalChain = (c: Any): string[] | undefined => c.custom?.form?.approval?.chain?.map((step: Any) => (typeof step === 'string' ? step : step.position))

// ——— The world ———

let booted: Booted
let payload: Payload
let http: Http
let alice: Client
let aliceDoc: Any
let bobB: Any
let admin: Client
let routers: [string, any][] = []
const site: Record<Side, number> = { A: 0, B: 0 }
/** The generic record of each collection at each site; site B also has variants (approval states …). */
const fixture: Record<Side, Map<string, number>> = { A: new Map(), B: new Map() }
const variants = new Map<string, { id: number; label: string }[]>()
/** Fixtures of collections that belong to no site (positions …), usable as relation targets by both. */
const globalFixture = new Map<string, number>()
let comparisons = 0
const baselines: string[] = []
const graphQLNames = new Map<string, { one: string; many: string }>()

let counter = 0
const hex = () => randomBytes(12).toString('hex')
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

const validatorReq = () => ({ payload, t: (k: string) => k, i18n: { language: 'en', t: (k: string) => k }, user: null, context: {}, payloadAPI: 'local' })

/** Whether the field's own validation takes the value (so the generated records look like real ones). */
async function accepts(f: Any, value: unknown, data: Any): Promise<boolean> {
  if (typeof f.validate !== 'function') return true
  try {
    const result = await f.validate(value, {
      ...f,
      req: validatorReq(),
      data,
      siblingData: data,
      operation: 'create',
      event: 'submit',
      path: [f.name],
      collectionSlug: '',
      preferences: { fields: {} },
      overrideAccess: true,
    })
    return result === true
  } catch {
    return false
  }
}

type Fill = { side: Side; all: boolean }

async function relationValue(f: Any, side: Side): Promise<unknown> {
  for (const target of targetsOf(f)) {
    const id = fixture[side].get(target) ?? globalFixture.get(target)
    if (id == null) continue
    const one = Array.isArray(f.relationTo) ? { relationTo: target, value: id } : id
    return f.hasMany ? [one] : one
  }
  return undefined
}

async function valueOf(f: Any, fill: Fill, data: Any): Promise<unknown> {
  const n = ++counter
  const tag = fill.side === 'B' ? MARK : 'A'
  const firstAccepted = async (candidates: unknown[]) => {
    for (const c of candidates) {
      const v = f.hasMany ? [c] : c
      if (await accepts(f, v, data)) return v
    }
    return undefined
  }
  const now = Date.now()
  switch (f.type) {
    case 'text':
    case 'textarea':
    case 'code':
    {
      // A field with a format of its own (a quarter '2026-Q4') takes its own default when nothing else passes.
      const own = typeof f.defaultValue === 'function' ? await f.defaultValue({}) : f.defaultValue
      return firstAccepted([`${tag} ${f.name} ${n}`, `${tag}${n}`, String(13_800_000_000 + n), isoDay(new Date(now)), '08:30', '12:00', ...(typeof own === 'string' ? [own] : [])])
    }
    case 'email':
      return `${fill.side.toLowerCase()}-${n}@cross-site.test`
    case 'number': {
      const min = typeof f.min === 'number' ? f.min : 0
      const max = typeof f.max === 'number' ? f.max : 1_000_000
      return firstAccepted([Math.min(Math.max(min, 1), max), min, max])
    }
    case 'select':
    case 'radio': {
      const option = f.options[0]
      const v = typeof option === 'string' ? option : option.value
      return f.hasMany ? [v] : v
    }
    case 'checkbox':
      return typeof f.defaultValue === 'boolean' ? f.defaultValue : false
    case 'date': {
      const dayOnly = f.admin?.date?.pickerAppearance === 'dayOnly'
      const hourAgo = new Date(now - 3_600_000)
      const candidates = dayOnly ? [isoDay(hourAgo), isoDay(new Date(now + 86_400_000))] : [hourAgo.toISOString(), new Date(now + 86_400_000).toISOString()]
      return firstAccepted(candidates)
    }
    case 'relationship':
    case 'upload':
      return relationValue(f, fill.side)
    case 'group': {
      const value = await objectOf(f.fields, fill)
      return Object.keys(value).length ? value : undefined
    }
    case 'array': {
      const rows = Math.max(f.minRows ?? 0, f.required || fill.all ? 1 : 0)
      if (!rows) return undefined
      const list = []
      for (let i = 0; i < rows; i++) list.push({ ...(await objectOf(f.fields, fill)), ...(fill.all ? { id: hex() } : {}) })
      return list
    }
    case 'json':
      return {}
    case 'point':
      return [0, 0]
    default:
      return undefined
  }
}

/** A record's data: every field (fixtures) or what a client must send (request bodies). */
async function objectOf(fields: Any[], fill: Fill): Promise<Any> {
  const data: Any = {}
  for (const f of named(fields)) {
    if (['id', 'createdAt', 'updatedAt', 'site'].includes(f.name) || f.virtual || f.type === 'ui' || f.type === 'join') continue
    if (f.hidden && !f.required) continue
    if (!fill.all && !f.required && f.type !== 'group') continue
    if (!fill.all && (f.custom?.serverOwned || f.access?.create)) continue
    const value = await valueOf(f, fill, data)
    if (value !== undefined) data[f.name] = value
  }
  return data
}

/** Required relationship targets first; a record is written only after what it needs. */
function creationOrder(list: Any[]): Any[] {
  const done = new Set<string>(['sites', 'staff'])
  const order: Any[] = []
  const pending = list.filter((c) => !done.has(c.slug))
  while (pending.length) {
    const i = pending.findIndex((c) =>
      relationPaths(c.fields).every((r) => !r.field.required || targetsOf(r.field).some((t) => t === c.slug || done.has(t) || !siteBound.has(t) || !pending.some((p) => p.slug === t))),
    )
    if (i < 0) throw new Error(`required relations form a cycle: ${pending.map((c) => c.slug).join(', ')}`)
    const [c] = pending.splice(i, 1)
    done.add(c.slug)
    order.push(c)
  }
  return order
}

async function writeFixture(slug: string, side: Side, extra: Any = {}): Promise<number> {
  const c = collectionOf(slug)
  const data = { ...(await objectOf(c.fields, { side, all: true })), ...(hasSiteField(c) ? { site: site[side] } : {}), ...extra }
  try {
    const doc = (await payload.db.create({ collection: slug as never, data, req: undefined as never })) as Any
    return doc.id as number
  } catch (error) {
    throw new Error(`cannot write a ${slug} record of site ${side}: ${(error as Error).message}\n${JSON.stringify(data)}`)
  }
}

async function bumpSequences(to: number) {
  await drizzleOf(payload).execute(
    sql.raw(`SELECT setval(quote_ident(n.nspname) || '.' || quote_ident(c.relname), ${to}) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = 'public'`),
  )
}

// ——— Requests and the comparison ———

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, token = alice.token): Promise<Answer> {
  const res = await fetch(`${http.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { authorization: `JWT ${token}`, ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, type: res.headers.get('content-type') ?? '', location: res.headers.get('location') ?? '', body: await res.text() }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/**
 * The answer with the id masked; and, for a write that both requests made, what differs between any
 * two writes (the new record's id, the clock).
 */
const mask = (answer: Answer, value: string | number): Answer => {
  const pattern = new RegExp(`(?<![0-9A-Za-z])${escape(String(value))}(?![0-9A-Za-z])`, 'g')
  let created: string | undefined
  if (answer.status === 201) {
    try {
      created = String(JSON.parse(answer.body)?.doc?.id ?? '')
    } catch {}
  }
  const m = (s: string) => {
    let out = s.replace(pattern, '<id>').replace(new RegExp(escape(encodeURIComponent(String(value))), 'g'), '<id>')
    if (answer.status < 300) out = out.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    if (created) out = out.replace(new RegExp(`"id":${escape(created)}(?![0-9])`, 'g'), '"id":<new>')
    return out
  }
  return { status: answer.status, type: answer.type, location: m(answer.location), body: m(answer.body) }
}

const show = (a: Answer) => `${a.status} ${a.type} ${a.location} ${a.body.slice(0, 600)}`

/**
 * Send the request once for an id that does not exist and once for each of site B's values: the
 * answers must be the same once the id is masked, no 5xx, nothing of site B in them.
 */
async function compare(label: string, request: (value: any) => Promise<Answer>, others: { value: any; label?: string }[], missing: any = NONE) {
  const expected = mask(await request(missing), missing)
  expect.soft(expected.status, `${label} (missing id) is a server error: ${show(expected)}`).toBeLessThan(500)
  expect.soft(expected.body, `${label} (missing id) shows site B`).not.toContain(MARK)
  for (const other of others) {
    const got = mask(await request(other.value), other.value)
    comparisons++
    expect.soft(got, `${label} — another site's ${other.label ?? 'record'} answers differently from a missing one:\n  another site: ${show(got)}\n  missing:      ${show(expected)}`).toEqual(expected)
    expect.soft(got.status, `${label} (another site) is a server error`).toBeLessThan(500)
    expect.soft(got.body, `${label} (another site) shows site B`).not.toContain(MARK)
  }
}

const othersOf = (slug: string) => (variants.get(slug) ?? []).map((v) => ({ value: v.id, label: v.label }))

const graphql = (query: string) => call('POST', '/api/graphql', { query })

// ——— Set-up ———

beforeAll(async () => {
  process.env.DEVICES_AUTOSTART = 'false'
  process.env.DEVICE_COMMAND_RATE_LIMIT = '100000'
  booted = await bootPayload()
  payload = booted.payload
  const { moduleRoutes } = await import('../../src/http/routes')
  routers = moduleRoutes(payload)
  http = await startHttp(payload, { routes: routers })

  // Site A: the person walking ids, holding every position there, and a record of every kind.
  site.A = (await makeSite(payload, '甲院')).id as number
  aliceDoc = await makeStaff(payload, { sites: [site.A], positions: [...booted.positions.values()], language: 'en', name: 'Alice at A' })
  alice = await signIn(http.url, aliceDoc.email as string)
  const root = await makeStaff(payload, { sites: [], roles: ['admin', 'staff'] })
  admin = await signIn(http.url, root.email as string)
  fixture.A.set('sites', site.A)
  fixture.A.set('staff', aliceDoc.id as number)
  globalFixture.set('positions', [...booted.positions.values()][0])
  const order = creationOrder(boundCollections)
  for (const c of collections.filter((c) => !siteBound.has(c.slug) && c.slug !== 'positions' && !c.slug.startsWith('payload-'))) {
    globalFixture.set(c.slug, await writeFixture(c.slug, 'A'))
  }
  // Site A's forms of an approval chain are back with their author (withdrawn), so that changing them is allowed.
  for (const c of order) fixture.A.set(c.slug, await writeFixture(c.slug, 'A', approvalChain(c) ? { approvalStatus: 'withdrawn', approvalPosition: null, submittedBy: aliceDoc.id } : {}))

  // Site B: everything again, with ids of its own and "SECRET-B" in every text.
  await bumpSequences(B_IDS_FROM)
  site.B = (await makeSite(payload, `乙院 ${MARK}`)).id as number
  bobB = await makeStaff(payload, { sites: [site.B], positions: [...booted.positions.values()], name: `${MARK} 乙院审批人` })
  fixture.B.set('sites', site.B)
  fixture.B.set('staff', bobB.id as number)
  variants.set('sites', [{ id: site.B, label: 'site' }])
  variants.set('staff', [{ id: bobB.id as number, label: 'staff member' }])
  for (const c of order) {
    const chain = approvalChain(c)
    const extra = chain ? { approvalStatus: 'pending', approvalStep: 0, approvalRound: 1, approvalVersion: 1, approvalPosition: chain[0], submittedBy: aliceDoc.id } : {}
    const id = await writeFixture(c.slug, 'B', extra)
    fixture.B.set(c.slug, id)
    variants.set(c.slug, [{ id, label: chain ? 'pending form (submitted by the person walking)' : 'record' }])
  }
  // The approval chain in every state, one of them decided by a named approver of site B.
  for (const c of order.filter((c) => approvalChain(c))) {
    const chain = approvalChain(c)!
    const list = variants.get(c.slug)!
    const base = { approvalRound: 1, approvalVersion: 1, submittedBy: aliceDoc.id }
    const approved = await writeFixture(c.slug, 'B', { ...base, approvalStatus: 'approved', approvalStep: chain.length - 1, approvalPosition: null })
    const positionId = (await payload.find({ collection: 'positions', where: { slug: { equals: chain[0] } }, limit: 1, depth: 0 })).docs[0].id
    for (let step = 0; step < chain.length; step++) {
      await payload.db.create({
        collection: 'approvals',
        data: { form: c.slug, recordId: String(approved), formTitle: `${MARK} title`, round: 1, step, version: 1, position: positionId, signer: bobB.id, decision: 'approved', channel: 'admin', site: site.B },
        req: undefined as never,
      })
    }
    list.push({ id: approved, label: 'approved form (signed by a named approver of site B)' })
    list.push({ id: await writeFixture(c.slug, 'B', { ...base, approvalStatus: 'rejected', approvalStep: 0, approvalPosition: null, returnReason: `${MARK} reason` }), label: 'rejected form' })
    list.push({ id: await writeFixture(c.slug, 'B', { ...base, approvalStatus: 'withdrawn', approvalStep: 0, approvalPosition: null }), label: 'withdrawn form' })
    list.push({ id: await writeFixture(c.slug, 'B', { ...base, approvalStatus: 'pending', approvalStep: 0, approvalPosition: chain[0], submittedBy: bobB.id }), label: 'pending form of site B' })
  }
  // Devices in every state a route might tell apart (the generic one is a disabled gate).
  if (variants.has('devices')) {
    const list = variants.get('devices')!
    for (const [kind, enabled] of [['gate', true], ['gate', false], ['phone', true], ['phone', false], ['camera', true]] as const) {
      list.push({ id: await writeFixture('devices', 'B', { kind, driver: 'simulator', enabled, bridge: null, connection: {} }), label: `${enabled ? 'enabled' : 'disabled'} ${kind}` })
    }
  }
  // A message of site B sent by the person walking ids (they worked there once).
  if (variants.has('messages')) {
    variants.get('messages')!.push({ id: await writeFixture('messages', 'B', { sender: aliceDoc.id, recipients: [bobB.id], status: 'open' }), label: 'message of site B sent by the person walking' })
  }
  // GraphQL names, from the schema itself.
  const schema = await graphql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }')
  const body = JSON.parse(schema.body)
  const queries: string[] = body.data.__schema.queryType.fields.map((f: Any) => f.name)
  const creates: string[] = body.data.__schema.mutationType.fields.map((f: Any) => f.name).filter((n: string) => n.startsWith('create')).map((n: string) => n.slice(6))
  const pascal = (slug: string) => slug.split(/[-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
  for (const c of collections) {
    const candidates = creates.filter((n) => pascal(c.slug).startsWith(n) && queries.includes(n)).sort((a, b) => b.length - a.length)
    const one = candidates[0]
    if (!one) continue
    const many = queries.filter((q) => q !== one && (q.startsWith(one) || q === `all${one}`) && queries.includes(`count${q}`)).sort((a, b) => a.length - b.length)[0]
    graphQLNames.set(c.slug, { one, many })
  }
})

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`CORE-01 cross-site walk: ${comparisons} comparisons of another site's id with a missing one`)
  // eslint-disable-next-line no-console
  console.log(`create bodies with site A's own records:\n${baselines.join('\n')}`)
  await http?.close()
})

const bound = boundCollections.map((c) => c.slug)
const idEndpoints = (c: Any) =>
  ((c.endpoints || []) as Any[]).filter((e) => /:[A-Za-z]/.test(e.path) && !(e.path === '/:id' && ['get', 'patch', 'delete'].includes(e.method)))

/** Path parameters that name no record of a site (a preference key, a link token). */
const notRecordParams = new Set(['key', 'token'])

describe("CORE-01 another site's record answers as a missing one: reads", () => {
  it.each(bound)("CORE-01 another site's record answers as a missing one: %s REST read by id, list, count", async (slug) => {
    const others = othersOf(slug)
    expect(others.length, `no record of site B for ${slug}`).toBeGreaterThan(0)
    await compare(`GET /api/${slug}/:id`, (id) => call('GET', `/api/${slug}/${id}`), others)
    await compare(`GET /api/${slug}/:id?depth=0`, (id) => call('GET', `/api/${slug}/${id}?depth=0`), others)
    await compare(`GET /api/${slug}?where[id][equals]`, (id) => call('GET', `/api/${slug}?where[id][equals]=${id}`), others)
    await compare(`GET /api/${slug}?where[id][in]`, (id) => call('GET', `/api/${slug}?where[id][in]=${id}`), others)
    await compare(`GET /api/${slug}/count?where[id][equals]`, (id) => call('GET', `/api/${slug}/count?where[id][equals]=${id}`), others)
    const list = await call('GET', `/api/${slug}?limit=500&depth=2`)
    expect.soft(list.body, `GET /api/${slug} lists something of site B`).not.toContain(MARK)
    expect.soft(list.status).toBeLessThan(500)
  })

  it.each(bound)("CORE-01 another site's record answers as a missing one: %s GraphQL by id and list", async (slug) => {
    const names = graphQLNames.get(slug)
    if (!names) return // not in the GraphQL schema (graphQL: false)
    const others = othersOf(slug)
    await compare(`GraphQL ${names.one}(id)`, (id) => graphql(`{ ${names.one}(id: ${id}) { id } }`), others)
    await compare(`GraphQL docAccess${names.one}(id)`, (id) => graphql(`{ docAccess${names.one}(id: ${id}) { read { permission } update { permission } delete { permission } } }`), others)
    if (names.many) {
      await compare(`GraphQL ${names.many}(where id)`, (id) => graphql(`{ ${names.many}(where: { id: { equals: ${id} } }) { totalDocs docs { id } } }`), others)
      const list = await graphql(`{ ${names.many}(limit: 500) { docs { id } } }`)
      expect.soft(list.body).not.toContain(MARK)
    }
  })

  it.each(bound.filter((slug) => (collectionOf(slug).endpoints || []).some((e: Any) => e.path === '/export')))(
    "CORE-01 another site's record answers as a missing one: %s export",
    async (slug) => {
      await compare(`GET /api/${slug}/export?format=csv&where[id][equals]`, (id) => call('GET', `/api/${slug}/export?format=csv&where[id][equals]=${id}`), othersOf(slug))
      const all = await call('GET', `/api/${slug}/export?format=csv`)
      expect.soft(all.body, `the export of ${slug} shows site B`).not.toContain(MARK)
    },
  )
})

describe("CORE-01 another site's record answers as a missing one: updates that change nothing", () => {
  it.each(bound)("CORE-01 another site's record answers as a missing one: %s PATCH by id, bulk PATCH, GraphQL update", async (slug) => {
    const others = othersOf(slug)
    await compare(`PATCH /api/${slug}/:id {}`, (id) => call('PATCH', `/api/${slug}/${id}`, {}), others)
    await compare(`PATCH /api/${slug}?where[id][equals] {}`, (id) => call('PATCH', `/api/${slug}?where[id][equals]=${id}`, {}), others)
    const names = graphQLNames.get(slug)
    if (names) await compare(`GraphQL update${names.one}(id, {})`, (id) => graphql(`mutation { update${names.one}(id: ${id}, data: {}) { id } }`), others)
  })
})

describe("CORE-01 another site's record answers as a missing one: endpoints with an id in the path (print, approvals, withdraw …)", () => {
  const withEndpoints = bound.filter((slug) => idEndpoints(collectionOf(slug)).length)
  it.each(withEndpoints)("CORE-01 another site's record answers as a missing one: %s endpoints", async (slug) => {
    const others = othersOf(slug)
    for (const e of idEndpoints(collectionOf(slug))) {
      const params = [...String(e.path).matchAll(/:([A-Za-z]+)\??/g)].map((m) => m[1])
      if (params.some((p) => notRecordParams.has(p))) continue
      const unknown = params.filter((p) => p !== 'id' && p !== 'filename')
      expect(unknown, `${e.method} /api/${slug}${e.path}: a path parameter the cross-site walk does not know how to fill`).toEqual([])
      const method = String(e.method).toUpperCase()
      if (method === 'DELETE') continue // in the last block
      const path = (value: string | number) => `/api/${slug}${String(e.path).replace(/:id\??/, String(value)).replace(/:filename/, String(value))}`
      if (params.includes('filename')) {
        const files = []
        for (const o of others) {
          const doc = (await payload.findByID({ collection: slug as never, id: o.value, depth: 0, overrideAccess: true })) as Any
          if (doc.filename) files.push({ value: doc.filename, label: 'file' })
        }
        await compare(`${method} /api/${slug}${e.path}`, (name) => call(method, path(name)), files, `missing-${NONE}.pdf`)
        continue
      }
      const bodies: { label: string; body?: unknown; headers?: Record<string, string> }[] =
        method === 'GET'
          ? [{ label: '' }]
          : String(e.path).endsWith('/decide')
            ? [
                { label: ' {approved}', body: { decision: 'approved' } },
                { label: ' {rejected, comment}', body: { decision: 'rejected', comment: 'no' } },
                { label: ' {approved, round 1, step 0}', body: { decision: 'approved', round: 1, step: 0 } },
                { label: ' (inbox form)', body: 'decision=approved&round=1&step=0', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
                { label: ' (no decision)', body: {} },
              ]
            : [{ label: ' {}', body: {} }]
      for (const b of bodies) {
        await compare(`${method} /api/${slug}${e.path}${b.label}`, (id) => call(method, path(id), b.body, b.headers), others)
      }
    }
  })
})

/** The request body for a relation at `path`, set to `value` (inside its group or array row). */
function withRelation(base: Any, rel: RelationPath, value: unknown): Any {
  const body = structuredClone(base)
  let node: Any = body
  rel.path.forEach((step, i) => {
    const last = i === rel.path.length - 1
    if (last) node[step.name] = value
    else if (step.array) {
      node[step.name] = [{ ...((node[step.name] ?? [])[0] ?? {}) }]
      node = node[step.name][0]
    } else {
      node[step.name] = { ...(node[step.name] ?? {}) }
      node = node[step.name]
    }
  })
  return body
}

const relationValueOf = (rel: RelationPath, target: string, id: number) => {
  const one = Array.isArray(rel.field.relationTo) ? { relationTo: target, value: id } : id
  return rel.field.hasMany ? [one] : one
}

describe("CORE-01 another site's record answers as a missing one: relationship fields pointing at another site's records", () => {
  const creatable = collections.filter((c) => relationPaths(c.fields).some((r) => targetsOf(r.field).some((t) => siteBound.has(t))))
  it.each(creatable.map((c) => c.slug))("CORE-01 another site's record answers as a missing one: %s create and update with another site's related records", async (slug) => {
    const c = collectionOf(slug)
    const base = { ...(await objectOf(c.fields, { side: 'A', all: false })), ...(hasSiteField(c) ? { site: site.A } : {}) }
    const own = fixture.A.get(slug) ?? globalFixture.get(slug)
    const baseline = await call('POST', `/api/${slug}`, base)
    baselines.push(`${slug} ${baseline.status} ${baseline.status >= 300 ? baseline.body.slice(0, 160) : ''}`)
    for (const rel of relationPaths(c.fields)) {
      for (const target of targetsOf(rel.field).filter((t) => siteBound.has(t))) {
        const others = othersOf(target)
        const where = rel.path.map((p) => p.name).join('.')
        await compare(`POST /api/${slug} with ${where} → ${target}`, (id) => call('POST', `/api/${slug}`, withRelation(base, rel, relationValueOf(rel, target, id))), others)
        if (own != null) {
          await compare(`PATCH /api/${slug}/${own} with ${where} → ${target}`, (id) => call('PATCH', `/api/${slug}/${own}`, withRelation({}, rel, relationValueOf(rel, target, id))), others)
        }
      }
    }
  })
})

describe("CORE-01 another site's record answers as a missing one: module routes (devices …)", () => {
  it("CORE-01 another site's record answers as a missing one: every module route with an id in its path", async () => {
    const bodies: Record<string, unknown> = { command: { action: 'open', reason: 'x' }, simulate: { action: 'ring', caller: '13800000000' }, forwarding: { on: true } }
    let walked = 0
    for (const [mount, router] of routers) {
      for (const layer of (router.stack ?? []) as Any[]) {
        const route = layer.route
        if (!route) continue
        const path = `${mount}${route.path}`
        const params = [...String(route.path).matchAll(/:([A-Za-z]+)/g)].map((m) => m[1])
        if (!params.length || params.some((p) => notRecordParams.has(p))) continue
        const unknown = params.filter((p) => !['id', 'site', 'action'].includes(p))
        expect(unknown, `${path}: a path parameter the cross-site walk does not know how to fill`).toEqual([])
        const slug = params.includes('site') ? 'sites' : /commands\/:id/.test(route.path) ? 'device-commands' : /calls\/:id/.test(route.path) ? 'calls' : 'devices'
        for (const method of Object.keys(route.methods).filter((m) => route.methods[m] && m !== '_all')) {
          const M = method.toUpperCase()
          const last = String(route.path).split('/').pop() ?? ''
          const body = M === 'GET' ? undefined : (bodies[last] ?? {})
          const fill = (value: number) => path.replace(':id', String(value)).replace(':site', String(value)).replace(':action', 'forwarding-on')
          const signed = route.path.startsWith('/bridge/')
          await compare(`${M} ${path}`, (id) => (signed ? signedCall(M, fill(id), body) : call(M, fill(id), body)), othersOf(slug))
          walked++
        }
      }
    }
    expect(walked).toBeGreaterThan(0)
  })
})

/** A request signed by a device of site A, like a bridge sends it (DEV-06). */
let deviceKey: { keyId: string; secret: string } | undefined
async function signedCall(method: string, path: string, body?: unknown): Promise<Answer> {
  const { issueKey } = await import('../../devices/security/keys')
  const { signRequest } = await import('../../devices/security/sign')
  if (!deviceKey) {
    const bridge = await payload.create({ collection: 'devices', data: { name: 'A bridge', kind: 'gate', driver: 'simulator', site: site.A, enabled: true } as never, overrideAccess: true })
    deviceKey = await issueKey(payload, bridge.id as number)
  }
  const text = body === undefined ? '' : JSON.stringify(body)
  const res = await fetch(`${http.url}${path}`, { method, headers: { 'content-type': 'application/json', ...signRequest(deviceKey, method, path, text) }, body: method === 'GET' ? undefined : text })
  return { status: res.status, type: res.headers.get('content-type') ?? '', location: res.headers.get('location') ?? '', body: await res.text() }
}

describe("CORE-01 another site's record answers as a missing one: work messages and workflow views", () => {
  it("CORE-01 another site's record answers as a missing one: a work message to another site's staff is refused like one to nobody", async () => {
    const { sendMessage } = await import('../../hooks/notify/messages')
    const refusal = async (staff: number) => {
      try {
        await sendMessage(payload, { site: site.A, title: 'x', to: [{ staff }], from: aliceDoc.id as number })
        return 'sent'
      } catch (error) {
        return `${(error as { status?: number }).status} ${(error as Error).message}`.replaceAll(String(staff), '<id>')
      }
    }
    const missing = await refusal(NONE)
    expect(missing).not.toBe('sent')
    expect(await refusal(bobB.id as number)).toBe(missing)
    comparisons++
  })

  it("CORE-01 another site's record answers as a missing one: reading a message never shows a name the reader could not read", async () => {
    // A message of site A that (from before the fix) still lists a recipient of site B, unconfirmed.
    const message = (await payload.db.create({
      collection: 'messages',
      data: { site: site.A, title: 'A message', sender: aliceDoc.id, recipients: [aliceDoc.id, bobB.id], status: 'open', gated: false },
      req: undefined as never,
    })) as Any
    for (const recipient of [aliceDoc.id, bobB.id]) {
      await payload.db.create({ collection: 'message-receipts', data: { site: site.A, message: message.id, title: 'A message', sender: aliceDoc.id, recipient, state: 'unread' }, req: undefined as never })
    }
    for (const path of [`/api/messages/${message.id}`, `/api/messages/${message.id}?depth=2`, `/api/messages?limit=100&depth=2`, `/api/message-receipts?limit=100&depth=2`]) {
      const res = await call('GET', path)
      expect.soft(res.status, path).toBe(200)
      expect.soft(res.body, `${path} shows the name of site B's staff member`).not.toContain(MARK)
    }
    const read = JSON.parse((await call('GET', `/api/messages/${message.id}`)).body)
    expect(read.pending).toContain('Alice at A')
    const { publishedBy } = await import('../../src/admin/workflow/data')
    const published = await publishedBy(payload, { ...aliceDoc, collection: 'staff' } as never)
    expect(JSON.stringify(published)).not.toContain(MARK)
    expect(published.find((p) => p.id === message.id)?.pending).toEqual(['Alice at A'])
  })

  it("CORE-01 another site's record answers as a missing one: the approval inbox shows no form of another site", async () => {
    const { waitingFor } = await import('../../src/admin/workflow/data')
    const waiting = await waitingFor(payload, aliceDoc as never, 500)
    const ofB = waiting.filter((w) => (variants.get(w.slug) ?? []).some((v) => v.id === w.id))
    expect(ofB).toEqual([])
    expect(JSON.stringify(waiting)).not.toContain(MARK)
  })
})

describe("CORE-01 another site's record answers as a missing one: deletes (last, they would remove what they reach)", () => {
  it.each(bound)("CORE-01 another site's record answers as a missing one: %s DELETE by id, bulk DELETE, GraphQL delete", async (slug) => {
    const others = othersOf(slug)
    const names = graphQLNames.get(slug)
    if (names) await compare(`GraphQL delete${names.one}(id)`, (id) => graphql(`mutation { delete${names.one}(id: ${id}) { id } }`), others)
    await compare(`DELETE /api/${slug}?where[id][equals]`, (id) => call('DELETE', `/api/${slug}?where[id][equals]=${id}`), others)
    await compare(`DELETE /api/${slug}/:id`, (id) => call('DELETE', `/api/${slug}/${id}`), others)
    for (const e of idEndpoints(collectionOf(slug)).filter((e) => String(e.method).toLowerCase() === 'delete')) {
      if ([...String(e.path).matchAll(/:([A-Za-z]+)/g)].some((m) => notRecordParams.has(m[1]))) continue
      await compare(`DELETE /api/${slug}${e.path}`, (id) => call('DELETE', `/api/${slug}${String(e.path).replace(/:id\??/, String(id))}`), others)
    }
    // Nothing of site B was removed.
    for (const o of others) {
      const still = await payload.findByID({ collection: slug as never, id: o.value, depth: 0, overrideAccess: true, disableErrors: true })
      expect.soft(still, `${slug} ${o.value} of site B was deleted by a person of site A`).toBeTruthy()
    }
  })

  it('CORE-01 the walk covered every collection that belongs to a site', () => {
    for (const slug of bound) expect(othersOf(slug).length, slug).toBeGreaterThan(0)
    expect(admin.token).toBeTruthy()
  })
})
