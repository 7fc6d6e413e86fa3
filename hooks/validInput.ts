/**
 * One validation layer for every door (REST, GraphQL, custom endpoints, the Local API acting for a
 * person): a `beforeOperation` hook put first on every collection, so that it runs before any other
 * hook reads the data, plus an `afterError` hook that answers what is left in the person's language.
 *
 * - ids are integers 1 … 2³¹−1 (paths, `where`, relations); page, limit and depth are whole numbers;
 * - text is text (no objects, no NUL byte) within its bound; numbers are numbers; days exist;
 *   a select takes one of its options; a group is an object and a list a list of objects;
 * - a relation names a record that exists AND, for records of a site, belongs to the record's site
 *   (staff: a staff member of that site) — checked before any other hook runs, with the person's
 *   access or a query filtered by their own site, so "another site's id" and "no such id" get the
 *   same answer;
 * - `createdAt`/`updatedAt` are the server's; a client cannot choose them (nor a record's id).
 *
 * Payload's own validation (required, bounds, options, min/max) still runs later; this layer
 * refuses what it would let through or let reach PostgreSQL as a 500, and does it before the hooks.
 */
import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Config,
  type FlattenedField,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'
import { answerFor, langOf } from '../src/lib/errors'
import { fill, L, pick, type Label } from '../src/lib/i18n'
import { isAdmin } from './access'
import { isStrictDate, MAX_ID, parseId } from './ids'

const texts = {
  intro: L('以下欄位有誤:', 'Please correct: '),
  nul: L('「{field}」不能包含空字元(\\0)', '"{field}" cannot contain a NUL character (\\0)'),
  notText: L('「{field}」應為文字', '"{field}" must be text'),
  tooLong: L('「{field}」最多 {max} 個字', '"{field}" takes at most {max} characters'),
  notNumber: L('「{field}」應為數字', '"{field}" must be a number'),
  notBoolean: L('「{field}」應為是或否(true/false)', '"{field}" must be true or false'),
  notDate: L('「{field}」不是有效的日期或時間(例如 2026-03-01 或 2026-03-01T08:30:00+08:00)', '"{field}" is not a valid date or time (e.g. 2026-03-01 or 2026-03-01T08:30:00+08:00)'),
  notOption: L('「{field}」沒有這個選項', '"{field}" has no such option'),
  notId: L('「{field}」應為記錄編號(1 到 2147483647 的整數)', '"{field}" must be a record id (a whole number from 1 to 2147483647)'),
  noRecord: L('「{field}」選擇的記錄不存在:{value}', '"{field}": no such record: {value}'),
  required: L('「{field}」必填', '"{field}" is required'),
  notList: L('「{field}」應為列表', '"{field}" must be a list'),
  notGroup: L('「{field}」應為一組欄位(物件)', '"{field}" must be a group of fields (an object)'),
  tooDeep: L('「{field}」的內容層次過深', '"{field}" is nested too deeply'),
  serverTime: L('「{field}」由系統記錄,不能指定', '"{field}" is recorded by the system and cannot be set'),
  serverId: L('記錄編號由系統分配,不能指定', 'Record ids are assigned by the system and cannot be set'),
  chooseSite: L('請選擇站點', 'Choose a site'),
  notObject: L('提交的內容應為一個 JSON 物件', 'The request body must be a JSON object'),
  noSuchRecord: L('找不到編號為「{id}」的記錄', 'There is no record with id "{id}"'),
  query: L('查詢條件「{path}」的值無效:{value}', 'The query on "{path}" has an invalid value: {value}'),
  queryNul: L('查詢條件不能包含空字元(\\0)', 'A query cannot contain a NUL character (\\0)'),
  param: L('「{param}」應為 {min} 到 {max} 的整數', '"{param}" must be a whole number from {min} to {max}'),
  sort: L('不能按「{path}」排序', 'Cannot sort by "{path}"'),
} satisfies Record<string, Label>

/** Bound for text fields that declare none (Payload's own default). */
const TEXT_BOUND = 40_000
const JSON_DEPTH = 32

type Issue = { path: string; label: string; message: string }
type RelationRef = { path: string; label: string; id: number }

type Ctx = {
  req: PayloadRequest
  lang: string
  issues: Issue[]
  /** Relation values to look up, by target collection. */
  relations: Map<string, RelationRef[]>
  collectRelations: boolean
  /** A call made for a person (not by the server itself). */
  person: boolean
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

const labelOf = (field: { name?: string; label?: unknown }, lang: string): string => {
  const label = field.label
  if (label && typeof label === 'object') return pick(label as Label, lang) || field.name || ''
  if (typeof label === 'string' && label) return label
  return field.name ?? ''
}

const issue = (ctx: Ctx, path: string, label: string, message: Label, values: Record<string, unknown> = {}) => {
  ctx.issues.push({ path, label, message: fill(pick(message, ctx.lang), { field: label, ...values }) })
}

const hasNul = (s: string) => s.includes('\u0000')

/** NUL bytes and nesting depth anywhere in a JSON-like value (keys included). */
const scanJson = (value: unknown, depth = 0): 'nul' | 'deep' | null => {
  if (depth > JSON_DEPTH) return 'deep'
  if (typeof value === 'string') return hasNul(value) ? 'nul' : null
  if (Array.isArray(value)) {
    for (const v of value) {
      const r = scanJson(v, depth + 1)
      if (r) return r
    }
    return null
  }
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (hasNul(k)) return 'nul'
      const r = scanJson(v, depth + 1)
      if (r) return r
    }
  }
  return null
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === ''

const NUMERIC = /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/
const isNumeric = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMERIC.test(v) && Number.isFinite(Number(v)))

const optionValues = (field: { options?: unknown[] }): string[] =>
  (field.options ?? []).map((o) => (typeof o === 'string' ? o : String((o as { value: unknown }).value)))

/** The id of a relation value: a number, its digits, or a populated record. */
const relationId = (v: unknown): unknown => (isPlainObject(v) && 'id' in v ? v.id : v)

// ——— Data: every field of the collection, at every depth ———

function checkFields(fields: FlattenedField[], data: Record<string, unknown>, path: string, parentLabel: string, ctx: Ctx) {
  for (const field of fields) {
    if (!('name' in field) || !field.name || !(field.name in data)) continue
    const value = data[field.name]
    if (value === undefined) continue
    const p = path ? `${path}.${field.name}` : field.name
    const label = parentLabel ? `${parentLabel} › ${labelOf(field, ctx.lang)}` : labelOf(field, ctx.lang)
    if (ctx.person && sentEmpty(field, value)) {
      issue(ctx, p, label, texts.required)
      continue
    }
    checkValue(field, value, p, label, ctx)
  }
}

/**
 * A required field a person explicitly sends empty ('' or null) is refused here, before the hooks
 * read the record (Payload's own required check comes only after them). Fields shown only under a
 * condition, kept by the server, or hidden are left to Payload.
 */
const sentEmpty = (field: FlattenedField, value: unknown): boolean => {
  const f = field as FlattenedField & { required?: boolean; hidden?: boolean; hasMany?: boolean; custom?: { serverOwned?: boolean }; admin?: { condition?: unknown; readOnly?: boolean } }
  if (!f.required || f.hidden || f.custom?.serverOwned || f.admin?.condition || f.admin?.readOnly) return false
  if (!['text', 'textarea', 'email', 'number', 'date', 'select', 'radio', 'relationship', 'upload', 'code'].includes(field.type)) return false
  return value === null || value === '' || (f.hasMany === true && Array.isArray(value) && value.length === 0)
}

function checkScalarList(field: FlattenedField, value: unknown, path: string, label: string, ctx: Ctx, each: (v: unknown) => void) {
  if (value === null) return
  if (!Array.isArray(value)) return issue(ctx, path, label, texts.notList)
  value.forEach(each)
}

function checkValue(field: FlattenedField, value: unknown, path: string, label: string, ctx: Ctx) {
  const f = field as FlattenedField & { hasMany?: boolean; maxLength?: number; relationTo?: string | string[]; options?: unknown[]; flattenedFields?: FlattenedField[] }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const one = (v: unknown): boolean => {
        if (v === null || v === undefined) return true
        if (typeof v === 'number' && Number.isFinite(v)) return true
        if (typeof v !== 'string') return void issue(ctx, path, label, texts.notText), false
        if (hasNul(v)) return void issue(ctx, path, label, texts.nul), false
        const max = f.maxLength ?? TEXT_BOUND
        if (v.length > max) return void issue(ctx, path, label, texts.tooLong, { max }), false
        return true
      }
      if (f.hasMany) return checkScalarList(field, value, path, label, ctx, one)
      one(value)
      return
    }
    case 'number': {
      const one = (v: unknown) => {
        if (isEmpty(v)) return
        if (!isNumeric(v)) issue(ctx, path, label, texts.notNumber)
      }
      if (f.hasMany) return checkScalarList(field, value, path, label, ctx, one)
      one(value)
      return
    }
    case 'checkbox':
      if (value !== null && typeof value !== 'boolean' && value !== 'true' && value !== 'false' && value !== '') issue(ctx, path, label, texts.notBoolean)
      return
    case 'date':
      if (!isEmpty(value) && !isStrictDate(value)) issue(ctx, path, label, texts.notDate)
      return
    case 'select':
    case 'radio': {
      const options = optionValues(f)
      const one = (v: unknown) => {
        if (isEmpty(v)) return
        if (typeof v !== 'string' || !options.includes(v)) issue(ctx, path, label, texts.notOption)
      }
      if (f.hasMany) return checkScalarList(field, value, path, label, ctx, one)
      if (Array.isArray(value)) return issue(ctx, path, label, texts.notOption)
      one(value)
      return
    }
    case 'relationship':
    case 'upload': {
      const targets = Array.isArray(f.relationTo) ? f.relationTo : [f.relationTo!]
      const one = (raw: unknown) => {
        if (isEmpty(raw) || raw === 'none' || raw === 'null') return
        let target = targets[0]!
        let v: unknown = raw
        if (Array.isArray(f.relationTo)) {
          if (!isPlainObject(raw) || typeof raw.relationTo !== 'string' || !targets.includes(raw.relationTo)) return issue(ctx, path, label, texts.notId)
          target = raw.relationTo
          v = raw.value
        }
        const id = parseId(relationId(v))
        if (id === undefined) return issue(ctx, path, label, texts.notId)
        if (ctx.collectRelations) ctx.relations.set(target, [...(ctx.relations.get(target) ?? []), { path, label, id }])
      }
      if (f.hasMany) return checkScalarList(field, value, path, label, ctx, one)
      if (Array.isArray(value)) return issue(ctx, path, label, texts.notId)
      one(value)
      return
    }
    case 'group':
    case 'tab':
      if (value === null) return
      if (!isPlainObject(value)) return issue(ctx, path, label, texts.notGroup)
      checkFields(f.flattenedFields ?? [], value, path, label, ctx)
      return
    case 'array':
      if (value === null || value === 0 || value === '0') return
      if (!Array.isArray(value)) return issue(ctx, path, label, texts.notList)
      value.forEach((row, i) => {
        if (!isPlainObject(row)) return issue(ctx, `${path}.${i}`, label, texts.notGroup)
        checkFields(f.flattenedFields ?? [], row, `${path}.${i}`, `${label} ${i + 1}`, ctx)
      })
      return
    case 'blocks':
      if (value === null) return
      if (!Array.isArray(value) || value.some((row) => !isPlainObject(row))) return issue(ctx, path, label, texts.notList)
      break
    case 'join':
      return
    default:
      break
  }
  const scan = scanJson(value)
  if (scan === 'nul') issue(ctx, path, label, texts.nul)
  if (scan === 'deep') issue(ctx, path, label, texts.tooDeep)
}

/** Every relation id in a stored record, by target collection (to tell new values from kept ones). */
function storedRelations(fields: FlattenedField[], doc: unknown, out: Map<string, Set<number>>) {
  if (!isPlainObject(doc)) return
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = doc[field.name]
    if (value === undefined || value === null) continue
    const f = field as FlattenedField & { relationTo?: string | string[]; flattenedFields?: FlattenedField[] }
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const v of Array.isArray(value) ? value : [value]) {
        const target = Array.isArray(f.relationTo) ? (v as { relationTo?: string })?.relationTo : f.relationTo
        const id = parseId(relationId(Array.isArray(f.relationTo) ? (v as { value?: unknown })?.value : v))
        if (target && id !== undefined) out.set(target, (out.get(target) ?? new Set()).add(id))
      }
    } else if (field.type === 'group' || field.type === 'tab') storedRelations(f.flattenedFields ?? [], value, out)
    else if (field.type === 'array' && Array.isArray(value)) value.forEach((row) => storedRelations(f.flattenedFields ?? [], row, out))
  }
}

// ——— Relations: existence and site, before any other hook ———

const collectionOf = (payload: Payload, slug: string) => (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]
const siteScoped = (payload: Payload, slug: string) => collectionOf(payload, slug)?.config.custom?.site === true

const userSites = (req: PayloadRequest): number[] =>
  (((req.user as { sites?: { site?: unknown }[] } | null)?.sites ?? []) as { site?: unknown }[])
    .map((row) => parseId(relationId(row.site)))
    .filter((id): id is number => id !== undefined)

const tenantCookie = (req: PayloadRequest): number | undefined =>
  parseId(/(?:^|;\s*)payload-tenant=([^;]+)/.exec(req.headers?.get?.('cookie') ?? '')?.[1])

/** Which of `ids` of `target` the person may point at from a record of `site`. */
async function reachable(req: PayloadRequest, target: string, ids: number[], site: number | undefined): Promise<Set<number>> {
  const { payload } = req
  const base: Where = { id: { in: ids } }
  let where: Where = base
  let overrideAccess = false
  if (site !== undefined && target === 'staff') {
    // Staff of the record's site (administrators hold every site).
    where = { and: [base, { or: [{ 'sites.site': { equals: site } }, { roles: { in: ['admin'] } }] }] }
    overrideAccess = true
  } else if (site !== undefined && siteScoped(payload, target)) {
    // Filtered by the record's site, which is one of the person's own (checked before).
    where = { and: [base, { site: { equals: site } }] }
    overrideAccess = true
  }
  try {
    const { docs } = await payload.find({
      collection: target as never,
      where,
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess,
      req,
    })
    return new Set(docs.map((d) => Number((d as { id: unknown }).id)))
  } catch (error) {
    if (error instanceof APIError && error.status === 403) return new Set()
    throw error
  }
}

async function checkRelations(ctx: Ctx, sites: (number | undefined)[], kept: Map<string, Set<number>>) {
  const { req } = ctx
  for (const [target, refs] of ctx.relations) {
    const fresh = refs.filter((r) => !kept.get(target)?.has(r.id))
    if (!fresh.length) continue
    const ids = [...new Set(fresh.map((r) => r.id))]
    for (const site of sites) {
      const found = await reachable(req, target, ids, site)
      for (const ref of fresh) {
        if (!found.has(ref.id) && !ctx.issues.some((i) => i.path === ref.path)) issue(ctx, ref.path, ref.label, texts.noRecord, { value: ref.id })
      }
    }
  }
}

// ——— The refusal ———

class InvalidInput extends ValidationError {
  constructor(req: PayloadRequest, collection: string, issues: Issue[], lang: string) {
    super({ collection, errors: issues.map(({ path, message, label }) => ({ path, message, label })), req })
    this.message = `${pick(texts.intro, lang)}${issues.map((i) => i.message).join(';')}`
    this.name = 'ValidationError' // logged like Payload's own validation errors (info), not as a failure
  }
}

const refuseIssues = (ctx: Ctx, collection: string) => {
  if (ctx.issues.length) throw new InvalidInput(ctx.req, collection, ctx.issues, ctx.lang)
}

const refuseWith = (req: PayloadRequest, message: Label, values: Record<string, unknown> = {}, status = 400): never => {
  throw new APIError(fill(pick(message, langOf(req)), values), status, undefined, true)
}

// ——— Queries: where, ids, page, limit, depth, sort ———

type Leaf = { type: string; hasMany?: boolean; options?: unknown[]; relationTo?: string | string[] }

/** The field a query path names (`elder.name`, `sites.site`, `connection.serialNumber`, `id`). */
export function resolvePath(payload: Payload, collection: SanitizedCollectionConfig, path: string): Leaf | undefined {
  let fields: FlattenedField[] = collection.flattenedFields
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!
    const last = i === segments.length - 1
    if (seg === 'id' && !fields.some((f) => 'name' in f && f.name === 'id')) return last ? { type: 'id' } : undefined
    const field = fields.find((f) => 'name' in f && f.name === seg) as (FlattenedField & Leaf & { flattenedFields?: FlattenedField[] }) | undefined
    if (!field) return undefined
    if (last) return field
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') fields = field.flattenedFields ?? []
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const target = collectionOf(payload, field.relationTo)?.config
      if (!target) return undefined
      fields = target.flattenedFields
    } else if ((field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)) {
      return segments[i + 1] === 'value' && i + 2 === segments.length ? { type: 'id' } : segments[i + 1] === 'relationTo' ? { type: 'text' } : undefined
    } else if (field.type === 'json') return { type: 'json' }
    else return undefined
  }
  return undefined
}

const COMPARE = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

function checkQueryValue(req: PayloadRequest, leaf: Leaf | undefined, path: string, operator: string, value: unknown) {
  const bad = (): never => refuseWith(req, texts.query, { path, value: typeof value === 'string' ? value.slice(0, 60) : JSON.stringify(value)?.slice(0, 60) })
  if (scanJson(value) === 'nul') refuseWith(req, texts.queryNul)
  if (scanJson(value) === 'deep') bad()
  if (!leaf || operator === 'exists' || ['near', 'within', 'intersects'].includes(operator)) return
  const multi = ['in', 'not_in', 'all'].includes(operator)
  const values = multi ? listOf(value) : [value]
  for (const v of values) {
    if (v === null || (v === undefined && !multi)) continue
    if (leaf.type === 'json' || leaf.type === 'richText') continue
    if (typeof v === 'object') bad()
    if (!COMPARE.has(operator)) {
      // like, not_like, contains: text operators; on ids, numbers and dates only digits make sense.
      if (['id', 'relationship', 'upload', 'number'].includes(leaf.type) && !isNumeric(v)) bad()
      continue
    }
    switch (leaf.type) {
      case 'id':
        if (typeof v === 'string' ? !/^-?\d{1,10}$/.test(v.trim()) || Math.abs(Number(v)) > MAX_ID : !Number.isInteger(v) || Math.abs(Number(v)) > MAX_ID) bad()
        break
      case 'relationship':
      case 'upload':
        if (Array.isArray(leaf.relationTo)) break
        if (v === '' || (typeof v === 'string' ? !/^-?\d{1,10}$/.test(v.trim()) || Math.abs(Number(v)) > MAX_ID : !Number.isInteger(v) || Math.abs(Number(v)) > MAX_ID)) bad()
        break
      case 'number':
        if (v === '' || !isNumeric(v)) bad()
        break
      case 'date':
        if (v === '' || !isStrictDate(v)) bad()
        break
      case 'checkbox':
        if (![true, false, 'true', 'false'].includes(v as never)) bad()
        break
      case 'select':
      case 'radio':
        if (!optionValues(leaf).includes(String(v))) bad()
        break
      default:
        break
    }
  }
}

function checkWhere(req: PayloadRequest, collection: SanitizedCollectionConfig, where: unknown, depth = 0) {
  if (where === undefined || where === null) return
  if (!isPlainObject(where) || depth > 12) return refuseWith(req, texts.query, { path: 'where', value: typeof where === 'string' ? where.slice(0, 60) : '' })
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) {
        if (isPlainObject(condition)) Object.values(condition).forEach((c) => checkWhere(req, collection, c, depth + 1))
        else refuseWith(req, texts.query, { path: key, value: String(condition).slice(0, 60) })
        continue
      }
      for (const c of condition) checkWhere(req, collection, c, depth + 1)
      continue
    }
    if (hasNul(key)) refuseWith(req, texts.queryNul)
    if (!isPlainObject(condition)) {
      refuseWith(req, texts.query, { path: key, value: String(condition).slice(0, 60) })
      continue
    }
    const leaf = resolvePath(req.payload, collection, key)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) checkQueryValue(req, leaf, key, operator, value)
  }
}

const wholeNumber = (req: PayloadRequest, param: string, value: unknown, min: number, max: number) => {
  if (value === undefined || value === null || value === '') return
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) refuseWith(req, texts.param, { param, min, max })
}

function checkQueryArgs(req: PayloadRequest, collection: SanitizedCollectionConfig, args: Record<string, unknown>) {
  checkWhere(req, collection, args.where)
  wholeNumber(req, 'page', args.page, 1, 1_000_000_000)
  wholeNumber(req, 'limit', args.limit, 0, 100_000)
  wholeNumber(req, 'depth', args.depth, 0, 10)
  if (args.sort !== undefined && args.sort !== null && args.sort !== '') {
    const sorts = Array.isArray(args.sort) ? args.sort : typeof args.sort === 'string' ? args.sort.split(',') : [args.sort]
    for (const s of sorts) {
      if (typeof s !== 'string' || hasNul(s)) refuseWith(req, texts.sort, { path: String(s).replace(/\0/g, '\\0').slice(0, 60) })
      const path = (s as string).trim().replace(/^-/, '')
      if (path && !resolvePath(req.payload, collection, path)) refuseWith(req, texts.sort, { path: path.slice(0, 60) })
    }
  }
}

/** A path id (`/api/<slug>/<id>`, GraphQL `id:`, Local API `id`) must be one a record can have. */
function checkId(req: PayloadRequest, args: Record<string, unknown>) {
  if (!('id' in args) || args.id === undefined) return
  if (parseId(args.id) !== undefined) return
  // Server code asking "is there such a record?" gets its null, as for any id that names none.
  if (args.disableErrors) {
    args.id = 0
    return
  }
  const shown = typeof args.id === 'number' && !Number.isFinite(args.id) ? String(args.id) : String(args.id).slice(0, 40)
  refuseWith(req, texts.noSuchRecord, { id: shown }, 404)
}

// ——— The hook ———

const AUTH_OPERATIONS = new Set(['login', 'forgotPassword', 'resetPassword', 'unlock', 'refresh'])

/** A call made for a person (REST, GraphQL, or the Local API with their access), not by the server itself. */
const forPerson = (req: PayloadRequest, overrideAccess: boolean | undefined) => overrideAccess !== true && req.payloadAPI !== undefined

export const validInputHook: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const a = args as Record<string, unknown>
  const config = (a.collection as { config?: SanitizedCollectionConfig } | undefined)?.config ?? (collection as SanitizedCollectionConfig)
  const slug = config.slug

  if (operation === 'read' || operation === 'count' || operation === 'delete' || operation === 'update' || operation === 'countVersions' || operation === 'readDistinct') {
    checkId(req, a)
    checkQueryArgs(req, config, a)
  }
  if (AUTH_OPERATIONS.has(operation)) {
    if (a.data === undefined) return args
    if (!isPlainObject(a.data)) return refuseWith(req, texts.notObject)
    for (const key of ['email', 'username', 'password', 'token']) {
      const value = a.data[key]
      if (value === undefined || value === null) continue
      if (typeof value !== 'string') refuseWith(req, texts.notText, { field: key })
      else if (hasNul(value)) refuseWith(req, texts.nul, { field: key })
      else if (value.length > 1000) refuseWith(req, texts.tooLong, { field: key, max: 1000 })
    }
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args

  if (!isPlainObject(a.data)) return refuseWith(req, texts.notObject)
  const data = a.data
  const lang = langOf(req)
  const person = forPerson(req, overrideAccess)
  const ctx: Ctx = { req, lang, issues: [], relations: new Map(), collectRelations: person && Boolean(req.user), person }

  // The server's own fields.
  let original: Record<string, unknown> | null | undefined
  const loadOriginal = async () => {
    if (original !== undefined || operation !== 'update' || a.id === undefined) return original ?? null
    try {
      original = (await req.payload.findByID({ collection: slug as never, id: a.id as number, depth: 0, overrideAccess: false, req, disableErrors: true })) as Record<string, unknown> | null
    } catch {
      original = null
    }
    return original
  }
  if (person) {
    const timeField = (name: string) => labelOf((config.flattenedFields.find((f) => 'name' in f && f.name === name) ?? { name }) as never, lang)
    if (operation === 'create') {
      for (const name of ['createdAt', 'updatedAt']) if (!isEmpty(data[name])) issue(ctx, name, timeField(name), texts.serverTime)
      if (!isEmpty(data.id) && !a.duplicateFromID) issue(ctx, 'id', 'id', texts.serverId)
    } else {
      if (!isEmpty(data.createdAt)) {
        const stored = (await loadOriginal())?.createdAt
        if (!stored || new Date(String(data.createdAt)).getTime() !== new Date(String(stored)).getTime()) issue(ctx, 'createdAt', timeField('createdAt'), texts.serverTime)
      }
      if (!isEmpty(data.id) && String(data.id) !== String(a.id)) issue(ctx, 'id', 'id', texts.serverId)
    }
  }

  checkFields(config.flattenedFields, data, '', '', ctx)
  refuseIssues(ctx, slug)
  // Payload sets updatedAt on every update; a (valid) stale one from an open form is simply dropped.
  if (person && operation === 'update') delete data.updatedAt
  if (!ctx.collectRelations) return args

  // The record's site, for the relations of a site's record.
  let sites: (number | undefined)[] = [undefined]
  const kept = new Map<string, Set<number>>()
  if (config.custom?.site === true) {
    const siteLabel = labelOf((config.flattenedFields.find((f) => 'name' in f && f.name === 'site') ?? { name: 'site' }) as never, lang)
    const admin = isAdmin(req.user as never)
    const mine = (site: number) => admin || userSites(req).includes(site)
    if (operation === 'create') {
      const site = isEmpty(data.site) ? tenantCookie(req) : parseId(relationId(data.site))
      if (site === undefined) issue(ctx, 'site', siteLabel, texts.chooseSite)
      else if (!mine(site)) issue(ctx, 'site', siteLabel, texts.noRecord, { value: site })
      sites = [site]
    } else if (a.id !== undefined) {
      // Nothing to look up unless a relation is sent or the site is (the admin panel sends it unchanged).
      if (!ctx.relations.size && isEmpty(data.site)) return args
      const stored = await loadOriginal()
      if (!stored) return args // Payload answers "not found"
      const storedSite = parseId(relationId(stored.site))
      const site = 'site' in data && !isEmpty(data.site) ? parseId(relationId(data.site)) : storedSite
      if (site !== undefined && site !== storedSite && !mine(site)) issue(ctx, 'site', siteLabel, texts.noRecord, { value: site })
      if (site === storedSite) storedRelations(config.flattenedFields, stored, kept)
      sites = [site]
    } else {
      // A bulk update: the relations must suit every record it touches (or the site it moves them to).
      if (!ctx.relations.size && isEmpty(data.site)) return args
      const moveTo = isEmpty(data.site) ? undefined : parseId(relationId(data.site))
      if (moveTo !== undefined) {
        if (!mine(moveTo)) issue(ctx, 'site', siteLabel, texts.noRecord, { value: moveTo })
        refuseIssues(ctx, slug)
        ctx.relations.delete('sites')
        await checkRelations(ctx, [moveTo], kept)
        refuseIssues(ctx, slug)
        return args
      }
      const { docs } = await req.payload.find({ collection: slug as never, where: a.where as Where, depth: 0, limit: 0, pagination: false, overrideAccess: false, req, select: { site: true } as never })
      sites = [...new Set(docs.map((d) => parseId(relationId((d as { site?: unknown }).site))))]
      if (!sites.length) return args
    }
    refuseIssues(ctx, slug)
    // The record's own site was checked against the person's sites above.
    ctx.relations.delete('sites')
  } else if (operation === 'update' && a.id !== undefined && ctx.relations.size) {
    // Unreadable (no access, or no such record): every relation value is checked as new.
    const stored = await loadOriginal()
    if (stored) storedRelations(config.flattenedFields, stored, kept)
  }
  await checkRelations(ctx, sites, kept)
  refuseIssues(ctx, slug)
  return args
}

// ——— What is left: answered in the person's language ———

type AfterError = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

export const answerErrors: AfterError = ({ error: raised, req, graphqlResult, result }) => {
  // GraphQL hands over its own error; what was thrown is inside.
  const error = graphqlResult && (raised as { originalError?: unknown }).originalError ? (raised as unknown as { originalError: unknown }).originalError : raised
  const answer = answerFor(error, langOf(req))
  if (answer.log === 'gap') req.payload.logger.error({ err: error, msg: 'validation gap: PostgreSQL refused input that hooks/validInput.ts let through' })
  const status = Number((error as { status?: number }).status ?? 500)
  if (status < 500 && answer.status < 500) return // a refusal someone chose: keep its message and data
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: answer.message, extensions: { ...graphqlResult.extensions, statusCode: answer.status } } }
  return { response: { ...(result ?? {}), errors: [{ message: answer.message }] }, status: answer.status }
}

/** Put the validation first on every collection and answer remaining errors readably. */
export const validInput: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(
    (c: CollectionConfig): CollectionConfig => ({ ...c, hooks: { ...c.hooks, beforeOperation: [validInputHook, ...(c.hooks?.beforeOperation ?? [])] } }),
  ),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerErrors] },
})
