/**
 * Hardening (issue 9): bad input generated from the schema, for every collection and custom route.
 * The cases are read from `payload.config` (collections, their fields at every depth, their
 * endpoints), so a new form or field gets its cases without a line here: each must be refused with a
 * 4xx and a readable message (naming the field, in the person's language), and write nothing
 * (the collection's count, the record's content and the audit trail are compared before/after).
 */
import { appendFileSync } from 'node:fs'
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, startHttp, type Booted, type Http } from '../helpers/boot'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { moduleRoutes } from '../../src/http/routes'

process.env.DEVICES_AUTOSTART = 'false'

type Field = FlattenedField & { name: string; hasMany?: boolean; maxLength?: number; relationTo?: string | string[]; options?: unknown[]; flattenedFields?: FlattenedField[]; label?: unknown; required?: boolean; hidden?: boolean; custom?: Record<string, unknown> }
type Res = { status: number; body: any; text: string; type: string }
type Case = { name: string; run: () => Promise<Res>; expect?: 'field'; path?: string; labels?: string[]; lang?: string; written: () => Promise<string> }

let booted: Booted
let payload: Payload
let http: Http
let zhAdmin: Client
let enAdmin: Client
let desk: Client
let siteA: number
let siteB: number
const counts: Record<string, number> = {}

const collections = () => payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))
const secretForm = (config: { custom?: Record<string, unknown> }) => Boolean((config.custom?.form as { secret?: unknown } | undefined)?.secret)
const configOf = (slug: string) => (payload.collections as unknown as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config
const siteScoped = (slug: string) => configOf(slug)?.custom?.site === true
const named = (fields: FlattenedField[]) => fields.filter((f): f is Field => 'name' in f && Boolean(f.name) && f.type !== 'join' && (f.type as string) !== 'ui')

// ——— Records made straight in the database (no hooks), to point at and to update ———

let n = 0
const baseRecords = new Map<string, number>()

async function rawValue(field: Field, site: number): Promise<unknown> {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return field.hasMany ? [`g${++n}`] : `g${++n}`
    case 'email':
      return `g${++n}-${Date.now()}@gen.local`
    case 'number':
      return field.hasMany ? [1] : 1
    case 'date':
      return '2026-03-02T00:00:00.000Z'
    case 'checkbox':
      return false
    case 'select':
    case 'radio': {
      const first = field.options?.[0]
      const value = typeof first === 'string' ? first : (first as { value: string }).value
      return field.hasMany ? [value] : value
    }
    case 'relationship':
    case 'upload': {
      const target = Array.isArray(field.relationTo) ? field.relationTo[0]! : field.relationTo!
      const id = await rawRecord(target, site)
      const value = Array.isArray(field.relationTo) ? { relationTo: target, value: id } : id
      return field.hasMany ? [value] : value
    }
    case 'json':
      return {}
    case 'group':
    case 'tab':
      return rawData(named(field.flattenedFields ?? []), site)
    case 'array':
      return []
    default:
      return undefined
  }
}

async function rawData(fields: Field[], site: number) {
  const data: Record<string, unknown> = {}
  for (const field of fields) {
    if (['id', 'createdAt', 'updatedAt'].includes(field.name)) continue
    if (field.required || field.type === 'group') data[field.name] = await rawValue(field, site)
  }
  return data
}

/** One record of `slug` at `site`, written straight to the database. */
async function rawRecord(slug: string, site: number, fresh = false): Promise<number> {
  const key = `${slug}@${site}`
  if (!fresh && baseRecords.has(key)) return baseRecords.get(key)!
  const config = configOf(slug)!
  const data = await rawData(named(config.flattenedFields), site)
  if (siteScoped(slug)) data.site = site
  if (slug === 'staff') Object.assign(data, { roles: ['staff'], sites: [{ id: `row${++n}${Date.now()}`, site }], active: true })
  const doc = await payload.db.create({ collection: slug as never, data })
  baseRecords.set(key, doc.id as number)
  return doc.id as number
}

// ——— Checks ———

const fetchRaw = async (client: Client | null, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Res> => {
  const h: Record<string, string> = { ...(client ? { authorization: `JWT ${client.token}` } : {}), ...headers }
  const r = await fetch(`${http.url}${path}`, { method, headers: h, body: body as never })
  const text = await r.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { status: r.status, body: parsed, text, type: r.headers.get('content-type') ?? '' }
}

const asJson = (client: Client, method: string, path: string, body: unknown, lang?: string) =>
  fetchRaw(client, method, path, JSON.stringify(body), { 'content-type': 'application/json', ...(lang ? { 'accept-language': lang } : {}) })

const countOf = async (slug: string) => String(await payload.db.count({ collection: slug as never, where: {} } as never).then((r) => (r as { totalDocs: number }).totalDocs))
const contentOf = async (slug: string, id: number) => JSON.stringify(await payload.db.findOne({ collection: slug as never, where: { id: { equals: id } } }))
const auditCount = () => countOf('audit-log')

const labelIn = (label: unknown, lang: string): string | undefined =>
  label && typeof label === 'object' ? (label as Record<string, string>)[lang] : typeof label === 'string' ? label : undefined

/** Run cases (in order), each checked for a readable 4xx and no write. Returns the failures. */
async function runCases(cases: Case[]): Promise<string[]> {
  const failures: string[] = []
  let last: { written: Case['written']; value: string } | undefined
  for (const c of cases) {
    // Cases of a group share their check, and nothing may be written: the last "after" is the next "before".
    const before = last?.written === c.written ? last.value : await c.written()
    const res = await c.run()
    const after = await c.written()
    last = { written: c.written, value: after }
    const message = res.body?.errors?.[0]?.message
    const why: string[] = []
    if (res.status < 400 || res.status >= 500) why.push(`status ${res.status}`)
    if (!/json/.test(res.type)) why.push(`content-type ${res.type}`)
    if (typeof message !== 'string' || !message.trim()) why.push('no message')
    else if (/Something went wrong|An unknown error|<html|\n\s+at /i.test(message)) why.push(`unreadable message "${message}"`)
    if (c.expect === 'field') {
      const body = JSON.stringify(res.body)
      const mentions = [c.path, ...(c.labels ?? [])].filter(Boolean).some((s) => body.includes(JSON.stringify(s).slice(1, -1)))
      if (!mentions) why.push(`does not name the field (${c.labels?.join(' / ')})`)
    }
    if (before !== after) why.push('something was written')
    if (why.length) failures.push(`${c.name}: ${why.join('; ')} — ${res.text.slice(0, 200)}`)
  }
  return failures
}

/** Cases of each collection run side by side (each collection's counts stay its own). */
async function runAll(groups: Case[][]): Promise<{ total: number; failures: string[] }> {
  const failures: string[] = []
  const queue = [...groups]
  const audit = await auditCount()
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let g = queue.shift(); g; g = queue.shift()) failures.push(...(await runCases(g)))
    }),
  )
  if ((await auditCount()) !== audit) failures.push('the audit trail grew: something was written')
  if (failures.length && process.env.BAD_INPUT_REPORT) appendFileSync(process.env.BAD_INPUT_REPORT, `${failures.join('\n')}\n`)
  return { total: groups.reduce((s, g) => s + g.length, 0), failures }
}

/**
 * `BAD_INPUT_FULL=1` runs every bad value on every field, id, query and body (about 9,000 cases);
 * by default each takes `count` of its list, rotating with `k`, so that every kind of bad value still
 * meets every collection and field type, in well under a minute.
 */
const FULL = process.env.BAD_INPUT_FULL === '1'
const rotate = <T>(list: T[], k: number, count: number): T[] =>
  FULL || list.length <= count ? list : Array.from({ length: count }, (_, j) => list[(k + j) % list.length]!)

const record = (cls: string, total: number) => {
  counts[cls] = total
}

// ——— Bad values, by field type ———

const HUGE = '99999999999999999999'
const badIdValues: [string, unknown][] = [
  ['non-integer id "abc"', 'abc'],
  ['fractional id 1.5', 1.5],
  ['huge id 1e20', Number(HUGE)],
  ['huge id as digits', HUGE],
  ['id 2^31', 2_147_483_648],
  ['negative id', -1],
  ['id 0', 0],
  ['object as id', { nope: 1 }],
]

function badValues(field: Field): [string, unknown][] {
  const bound = field.maxLength ?? 40_000
  const scalar: [string, unknown][] = [
    ['object', { a: 1 }],
    ...(field.hasMany ? [] : ([['array', ['a']]] as [string, unknown][])),
  ]
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [...scalar, ['boolean', true], ['NUL byte', 'a\u0000b'], [`${bound + 1} characters (bound ${bound})`, 'x'.repeat(bound + 1)]]
    case 'number':
      return [...scalar, ['word', 'eighty'], ['boolean', true], ['digits and letters', '12abc'], ['NUL byte', '1\u0000']]
    case 'checkbox':
      return [...scalar, ['word', 'maybe'], ['number 2', 2]]
    case 'date':
      return [...scalar, ['2026-02-30', '2026-02-30'], ['2026-02-29 (not a leap year)', '2026-02-29T08:00:00Z'], ['month 13', '2026-13-01'], ['hour 25', '2026-02-28T25:00:00Z'], ['word', 'yesterday'], ['US date', '12/31/2026'], ['number', 1772409600000], ['NUL byte', '2026-03-01\u0000']]
    case 'select':
    case 'radio':
      return [...scalar, ['unknown option', 'no-such-option'], ['NUL byte', 'a\u0000']]
    case 'relationship':
    case 'upload':
      return [...(field.hasMany ? [] : ([['array', [1]]] as [string, unknown][])), ...badIdValues, ['NUL byte', '1\u0000']]
    case 'group':
    case 'tab':
      return [['text', 'text'], ['list', [1]]]
    case 'array':
      return [['text', 'text'], ['object', { a: 1 }], ['list of text', ['row']]]
    case 'json':
      return [['NUL byte inside', { k: 'a\u0000b' }]]
    default:
      return []
  }
}

/** Every field at every depth, with the data that puts a value at it and the path Payload names. */
function fieldSlots(fields: FlattenedField[], prefix = '', labelPrefix: Record<string, string> = {}): { field: Field; path: string; put: (v: unknown) => Record<string, unknown>; labels: Record<string, string> }[] {
  const out: ReturnType<typeof fieldSlots> = []
  for (const field of named(fields)) {
    if (field.name === 'id' && !prefix) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const labels = Object.fromEntries(['zh', 'en'].map((l) => [l, labelIn(field.label, l) ?? field.name]))
    out.push({ field, path, labels, put: (v) => ({ [field.name]: v }) })
    if (field.type === 'group' || field.type === 'tab') {
      for (const inner of fieldSlots(field.flattenedFields ?? [], path, labels)) out.push({ ...inner, put: (v) => ({ [field.name]: inner.put(v) }) })
    }
    if (field.type === 'array') {
      for (const inner of fieldSlots(field.flattenedFields ?? [], `${path}.0`, labels)) {
        if (inner.field.name === 'id') continue
        out.push({ ...inner, put: (v) => ({ [field.name]: [inner.put(v)] }) })
      }
    }
  }
  void labelPrefix
  return out
}

/** Payload's own REST endpoints (the rest are custom: print, export, decide …). */
const PAYLOAD_PATHS = new Set(['/', '/:id', '/count', '/versions', '/versions/:id', '/access/:id?', '/:id/duplicate'])

/** Fields Payload fills from the uploaded file itself (it drops what a client sends for them). */
// Set by the upload and the storage (prefix, _objectKey), never by a client: tests/scale/storage-disk.test.ts proves a client's value is dropped.
const UPLOAD_FIELDS = new Set(['url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes', 'prefix', '_objectKey'])
const generatedByUpload = (config: SanitizedCollectionConfig, path: string) => Boolean(config.upload) && UPLOAD_FIELDS.has(path.split('.')[0]!)

const createBase = (config: SanitizedCollectionConfig): Record<string, unknown> => ({
  ...(siteScoped(config.slug) ? { site: siteA } : {}),
  ...(config.auth ? { email: `new${++n}@gen.local`, password: 'generated-password-1' } : {}),
})

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  payload.logger.level = 'fatal' // a thousand refusals are expected; the answers are what is checked
  http = await startHttp(payload, { routes: moduleRoutes(payload) })
  siteA = (await makeSite(payload)).id as number
  siteB = (await makeSite(payload)).id as number
  zhAdmin = await signIn(http.url, (await makeStaff(payload, { sites: [siteA], roles: ['admin', 'staff'], language: 'zh' })).email as string)
  enAdmin = await signIn(http.url, (await makeStaff(payload, { sites: [siteA], roles: ['admin', 'staff'], language: 'en' })).email as string)
  desk = await signIn(http.url, (await makeStaff(payload, { sites: [siteA], language: 'zh' })).email as string)
  for (const c of collections()) {
    await rawRecord(c.slug, siteA)
    if (siteScoped(c.slug) || c.slug === 'staff') await rawRecord(c.slug, siteB)
  }
})

afterAll(async () => {
  await http?.close()
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  console.log(`bad-input-generated: ${total} generated cases\n${Object.entries(counts).map(([k, v]) => `  ${String(v).padStart(5)}  ${k}`).join('\n')}`)
})

describe('hardening: bad input generated from the schema is refused with a readable 4xx and writes nothing', () => {
  it('CORE-01 hardening: every field of every collection × wrong type, NUL byte, bound, invalid day, bad id — on create and on update', async () => {
    const groups: Case[][] = []
    for (const config of collections()) {
      const slug = config.slug
      const base = createBase(config)
      const id = baseRecords.get(`${slug}@${siteA}`)!
      const cases: Case[] = []
      const countWritten = () => countOf(slug)
      const contentWritten = () => contentOf(slug, id)
      fieldSlots(config.flattenedFields).filter((slot) => !generatedByUpload(config, slot.path)).forEach((slot, k) => {
        // Three bad values per field on create and one on update, rotating through the field type's
        // list, so that every kind of bad value meets every collection without thousands of requests.
        const all = badValues(slot.field)
        const values = rotate(all, k, 2)
        values.forEach(([what, value], i) => {
          const client = cases.length % 2 ? enAdmin : zhAdmin
          const lang = client === enAdmin ? 'en' : 'zh'
          const common = { expect: 'field' as const, path: slot.path, labels: [slot.labels[lang]!, slot.path] }
          // The first value on create, the second on update (every value on both doors in full mode).
          if (FULL || i === 0) cases.push({ ...common, name: `${slug} create ${slot.path} = ${what}`, run: () => asJson(client, 'POST', `/api/${slug}`, { ...base, ...slot.put(value) }, lang), written: countWritten })
          if (FULL || i === 1 || values.length === 1) {
            cases.push({ ...common, name: `${slug} update ${slot.path} = ${what}`, run: () => asJson(client, 'PATCH', `/api/${slug}/${id}`, slot.put(value), lang), written: contentWritten })
          }
        })
      })
      // The server's own: timestamps and ids.
      for (const [name, value] of [['createdAt', '2000-01-01T00:00:00.000Z'], ['updatedAt', '2000-01-01T00:00:00.000Z'], ['id', 1_000_000]] as const) {
        cases.push({ name: `${slug} create with client-chosen ${name}`, expect: 'field', path: name, labels: [name], run: () => asJson(zhAdmin, 'POST', `/api/${slug}`, { ...base, [name]: value }), written: countWritten })
      }
      cases.push({ name: `${slug} update with client-chosen createdAt`, expect: 'field', path: 'createdAt', labels: ['createdAt'], run: () => asJson(zhAdmin, 'PATCH', `/api/${slug}/${id}`, { createdAt: '2000-01-01T00:00:00.000Z' }), written: contentWritten })
      groups.push(cases)
    }
    const { total, failures } = await runAll(groups)
    record('fields × bad values (create + update)', total)
    expect(failures).toEqual([])
  }, 600_000)

  it('CORE-01 hardening: required fields left empty are refused (a required phone or day too)', async () => {
    const groups: Case[][] = []
    for (const config of collections()) {
      const slug = config.slug
      const cases: Case[] = []
      const countWritten = () => countOf(slug)
      for (const slot of fieldSlots(config.flattenedFields)) {
        const f = slot.field
        const admin = (f as { admin?: { condition?: unknown; readOnly?: boolean } }).admin
        if (!f.required || f.hidden || f.custom?.serverOwned || admin?.condition || admin?.readOnly || slot.path.includes('.') || ['array', 'group', 'checkbox', 'json', 'tab'].includes(f.type)) continue
        if (config.auth && ['email'].includes(f.name)) continue
        for (const [what, value] of rotate([['empty text', ''], ['null', null]] as const, cases.length, 1)) {
          cases.push({ name: `${slug} create ${slot.path} = ${what}`, expect: 'field', path: slot.path, labels: [slot.labels.zh!, slot.path], run: () => asJson(zhAdmin, 'POST', `/api/${slug}`, { ...createBase(config), ...slot.put(value) }, 'zh'), written: countWritten })
        }
      }
      groups.push(cases)
    }
    const { total, failures } = await runAll(groups)
    record('required fields left empty', total)
    expect(failures).toEqual([])
  }, 600_000)

  it('CORE-01 hardening: relations to records that do not exist or belong to another site are refused before any hook reads them', async () => {
    const groups: Case[][] = []
    for (const config of collections()) {
      const slug = config.slug
      const id = baseRecords.get(`${slug}@${siteA}`)!
      const cases: Case[] = []
      const countWritten = () => countOf(slug)
      const contentWritten = () => contentOf(slug, id)
      for (const slot of fieldSlots(config.flattenedFields)) {
        const f = slot.field
        if ((f.type !== 'relationship' && f.type !== 'upload') || Array.isArray(f.relationTo)) continue
        const target = f.relationTo!
        const wrap = (v: number) => slot.put(f.hasMany ? [v] : v)
        const values: [string, number][] = [['a nonexistent id', 2_147_483_000]]
        if (siteScoped(slug) && (siteScoped(target) || target === 'staff')) values.push([`another site's ${target}`, baseRecords.get(`${target}@${siteB}`)!])
        if (slug === 'sites' || target === 'sites') continue // the site itself is checked against the person's sites
        for (const [what, value] of values) {
          cases.push({ name: `${slug} create ${slot.path} → ${what}`, expect: 'field', path: slot.path, labels: [slot.labels.zh!, slot.path], run: () => asJson(zhAdmin, 'POST', `/api/${slug}`, { ...createBase(config), ...wrap(value) }, 'zh'), written: countWritten })
          // A secret form's record (PROP-03) may not be changed without a reading grant, administrators
          // included: its update is refused as not permitted before any field is looked at.
          cases.push({ name: `${slug} update ${slot.path} → ${what}`, expect: secretForm(config) ? undefined : 'field', path: slot.path, labels: [slot.labels.zh!, slot.path], run: () => asJson(zhAdmin, 'PATCH', `/api/${slug}/${id}`, wrap(value), 'zh'), written: contentWritten })
        }
      }
      // A desk member writing into a site that is not theirs gets the answer of a site that does not exist.
      if (siteScoped(slug)) {
        for (const [what, site] of [['another site', siteB], ['a nonexistent site', 2_147_483_000]] as const) {
          cases.push({ name: `${slug} create by desk staff in ${what}`, run: () => asJson(desk, 'POST', `/api/${slug}`, { site }), written: countWritten })
        }
      }
      groups.push(cases)
    }
    const { total, failures } = await runAll(groups)
    record('relations: nonexistent and other-site ids', total)
    expect(failures).toEqual([])
  }, 600_000)

  it('CORE-01 hardening: ids in paths are record ids (huge, fractional, non-integer, %-garbage) on every collection route and custom endpoint, whose bodies are checked too', async () => {
    const ids = ['abc', '1.5', HUGE, '2147483648', '-1', '0', '1e3', '%00', '%E0%A4%A', '12abc']
    const groups: Case[][] = []
    for (const config of collections()) {
      const slug = config.slug
      const cases: Case[] = []
      const written = () => countOf(slug)
      const k = groups.length
      // Each bad id through one of the three doors (all three in full mode).
      rotate(ids, k * 6, 6).forEach((id, i) => {
        const doors = rotate(['GET', 'PATCH', 'DELETE'], k + i, 1)
        if (doors.includes('GET')) cases.push({ name: `GET /api/${slug}/${id}`, run: () => fetchRaw(zhAdmin, 'GET', `/api/${slug}/${id}`), written })
        if (doors.includes('PATCH')) cases.push({ name: `PATCH /api/${slug}/${id}`, run: () => asJson(zhAdmin, 'PATCH', `/api/${slug}/${id}`, {}), written })
        if (doors.includes('DELETE')) cases.push({ name: `DELETE /api/${slug}/${id}`, run: () => fetchRaw(zhAdmin, 'DELETE', `/api/${slug}/${id}`), written })
      })
      // Custom endpoints that take an id (print, decide, withdraw, resubmit …), read from the config.
      for (const endpoint of config.endpoints || []) {
        if (!endpoint.path.includes(':id') || endpoint.path.startsWith('/verify') || PAYLOAD_PATHS.has(endpoint.path)) continue
        for (const id of rotate(ids, k + cases.length, 2)) {
          const path = `/api/${slug}${endpoint.path.replace(/:id\??/, id)}`
          cases.push({ name: `${endpoint.method.toUpperCase()} ${path}`, run: () => (endpoint.method === 'get' ? fetchRaw(zhAdmin, 'GET', path) : asJson(zhAdmin, endpoint.method.toUpperCase(), path, { decision: 'approved' })), written })
        }
      }
      // Custom endpoints that write (decide, withdraw, resubmit …) on a record that exists, with bodies that are no request.
      const id = baseRecords.get(`${slug}@${siteA}`)
      const custom = (config.endpoints || []).filter((e) => e.method !== 'get' && e.path.includes(':id') && !PAYLOAD_PATHS.has(e.path))
      custom.forEach((endpoint, i) => {
        const path = `/api/${slug}${endpoint.path.replace(/:id\??/, String(id))}`
        const bodies: [string, string, string][] = [['null', 'null', 'application/json'], ['a list', '[1]', 'application/json'], ['malformed JSON', '{"decision":', 'application/json'], ['JSON as text/plain', '{"decision":"approved"}', 'text/plain'], ['a NUL byte in the comment', JSON.stringify({ decision: 'rejected', comment: 'a\u0000b' }), 'application/json'], ['an object as the decision', JSON.stringify({ decision: { $ne: 1 } }), 'application/json']]
        // A decision's own fields only where a decision is read; bodies that are no request everywhere.
        const usable = endpoint.path.endsWith('/decide') ? bodies : bodies.slice(0, 4)
        for (const [what, body, type] of rotate(usable, k + i, 3)) {
          cases.push({ name: `${endpoint.method.toUpperCase()} ${path} ${what}`, run: () => fetchRaw(zhAdmin, endpoint.method.toUpperCase(), path, body, { 'content-type': type }), written: () => Promise.all([countOf(slug), contentOf(slug, id!), auditCount()]).then(String) })
        }
      })
      groups.push(cases)
    }
    const { total, failures } = await runAll(groups)
    record('ids in paths, custom endpoint bodies', total)
    expect(failures).toEqual([])
  }, 600_000)

  it('CORE-01 hardening: query parameters (where, page, limit, depth, sort) are checked against the schema', async () => {
    const groups: Case[][] = []
    for (const config of collections()) {
      const slug = config.slug
      const written = () => countOf(slug)
      const queries: [string, string][] = [
        ['where[id][in]=a,b', 'where[id][in]=a,b'],
        ['where[id][equals]=abc', 'where[id][equals]=abc'],
        ['where[id][equals]=huge', `where[id][equals]=${HUGE}`],
        ['page=-1', 'page=-1'],
        ['page=0', 'page=0'],
        ['page=abc', 'page=abc'],
        ['limit=-5', 'limit=-5'],
        ['limit=abc', 'limit=abc'],
        ['depth=-1', 'depth=-1'],
        ['sort by a field that does not exist', 'sort=no_such_field'],
        ['where as broken JSON', 'where=%7Bbroken'],
        ['where with a NUL byte', 'where[id][equals]=1%00'],
      ]
      const generic = queries.length
      fieldSlots(config.flattenedFields).forEach((slot, k) => {
        const f = slot.field
        if (slot.path.includes('.0.')) return
        const q = (what: string, query: string): [string, string] => [what, query]
        const options: [string, string][] = []
        if ((f.type === 'relationship' || f.type === 'upload') && !Array.isArray(f.relationTo)) options.push(q(`where[${slot.path}][equals]=abc`, `where[${slot.path}][equals]=abc`), q(`where[${slot.path}][in]=1,x`, `where[${slot.path}][in]=1,x`), q(`where[${slot.path}][equals]=huge`, `where[${slot.path}][equals]=${HUGE}`))
        if (f.type === 'date') options.push(q(`where[${slot.path}][greater_than]=2026-02-30`, `where[${slot.path}][greater_than]=2026-02-30`), q(`where[${slot.path}][equals]=yesterday`, `where[${slot.path}][equals]=yesterday`))
        if (f.type === 'number') options.push(q(`where[${slot.path}][equals]=abc`, `where[${slot.path}][equals]=abc`))
        if (f.type === 'select' && !f.hasMany) options.push(q(`where[${slot.path}][equals]=bogus`, `where[${slot.path}][equals]=no-such-option`))
        if (f.type === 'text' || f.type === 'textarea') options.push(q(`where[${slot.path}][equals] with NUL`, `where[${slot.path}][equals]=a%00b`))
        queries.push(...rotate(options, k, 1))
      })
      const cases: Case[] = []
      const k = groups.length
      // The generic bad parameters, four per collection in turn, and one bad value per field.
      for (const [what, query] of [...rotate(queries.slice(0, generic), k * 4, 4), ...queries.slice(generic)]) {
        cases.push({ name: `GET /api/${slug}?${what}`, run: () => fetchRaw(zhAdmin, 'GET', `/api/${slug}?${query}`), written })
      }
      for (const [what, query] of rotate(queries.slice(0, 3), k, 1)) cases.push({ name: `GET /api/${slug}/count?${what}`, run: () => fetchRaw(zhAdmin, 'GET', `/api/${slug}/count?${query}`), written })
      // Custom GET endpoints that take no id (the export) read the same queries.
      for (const endpoint of config.endpoints || []) {
        // (a form's own endpoints; plugins' helpers such as the site picker's options take no query)
        if (!config.custom?.form || endpoint.method !== 'get' || endpoint.path.includes(':') || PAYLOAD_PATHS.has(endpoint.path) || endpoint.path.includes('blank')) continue
        // (an export takes every page: only its filter, order and format are read)
        const read = queries.slice(0, generic).filter(([what]) => /where|sort/.test(what))
        for (const [what, query] of rotate([...read, ['format=pdf', 'format=pdf'] as [string, string]], k, 2)) {
          cases.push({ name: `GET /api/${slug}${endpoint.path}?${what}`, run: () => fetchRaw(zhAdmin, 'GET', `/api/${slug}${endpoint.path}?${query}`), written })
        }
      }
      cases.push({ name: `PATCH /api/${slug}?where[id][in]=a (bulk)`, run: () => asJson(zhAdmin, 'PATCH', `/api/${slug}?where[id][in]=a`, {}), written })
      cases.push({ name: `DELETE /api/${slug}?where[id][equals]=${HUGE} (bulk)`, run: () => fetchRaw(zhAdmin, 'DELETE', `/api/${slug}?where[id][equals]=${HUGE}`), written })
      groups.push(cases)
    }
    const { total, failures } = await runAll(groups)
    // Control: the same exports without bad input answer (a register whose title has a "/" once failed with a 500).
    for (const config of collections().filter((c) => c.custom?.form && (c.endpoints || []).some((e) => e.path === '/export'))) {
      const res = await fetchRaw(zhAdmin, 'GET', `/api/${config.slug}/export`)
      if (res.status !== 200) failures.push(`control: GET /api/${config.slug}/export → ${res.status} ${res.text.slice(0, 120)}`)
    }
    record('query parameters', total)
    expect(failures).toEqual([])
  }, 600_000)

  it('CORE-01 hardening: a body that is not a JSON object gets a clear 4xx on create and update', async () => {
    const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const bodies: [string, string | Buffer, string][] = [
      ['JSON sent as text/plain', '{"name":"x"}', 'text/plain'],
      ['JSON sent form-encoded', '{"name":"x"}', 'application/x-www-form-urlencoded'],
      ['form fields', 'name=x&site=1', 'application/x-www-form-urlencoded'],
      ['null', 'null', 'application/json'],
      ['an array', '[{"name":"x"}]', 'application/json'],
      ['a string', '"x"', 'application/json'],
      ['a number', '42', 'application/json'],
      ['malformed JSON', '{"name": ', 'application/json'],
      ['very deep nesting', deep, 'application/json'],
      ['over the size limit', Buffer.alloc(3 * 1024 * 1024, 0x20), 'application/json'],
      ['no content type', '{"name":"x"}', ''],
    ]
    const groups: Case[][] = []
    for (const config of collections()) {
      const slug = config.slug
      const id = baseRecords.get(`${slug}@${siteA}`)!
      const cases: Case[] = []
      const countWritten = () => countOf(slug)
      const contentWritten = () => contentOf(slug, id)
      // Four bodies per collection in turn, on create and on update alternately (all of them, both doors, in full mode).
      rotate(bodies, groups.length * 4, 4).forEach(([what, body, type], i) => {
        const headers: Record<string, string> = type ? { 'content-type': type } : {}
        if (FULL || i % 2 === 0) cases.push({ name: `POST /api/${slug} ${what}`, run: () => fetchRaw(zhAdmin, 'POST', `/api/${slug}`, body, headers), written: countWritten })
        if (FULL || i % 2 === 1) cases.push({ name: `PATCH /api/${slug}/${id} ${what}`, run: () => fetchRaw(zhAdmin, 'PATCH', `/api/${slug}/${id}`, body, headers), written: contentWritten })
      })
      groups.push(cases)
    }
    // The sign-in doors of every auth collection take text, not objects, lists or NUL bytes.
    for (const config of collections().filter((c) => c.auth)) {
      const cases: Case[] = []
      const written = () => auditCount()
      for (const door of ['login', 'forgot-password', 'unlock']) {
        for (const [what, body] of [['email as an object', { email: { $ne: '' }, password: 'x' }], ['email with a NUL byte', { email: 'a\u0000@x.cn', password: 'x' }], ['password as a list', { email: 'a@x.cn', password: ['x'] }]] as const) {
          if (door !== 'login' && what.startsWith('password')) continue // only sign-in reads a password
          cases.push({ name: `POST /api/${config.slug}/${door} ${what}`, run: () => asJson(zhAdmin, 'POST', `/api/${config.slug}/${door}`, body), written })
        }
      }
      groups.push(cases)
    }
    // GraphQL: the same bodies, and bad values inside a well-formed request.
    const gql: Case[] = []
    const writtenAll = () => auditCount()
    for (const [what, body, type] of bodies) {
      gql.push({ name: `POST /api/graphql ${what}`, run: () => fetchRaw(zhAdmin, 'POST', '/api/graphql', body, (type ? { 'content-type': type } : {}) as Record<string, string>), written: writtenAll })
    }
    groups.push(gql)
    const { total, failures } = await runAll(groups)
    record('bodies that are not a JSON object', total)
    expect(failures).toEqual([])
  }, 600_000)

  it('CORE-01 hardening: GraphQL refuses the same bad values (no server error, nothing written)', async () => {
    const failures: string[] = []
    let total = 0
    const before = await auditCount()
    const receptions = await countOf('reception-records')
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      total++
      const res = await asJson(zhAdmin, 'POST', '/api/graphql', { query, variables })
      const errors = (res.body?.errors ?? []) as { message?: string; extensions?: { statusCode?: number } }[]
      const statuses = errors.map((e) => e.extensions?.statusCode ?? 400)
      if (res.status >= 500 || !errors.length || statuses.some((s) => s >= 500) || errors.some((e) => /Something went wrong/.test(e.message ?? ''))) failures.push(`${query.slice(0, 80)} ${JSON.stringify(variables).slice(0, 80)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
    }
    const create = 'mutation($data: mutationReceptionRecordInput!) { createReceptionRecord(data: $data) { id } }'
    const base = { site: siteA, type: 'phone', visitorName: 'x', receivedAt: '2026-03-01T08:00:00Z' }
    await gql(create, { data: { ...base, visitorName: 'a\u0000b' } })
    await gql(create, { data: { ...base, receivedAt: '2026-02-30T08:00:00Z' } })
    await gql(create, { data: { ...base, staff: 2_147_483_000 } })
    await gql(create, { data: { ...base, staff: baseRecords.get(`staff@${siteB}`) } })
    await gql(create, { data: { ...base, followUpOf: baseRecords.get(`reception-records@${siteB}`) } })
    await gql('query { ReceptionRecords(page: -1) { totalDocs } }')
    await gql('query { ReceptionRecords(limit: -1) { totalDocs } }')
    await gql('query { ReceptionRecords(where: { receivedAt: { greater_than: "2026-02-30" } }) { totalDocs } }')
    await gql('query { ReceptionRecords(where: { type: { equals: bogus } }) { totalDocs } }')
    await gql('query { ReceptionRecord(id: 2147483647) { id } }')
    await gql('query { Elders(where: { name: { equals: "a\\u0000b" } }) { totalDocs } }')
    if ((await auditCount()) !== before || (await countOf('reception-records')) !== receptions) failures.push('GraphQL wrote something')
    record('GraphQL', total)
    expect(failures).toEqual([])
  })

  it('DEV hardening: device routes and the ZKTeco push take only record ids and real times', async () => {
    const ids = ['abc', '1.5', HUGE, '2147483648', '-1', '0', '%E0%A4%A']
    const device = await payload.create({ collection: 'devices', data: { name: 'gen-reader', kind: 'reader', driver: 'simulator', site: siteA, connection: { serialNumber: 'GEN12345', allowedAddress: '127.0.0.1' } } as never, overrideAccess: true })
    const cases: Case[] = []
    const written = () => Promise.all([countOf('device-commands'), countOf('device-events'), auditCount()]).then(String)
    for (const id of ids) {
      cases.push({ name: `GET /devices/gates/${id}/state`, run: () => fetchRaw(zhAdmin, 'GET', `/devices/gates/${id}/state`), written })
      cases.push({ name: `GET /devices/gates/${id}/snapshot`, run: () => fetchRaw(zhAdmin, 'GET', `/devices/gates/${id}/snapshot`), written })
      cases.push({ name: `POST /devices/gates/${id}/command`, run: () => asJson(zhAdmin, 'POST', `/devices/gates/${id}/command`, { action: 'open', reason: 'x' }), written })
      cases.push({ name: `POST /devices/phones/${id}/simulate`, run: () => asJson(zhAdmin, 'POST', `/devices/phones/${id}/simulate`, { action: 'ring', caller: '123' }), written })
      cases.push({ name: `POST /devices/phones/${id}/forwarding`, run: () => asJson(zhAdmin, 'POST', `/devices/phones/${id}/forwarding`, { on: true }), written })
      cases.push({ name: `POST /devices/${id}/key`, run: () => asJson(zhAdmin, 'POST', `/devices/${id}/key`, {}), written })
      cases.push({ name: `POST /devices/sites/${id}/actions/open-gates`, run: () => asJson(zhAdmin, 'POST', `/devices/sites/${id}/actions/open-gates`, {}), written })
    }
    const failures = await runCases(cases)
    // E-mailed approval links are pages for a person: a 4xx page, never a server error.
    for (const id of ids) {
      const res = await fetchRaw(null, 'GET', `/approve/${id}`)
      if (res.status < 400 || res.status >= 500) failures.push(`GET /approve/${id}: ${res.status}`)
    }
    // The ZKTeco push answers in its own text protocol: a 4xx, never a 500, and no swipe kept.
    const times = ['2026-02-30 10:00:00', '2026-02-28 25:00:00', 'yesterday', '2026-13-01 08:00:00', '9999999']
    const swipes = () => countOf('device-events')
    for (const time of times) {
      const before = await swipes()
      const res = await fetchRaw(null, 'POST', `/iclock/cdata?SN=GEN12345&table=rtlog&Stamp=1`, `time=${time}\tpin=0\tcardno=12345678\teventaddr=1\tevent=0\tinoutstatus=0\tverifytype=4\tindex=${++n}`, { 'content-type': 'text/plain' })
      if (res.status < 400 || res.status >= 500 || (await swipes()) !== before) failures.push(`rtlog time ${time}: ${res.status} ${res.text.slice(0, 100)}`)
    }
    record('device routes, approval links and ZKTeco times', cases.length + ids.length + times.length)
    void device
    expect(failures).toEqual([])
  })

  it('CORE-04 hardening: errors outside Payload are JSON in the person’s language, never an HTML page', async () => {
    const cases: [string, () => Promise<Res>, RegExp][] = [
      ['bad %-encoding in a device path (zh)', () => fetchRaw(zhAdmin, 'GET', '/devices/gates/%E0%A4%A/state'), /[\u4e00-\u9fff]/],
      ['bad %-encoding in an api path (en)', () => fetchRaw(enAdmin, 'GET', '/api/elders/%E0%A4%A'), /[A-Za-z]/],
      ['over-limit body (en)', () => fetchRaw(enAdmin, 'POST', '/api/elders', Buffer.alloc(3 * 1024 * 1024, 0x20), { 'content-type': 'application/json' }), /too large/],
      ['unknown address', () => fetchRaw(null, 'GET', '/no/such/page', undefined, { 'accept-language': 'en' }), /nothing at this address/],
    ]
    const failures: string[] = []
    for (const [what, run, language] of cases) {
      const res = await run()
      const message = res.body?.errors?.[0]?.message ?? ''
      if (res.status < 400 || res.status >= 500 || !/json/.test(res.type) || !language.test(message) || /<html|\n\s+at /i.test(res.text)) failures.push(`${what}: ${res.status} ${res.type} ${res.text.slice(0, 120)}`)
    }
    record('errors outside Payload', cases.length)
    expect(failures).toEqual([])
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(1000)
  })
})
