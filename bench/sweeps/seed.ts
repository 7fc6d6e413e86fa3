/**
 * bench/sweeps seed: a site with 1,000,000 reception records (spread over the last 700 days, so none
 * is past its 2-year retention) and 200,000 reservations, almost all closed (confirmed, admitted or
 * cancelled), plus 200,000 call tasks that were done. Plain SQL: seeding is not what is measured.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { db } from '../../src/scheduler/ticks'

export { db }

export async function seedVolume(payload: Payload, { records = 1_000_000, reservations = 200_000, callTasks = 200_000 } = {}) {
  const site = await payload.create({ collection: 'sites', data: { name: '壓測院', code: 'bench', type: 'care-home' } as never })
  const staff = await payload.create({ collection: 'staff', data: { name: '压测前台', email: 'bench@bench.local', password: 'bench-password-1', sites: [{ site: site.id }] } as never })
  const building = await payload.create({ collection: 'buildings', data: { site: site.id, name: '一号楼', floors: 10 } as never })
  const s = site.id as number
  const x = db(payload)
  await x.execute(sql`INSERT INTO beds (site_id, building_id, floor, room, bed_no, status)
    SELECT ${s}, ${building.id}, 1 + (i % 10), 'R' || (i / 2), (i % 2)::text || '-' || i, 'free' FROM generate_series(1, 2000) i`)
  await x.execute(sql`INSERT INTO elders (site_id, name, gender, birth_date, status)
    SELECT ${s}, '老人' || i, 'female', '1945-01-01', 'discharged' FROM generate_series(1, 2000) i`)
  await x.execute(sql`INSERT INTO reception_records (site_id, type, received_at, visitor_name, staff_id, rating)
    SELECT ${s}, (ARRAY['phone','visit','follow-up']::enum_reception_records_type[])[1 + i % 3],
      now() - (i % 700) * interval '1 day' - (i % 600) * interval '1 minute', '访客' || i, ${staff.id},
      (ARRAY['impossible','normal','possible','very-likely']::enum_reception_records_rating[])[1 + i % 4]
    FROM generate_series(1, ${records}) i`)
  const beds = await x.execute(sql`SELECT min(id) AS lo FROM beds`)
  const elders = await x.execute(sql`SELECT min(id) AS lo FROM elders`)
  const bedLo = Number(beds.rows[0].lo)
  const elderLo = Number(elders.rows[0].lo)
  await x.execute(sql`INSERT INTO reservations (site_id, elder_id, bed_id, family_name, family_phone, deposit, status, deposit_paid_at, hold_until, cancel_on, created_at, updated_at)
    SELECT ${s}, ${elderLo} + i % 2000, ${bedLo} + i % 2000, '家属' || i, '13800000000', 500,
      (ARRAY['confirmed','admitted','cancelled']::enum_reservations_status[])[1 + i % 3],
      now() - (i % 700) * interval '1 day', now() - (i % 700) * interval '1 day' + interval '7 days', now() - (i % 700) * interval '1 day' + interval '8 days',
      now() - (i % 700) * interval '1 day', now() - (i % 700) * interval '1 day'
    FROM generate_series(1, ${reservations}) i`)
  await x.execute(sql`INSERT INTO call_tasks (site_id, title, due_at, status, overdue, done_at)
    SELECT ${s}, '回电 ' || i, now() - (i % 700) * interval '1 day', 'done', false, now() - (i % 700) * interval '1 day'
    FROM generate_series(1, ${callTasks}) i`)
  await x.execute(sql`ANALYZE`)
  return { site: s, staff: staff.id as number, bedLo, elderLo }
}

/** Make `n` items due for each sweep (and nothing else). */
export async function makeDue(payload: Payload, ids: { site: number; bedLo: number; elderLo: number }, n: number) {
  const x = db(payload)
  const s = ids.site
  await x.execute(sql`INSERT INTO reservations (site_id, elder_id, bed_id, family_name, family_phone, deposit, status, deposit_paid_at, hold_until, cancel_on, hold_due_at)
    SELECT ${s}, ${ids.elderLo} + i % 2000, ${ids.bedLo} + i % 2000, '待取消' || i, '13800000000', 500, 'held', now() - interval '9 days', now() - interval '2 days', now() - interval '1 hour', now() - interval '1 hour'
    FROM generate_series(1, ${n}) i`)
  await x.execute(sql`INSERT INTO call_tasks (site_id, title, due_at, status, overdue, call_due_at)
    SELECT ${s}, '逾期回电 ' || i, now() - interval '1 hour', 'open', false, now() - interval '1 hour' FROM generate_series(1, ${n}) i`)
  // Retention: n reception records become older than 2 years.
  await x.execute(sql`UPDATE reception_records SET received_at = now() - interval '3 years'
    WHERE id IN (SELECT id FROM reception_records WHERE received_at > now() - interval '700 days' ORDER BY id LIMIT ${n})`)
  await x.execute(sql`ANALYZE reservations; ANALYZE call_tasks; ANALYZE reception_records`)
}
