/**
 * bench/sweeps seed. Plain SQL for the volume (seeding is not what is measured):
 *
 * - the demo data first (`seedDemo`: sites, staff and their positions, the waitlist, and at least one
 *   record of most forms — the templates below);
 * - on the care home: 1,000,000 reception records (spread over the last 700 days, so none is past
 *   its 2-year retention), 2,000 beds, 2,000 elders and 200,000 closed reservations;
 * - for every other form that declares a deadline (hooks/deadlines.ts): its table grown to
 *   `formRows` rows by cloning one of its demo records, with the due column empty (spent).
 *
 * `makeDue` then makes `n` items due for every declared deadline: `n` held reservations, each holding
 * its own bed for its elder (so the cancellation frees a real bed and the desk's waitlist message
 * names the families to call), and for each other form `n` clones of its template whose `while`
 * condition holds and whose due column has passed.
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionConfig, Payload } from 'payload'

import { collections } from '../../collections'
import type { DeadlineSpec } from '../../hooks/deadlines'
import { dueColumn, fromColumn } from '../../hooks/deadlines'
import type { FormSpec } from '../../hooks/form/types'
import { seedDemo } from '../../src/seed/demo'
import { db } from '../../src/scheduler/ticks'

export { db }

export type Ids = { site: number; staff: number; bedLo: number; elderLo: number; building: number }

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase()
const q = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Every declared deadline of the forms: its collection, its table and the declaration. */
export const declaredDeadlines = (): { slug: string; table: string; deadline: DeadlineSpec }[] =>
  collections.flatMap((c: CollectionConfig) =>
    (((c.custom as { form?: FormSpec } | undefined)?.form?.deadlines ?? []) as DeadlineSpec[]).map((deadline) => ({ slug: c.slug, table: snake(c.slug), deadline })),
  )

export async function seedVolume(payload: Payload, { records = 1_000_000, reservations = 200_000, formRows = 200_000 } = {}): Promise<Ids> {
  await seedDemo(payload)
  const x = db(payload)
  const { rows: homes } = await x.execute(sql`SELECT site_id FROM beds GROUP BY site_id ORDER BY count(*) DESC LIMIT 1`)
  const s = Number(homes[0].site_id)
  const { rows: staffRows } = await x.execute(sql`SELECT _parent_id AS parent_id FROM staff_sites WHERE site_id = ${s} ORDER BY _parent_id LIMIT 1`)
  const staff = Number(staffRows[0].parent_id)
  const building = await payload.create({ collection: 'buildings', data: { site: s, name: '压测楼', floors: 10 } as never })
  await x.execute(sql`INSERT INTO beds (site_id, building_id, floor, room, bed_no, code, status)
    SELECT ${s}, ${building.id}, 1 + (i % 10), 'Y' || (i / 2), (i % 2)::text || '-' || i, '压测楼-' || i, 'free' FROM generate_series(1, 2000) i`)
  await x.execute(sql`INSERT INTO elders (site_id, name, gender, birth_date, status)
    SELECT ${s}, '压测老人' || i, 'female', '1945-01-01', 'discharged' FROM generate_series(1, 2000) i`)
  await x.execute(sql`INSERT INTO reception_records (site_id, type, received_at, visitor_name, staff_id, rating)
    SELECT ${s}, (ARRAY['phone','visit','follow-up']::enum_reception_records_type[])[1 + i % 3],
      now() - (i % 700) * interval '1 day' - (i % 600) * interval '1 minute', '访客' || i, ${staff},
      (ARRAY['impossible','normal','possible','very-likely']::enum_reception_records_rating[])[1 + i % 4]
    FROM generate_series(1, ${records}) i`)
  const { rows: beds } = await x.execute(sql`SELECT min(id) AS lo FROM beds WHERE building_id = ${building.id}`)
  const { rows: elders } = await x.execute(sql`SELECT min(id) AS lo FROM elders WHERE name LIKE '压测老人%'`)
  const bedLo = Number(beds[0].lo)
  const elderLo = Number(elders[0].lo)
  await x.execute(sql`INSERT INTO reservations (site_id, elder_id, bed_id, family_name, family_phone, deposit, status, deposit_paid_at, created_at, updated_at)
    SELECT ${s}, ${elderLo} + i % 2000, ${bedLo} + i % 2000, '家属' || i, '13800000000', 500,
      (ARRAY['confirmed','admitted','cancelled']::enum_reservations_status[])[1 + i % 3],
      now() - (i % 700) * interval '1 day', now() - (i % 700) * interval '1 day', now() - (i % 700) * interval '1 day'
    FROM generate_series(1, ${reservations}) i`)
  await templates(payload, { site: s, bedLo, elderLo })
  // The key loans grow on a property site of their own: the 25th's key-count sheet (PROP-16 `next`)
  // lists its site's keys less the ones lent, and 200,000 keys out is no property centre's cabinet —
  // the table is large for the sweeps that filter it, the sheet each `next` opens is the demo's.
  const { rows: elsewhere } = await x.execute(sql`INSERT INTO sites (name, code, type) VALUES ('压测物业', 'bench-keys', 'property') RETURNING id`)
  const onSiteOfTheirOwn = new Set(['key_loans'])
  for (const { slug, table } of declaredDeadlines().filter((d, i, all) => d.slug !== 'reservations' && all.findIndex((e) => e.slug === d.slug) === i)) {
    // An admission is of a preparation of its own (one per reservation): the copies get new preparations.
    const rows = table === 'admissions' ? Math.max(0, Math.min(formRows, reservations - 2000)) : formRows
    const set: Record<string, string> = table === 'admissions' ? { prep_id: `${await newPreps(payload, rows)} - 1 + g` } : {}
    if (onSiteOfTheirOwn.has(table)) set.site_id = String(elsewhere[0].id)
    const made = await cloneTemplate(payload, table, rows, set).catch((error: Error) => {
      console.log(`${slug}: could not clone (${error.message.split('\n')[0]})`)
      return undefined
    })
    if (made === undefined) console.log(`${slug}: no demo record to clone; its deadlines are measured on the demo data only`)
  }
  await x.execute(sql`ANALYZE`)
  return { site: s, staff, bedLo, elderLo, building: Number(building.id) }
}

/**
 * A record to clone for the forms the demo data has none of (CARE-11 admissions, CARE-15 discharges),
 * written in SQL with what the forms require: an admission with its preparation (of a closed
 * reservation), its photo and its fees; a discharge of an elder of the bench, approved.
 */
async function templates(payload: Payload, { site, bedLo, elderLo }: { site: number; bedLo: number; elderLo: number }) {
  const x = db(payload)
  const { rows: none } = await x.execute(sql`SELECT (SELECT count(*) FROM admissions)::int AS a, (SELECT count(*) FROM discharges)::int AS d`)
  if (!none[0].a) {
    const { rows: photo } = await x.execute(sql`INSERT INTO documents (site_id, title, filename, mime_type, filesize, width, height) VALUES (${site}, '证件照', 'bench-photo.png', 'image/png', 100, 155, 193) RETURNING id`)
    const { rows: reservation } = await x.execute(sql`SELECT id FROM reservations WHERE site_id = ${site} AND status = 'admitted' ORDER BY id LIMIT 1`)
    const { rows: prep } = await x.execute(sql`INSERT INTO admission_preps (site_id, reservation_id, elder_id, arrival_date, health_cert_date, status)
      SELECT ${site}, r.id, r.elder_id, now() - interval '30 days', now() - interval '40 days', 'admitted' FROM reservations r WHERE r.id = ${reservation[0].id} RETURNING id`)
    await x.execute(sql`INSERT INTO admissions (site_id, prep_id, elder_id, elder_name, admitted_at, assessment, contract_class, photo_id, fees_nursing_fee, status)
      SELECT ${site}, ${prep[0].id}, p.elder_id, '压测老人', now() - interval '30 days', '自理', 'B', ${photo[0].id}, 1000, 'admitted' FROM admission_preps p WHERE p.id = ${prep[0].id}`)
  }
  if (!none[0].d) {
    await x.execute(sql`INSERT INTO discharges (site_id, elder_id, elder_name, notice_at, discharge_date, family_name, family_phone, status)
      VALUES (${site}, ${elderLo}, '压测老人', now() - interval '40 days', now() - interval '30 days', '家属', '13800000000', 'done')`)
  }
  void bedLo
  const { rows: reports } = await x.execute(sql`SELECT count(*)::int AS n FROM daily_reports`)
  const { rows: club } = await x.execute(sql`SELECT id FROM sites WHERE type = 'club' ORDER BY id LIMIT 1`)
  if (!reports[0].n && club.length) {
    await x.execute(sql`INSERT INTO daily_reports (site_id, day, day_key, status) VALUES (${club[0].id}, now() - interval '1 day', to_char(now() - interval '1 day', 'YYYY-MM-DD'), 'sent')`)
  }
}

/**
 * `n` new admission preparations (copies of the first, each of another reservation of the bench's, none
 * used before): the id of the first; they are consecutive (one INSERT).
 */
async function newPreps(payload: Payload, n: number): Promise<number> {
  if (n <= 0) return 0
  const x = db(payload)
  const { rows } = await x.execute(sql`INSERT INTO admission_preps (site_id, reservation_id, elder_id, arrival_date, health_cert_date, status)
    SELECT p.site_id, r.id, p.elder_id, p.arrival_date, p.health_cert_date, 'admitted'
    FROM (SELECT * FROM admission_preps ORDER BY id LIMIT 1) p,
      (SELECT id FROM reservations WHERE id NOT IN (SELECT reservation_id FROM admission_preps) ORDER BY id LIMIT ${n}) r
    ORDER BY r.id RETURNING id`)
  if (rows.length < n) throw new Error(`admissions: only ${rows.length} reservations left for ${n} preparations`)
  return rows.reduce((least, r) => Math.min(least, Number(r.id)), Infinity)
}

/**
 * Insert `n` copies of one record of `table` (the lowest id, or the one `where` picks), with the
 * columns in `set` overridden (SQL expressions; `g` is the copy's number). Unique text columns get
 * the copy's number appended; the due columns are left as `set` says (empty by default).
 */
async function cloneTemplate(payload: Payload, table: string, n: number, set: Record<string, string>, tag = 'b'): Promise<number | undefined> {
  const x = db(payload)
  const { rows: exists } = await x.execute(sql`SELECT to_regclass(${`public.${table}`}) AS t`)
  if (!exists[0].t) return undefined
  const { rows: template } = await x.execute(sql.raw(`SELECT id FROM ${q(table)} ORDER BY id LIMIT 1`))
  if (!template.length) return undefined
  const { rows: cols } = await x.execute(
    sql`SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
      WHERE a.attrelid = ${table}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'id'`,
  )
  // Each unique index gets one column that differs between copies: a text column (the copy's tag
  // and number appended) or else a number that is not a reference (the copy's number added).
  const { rows: unique } = await x.execute(
    sql`SELECT i.indexrelid AS idx, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = ${table}::regclass AND i.indisunique AND NOT i.indisprimary`,
  )
  const varied = new Map<string, 'text' | 'number'>()
  for (const idx of new Set(unique.map((u) => String(u.idx)))) {
    const members = unique.filter((u) => String(u.idx) === idx)
    if (members.some((u) => String(u.name) in set)) continue // the caller gives each copy its own value
    const text = members.find((u) => /char|text/.test(String(u.type)))
    const number = members.find((u) => /integer|numeric|bigint/.test(String(u.type)) && !String(u.name).endsWith('_id'))
    if (text) varied.set(String(text.name), 'text')
    else if (number) varied.set(String(number.name), 'number')
    else throw new Error(`${table}: a unique index without a column to vary`)
  }
  copies++
  const dueNames = new Set(
    declaredDeadlines()
      .filter((d) => d.table === table)
      .flatMap((d) => [snake(dueColumn(d.deadline)), ...(d.deadline.window ? [snake(fromColumn(d.deadline))] : [])]),
  )
  const names = cols.map((c) => String(c.name))
  const exprs = cols.map((c) => {
    const name = String(c.name)
    if (name in set) return `(${set[name]})::${c.type}`
    if (dueNames.has(name)) return 'NULL'
    if (varied.get(name) === 'text') return `left(${q(name)}, 200) || '-${tag}' || g`
    if (varied.get(name) === 'number') return `${q(name)} + ${copies * 10_000_000} + g`
    return q(name)
  })
  await x.execute(
    sql.raw(`INSERT INTO ${q(table)} (${names.map(q).join(', ')}) SELECT ${exprs.join(', ')} FROM ${q(table)}, generate_series(1, ${n}) g WHERE id = ${template[0].id}`),
  )
  return n
}

let copies = 0

const literal = (v: string | number | boolean) => (typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v))

let round = 0
let base = 0
/** WF-04: the gated, open message whose unconfirmed receipts the chase reminds (made by `makeDue`). */
let gated = 0

/**
 * What a due copy needs to pass its form's own checks, where the template's value appended with the
 * copy's tag would not (`g` is the copy's number, 1…n): a month `YYYY-MM` of its own (PROP-16), a unit
 * code like 1-2-301 (PROP-05), a special follow-up's stage (PROP-08), a leaving elder of its own (CARE-15).
 */
function validCopy(name: string, leaving: { elder: number; bed: number }): Record<string, string> {
  base += 1
  const b = base * 2000
  switch (name) {
    case 'key-counts.report':
    case 'key-counts.next':
      // Months far ahead, two apart: the next month's sheet (what `next` opens) does not exist yet.
      return { month: `to_char(date '2100-01-01' + ((${b} + g) * 2) * interval '1 month', 'YYYY-MM')`, due_on: `to_char(date '2100-01-01' + ((${b} + g) * 2) * interval '1 month', 'YYYY-MM') || '-25'` }
    case 'appointments.remind':
      // Reminded the day before: an appointment still ahead.
      return { start_at: `now() + interval '20 hours'`, reminded: 'false' }
    case 'daily-reports.send':
      // One report per site and day: each copy a day of its own, long ago.
      return { day: `date '1900-01-01' + (${b} + g)`, day_key: `to_char(date '1900-01-01' + (${b} + g), 'YYYY-MM-DD')` }
    case 'message-receipts.chase':
      return { message_id: String(gated) }
    case 'units.census':
      return { code: `'Z${base}-' || (g / 1000) || '-' || (g % 1000)` }
    case 'follow-ups.special':
      return { stage: `'mid'`, contract_to: 'NULL' }
    case 'discharges.leave':
    case 'discharges.feesCheck':
      return { elder_id: `${leaving.elder - 1} + g`, fees_checked: 'false' }
    default:
      return {}
  }
}

/** Make `n` items due for every declared deadline (and nothing else). Returns the deadlines that could not be made due. */
export async function makeDue(payload: Payload, ids: Ids, n: number): Promise<string[]> {
  const x = db(payload)
  const s = ids.site
  round++
  // CARE-08: n held reservations, each holding its own bed for its elder, past their 6th working day.
  await x.execute(sql`UPDATE beds SET status = 'held', elder_id = ${ids.elderLo - ids.bedLo}::int + id
    WHERE building_id = ${ids.building} AND id < ${ids.bedLo + n}::int`)
  await x.execute(sql`INSERT INTO reservations (site_id, elder_id, bed_id, family_name, family_phone, deposit, deposit_receipt, status, deposit_paid_at, hold_due_at)
    SELECT ${s}, ${ids.elderLo}::int + i, ${ids.bedLo}::int + i, '待取消' || i, '13800000000', 500, 'R' || i, 'held', now() - interval '9 days', now() - interval '1 hour'
    FROM generate_series(0, ${n - 1}::int) i`)
  // CARE-15: the elders leaving (the upper half of the bench's elders), each admitted on a bed of its own.
  const leaving = { elder: ids.elderLo + 1000, bed: ids.bedLo + 1000 }
  await x.execute(sql`UPDATE beds SET status = 'occupied', elder_id = ${leaving.elder - leaving.bed}::int + id
    WHERE building_id = ${ids.building} AND id >= ${leaving.bed}::int AND id < ${leaving.bed + n}::int`)
  await x.execute(sql`UPDATE elders SET status = 'admitted', bed_id = ${leaving.bed - leaving.elder}::int + id
    WHERE id >= ${leaving.elder}::int AND id < ${leaving.elder + n}::int`)
  // WF-04: a gated message still open, of the site of the receipt copied.
  const { rows: receipt } = await x.execute(sql`SELECT site_id FROM message_receipts ORDER BY id LIMIT 1`)
  if (receipt.length) {
    const { rows: m } = await x.execute(sql`INSERT INTO messages (site_id, title, gated, status) VALUES (${receipt[0].site_id}, '压测:须确认的消息', true, 'open') RETURNING id`)
    gated = Number(m[0].id)
  }
  const missing: string[] = []
  for (const { slug, table, deadline } of declaredDeadlines().filter((d) => d.slug !== 'reservations')) {
    const set: Record<string, string> = { [snake(dueColumn(deadline))]: `now() - interval '1 hour'` }
    if (deadline.window) set[snake(fromColumn(deadline))] = `now() - interval '2 hours'`
    for (const [field, v] of Object.entries(deadline.while ?? {})) set[snake(field)] = literal(Array.isArray(v) ? v[0] : v)
    if (deadline.then.flag) set[snake(deadline.then.flag)] = 'false'
    Object.assign(set, validCopy(`${slug}.${deadline.name}`, leaving))
    if (table === 'admissions') set.prep_id = `${await newPreps(payload, n)} - 1 + g`
    const made = await cloneTemplate(payload, table, n, set, `d${round}${deadline.name}`).catch((error: Error) => {
      console.log(`${slug}.${deadline.name}: could not clone (${error.message.split('\n')[0]})`)
      return undefined
    })
    if (made === undefined) missing.push(`${slug}.${deadline.name}`)
  }
  // Retention: n reception records become older than 2 years.
  await x.execute(sql`UPDATE reception_records SET received_at = now() - interval '3 years'
    WHERE id IN (SELECT id FROM reception_records WHERE received_at > now() - interval '700 days' ORDER BY id LIMIT ${n})`)
  await x.execute(sql`ANALYZE`)
  return missing
}
