/**
 * CORE-03 the signed-in staff member of every request, loaded lean (issue 15).
 *
 * Payload's own JWT strategy reads the token (the header or the cookie, with its CSRF rules), checks
 * its signature and its session, and loads the user with `findByID` — the whole Local API read
 * pipeline and a relational query built afresh on every request. Here the same strategy runs with
 * that one read replaced by a single prepared statement over the staff row and its arrays: what the
 * access rules read (sites, roles, positions, department, active) and what Payload's session check
 * reads (the account's session ids, at most MAX_SESSIONS_PER_ACCOUNT since the cap at sign-in). The
 * token, the session check and every refusal stay Payload's own. The member is kept between requests
 * while every change to it is heard at once (collections/core/staffCache.ts). The shape equals `findByID` at
 * depth 0 (tests/core/staff-auth.test.ts compares the two field by field, so a new staff field
 * that this statement does not read fails the test).
 */
import { sql } from '@payloadcms/db-postgres'
import { JWTAuthentication, type AuthStrategy, type Payload } from 'payload'
import { cachedStaffMember } from './staffCache'

type Row = {
  id: number
  name: string
  department_id: number | null
  work_phone: string | null
  mobile: string | null
  language: string
  picker_label: string | null
  active: boolean | null
  email: string
  updated_at: Date | string
  created_at: Date | string
  roles: string[]
  sites: { id: string; site: number }[]
  positions: number[]
  sessions: { id: string; createdAt: string | null; expiresAt: string }[]
}

const iso = (value: Date | string | null) => (value == null ? null : new Date(value).toISOString())

/**
 * The statement, prepared once per connection under its name (PostgreSQL parses and plans it once,
 * not on every request; issue 15 item 1: with four correlated sub-selects, planning was a good part of
 * its time) and sent through the adapter's pool without building it again in drizzle on each request.
 */
const STAFF_MEMBER = {
  name: 'frontdesk_staff_member_v1',
  text: `
    SELECT s.id, s.name, s.department_id, s.work_phone, s.mobile, s.language, s.picker_label, s.active, s.email, s.updated_at, s.created_at,
      coalesce((SELECT json_agg(r.value ORDER BY r."order") FROM staff_roles r WHERE r.parent_id = s.id), '[]') AS roles,
      coalesce((SELECT json_agg(json_build_object('id', x.id, 'site', x.site_id) ORDER BY x._order) FROM staff_sites x WHERE x._parent_id = s.id), '[]') AS sites,
      coalesce((SELECT json_agg(p.positions_id ORDER BY p."order") FROM staff_rels p WHERE p.parent_id = s.id AND p.path = 'positions' AND p.positions_id IS NOT NULL), '[]') AS positions,
      coalesce((SELECT json_agg(json_build_object('id', z.id, 'createdAt', z.created_at, 'expiresAt', z.expires_at) ORDER BY z._order) FROM staff_sessions z WHERE z._parent_id = s.id), '[]') AS sessions
    FROM staff s WHERE s.id = $1`,
}

type Pool = { query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Row[] }> }

/** The staff member as `findByID({ depth: 0, overrideAccess: true })` answers it, in one statement; undefined when there is none. */
export async function loadStaffMember(payload: Payload, id: number | string) {
  if (!/^[1-9][0-9]{0,9}$/.test(String(id))) return undefined
  const db = payload.db as unknown as { pool?: Pool; drizzle: { execute: (query: unknown) => Promise<{ rows: Row[] }> } }
  const values = [Number(id)]
  const { rows } = db.pool
    ? await db.pool.query({ ...STAFF_MEMBER, values })
    : await db.drizzle.execute(sql.join([sql.raw(STAFF_MEMBER.text.replace('$1', '')), sql`${values[0]}`]))
  const row = rows[0]
  if (!row) return undefined
  return {
    id: row.id,
    name: row.name,
    positions: row.positions,
    department: row.department_id,
    workPhone: row.work_phone,
    mobile: row.mobile,
    language: row.language,
    pickerLabel: row.picker_label,
    active: row.active,
    roles: row.roles,
    sites: row.sites,
    email: row.email,
    updatedAt: iso(row.updated_at),
    createdAt: iso(row.created_at),
    sessions: row.sessions.map((s) => ({ id: s.id, createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt) })),
    collection: 'staff' as const,
  }
}

/**
 * Payload's JWT strategy, given a view of Payload whose `findByID` of a staff member at depth 0 is
 * `loadStaffMember`; everything else it reads (secret, config, collections) is Payload's. Named
 * `local-jwt` as Payload's is (the name reaches `/me` as `strategy`). When it finds nobody, Payload's
 * own strategy runs after it and finds nobody too.
 */
export const leanJWT: AuthStrategy = {
  name: 'local-jwt',
  authenticate: (args) => JWTAuthentication({ ...args, payload: viewOf(args.payload) }),
}

/** The view, made once per Payload instance (not on every request). */
const views = new WeakMap<Payload, Payload>()
const viewOf = (payload: Payload): Payload => {
  let view = views.get(payload)
  if (!view) {
    view = Object.create(payload, {
      findByID: {
        value: async (options: { collection: string; id: number | string; depth?: number }) =>
          options.collection === 'staff' && options.depth === 0
            ? ((await cachedStaffMember(payload, options.id, () => loadStaffMember(payload, options.id))) ?? null)
            : payload.findByID(options as never),
      },
    }) as Payload
    views.set(payload, view)
  }
  return view
}
