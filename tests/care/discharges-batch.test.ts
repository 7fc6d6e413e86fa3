/**
 * CARE-15 / JOB-01, issue 15 item 4: the `leave` sweep completes the day's approved discharges set-wise
 * (the discharges, their elders and their beds each in one UPDATE, the audit rows in one INSERT, one
 * message per site naming every freed bed). A sweep's statements do not grow with the number of
 * discharges, and each discharge, elder and bed is left with the fields and audit rows of one discharged
 * alone (a site with one due discharge is swept a record at a time).
 */
import { describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { makeElder, messagesLike } from '../helpers/care'
import { lastAuditId, sweepCounted, trailSince } from '../helpers/statements'
import { useWorld, type FreshSite } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

type Row = Record<string, any>
const rows = async (query: ReturnType<typeof sql>) => (await (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(query)).rows

// Leaving on Thursday 10 December 2026 (Shanghai): due from 00:00 there, swept at 09:00.
const LEAVES = '2026-12-10'
const now = new Date('2026-12-10T01:00:00.000Z')

type Home = { h: FreshSite; elders: number[]; beds: number[]; discharges: number[]; codes: string[] }

/** A fresh home whose first `n` beds are lived in, each elder with a discharge signed for 10 December. */
async function home(n: number, prefix: string): Promise<Home> {
  const h = await w.freshSite({ beds: n })
  for (const p of ['front-desk', 'dean', 'admin-director', 'health-care-supervisor', 'cashier', 'property-staff', 'catering-supervisor'] as const) await h.holder(p)
  const out: Home = { h, elders: [], beds: [], discharges: [], codes: [] }
  for (let i = 0; i < n; i++) {
    const bed = h.beds[i]
    const elder = await makeElder(w.payload, h.site, `${prefix}老人${i}`, { status: 'admitted', bed, birthDate: '1944-03-01' })
    await w.payload.update({ collection: 'beds', id: bed, data: { status: 'occupied', elder: elder.id }, overrideAccess: true })
    const d = await w.payload.create({
      collection: 'discharges',
      data: { site: h.site, elder: elder.id, dischargeDate: LEAVES, familyName: '吴军', familyPhone: '13500001111', fees: [{ item: '11月护理费(未收)', amount: 1600 }] } as never,
      overrideAccess: true,
      depth: 0,
    })
    out.elders.push(Number(elder.id))
    out.beds.push(bed)
    out.discharges.push(Number(d.id))
    out.codes.push(String((await rows(sql`SELECT code FROM beds WHERE id = ${bed}`))[0].code))
  }
  // Signed by the four (the approval chain is not what is tested here): approved, due on the day.
  await rows(sql`UPDATE discharges SET status = 'approved', approval_status = 'approved' WHERE id IN (${sql.join(out.discharges.map((id) => sql`${id}`), sql`, `)})`)
  return out
}

/** Values that differ by record (a moment, an id) replaced by their kind. */
const kinds = (c: Row, keys: string[]) => Object.fromEntries(keys.filter((k) => c[k]).map((k) => [k, { from: c[k].from == null ? null : typeof c[k].from, to: c[k].to == null ? null : typeof c[k].to }]))

/** What the sweep left of discharge `i` of a home: the discharge, its elder and bed (as stored), and their trails — its own words made alike. */
async function left(o: Home, i: number, prefix: string, since: number) {
  const [discharge] = await rows(sql`SELECT * FROM discharges WHERE id = ${o.discharges[i]}`)
  const [elder] = await rows(sql`SELECT * FROM elders WHERE id = ${o.elders[i]}`)
  const [bed] = await rows(sql`SELECT status, elder_id FROM beds WHERE id = ${o.beds[i]}`)
  const trail = async (collection: string, id: number) =>
    (await trailSince(w.payload, collection, id, since, (c) => (c ? { ...c, updatedAt: undefined, ...kinds(c, ['dischargedAt', 'elder', 'bed']) } : null))).map((r) => ({ ...r, site: 'S' }))
  const value = {
    discharge: { ...discharge, id: 'D', site_id: 'S', elder_id: 'E', discharged_at: typeof discharge.discharged_at, notice_at: typeof discharge.notice_at, created_at: undefined, updated_at: undefined },
    elder: { ...elder, id: 'E', site_id: 'S', discharged_at: typeof elder.discharged_at, created_at: undefined, updated_at: undefined },
    bed,
    dischargeTrail: await trail('discharges', o.discharges[i]),
    elderTrail: await trail('elders', o.elders[i]),
    bedTrail: await trail('beds', o.beds[i]),
  }
  return JSON.parse(JSON.stringify(value).replaceAll(`${prefix}老人${i}`, 'NAME').replaceAll(o.codes[i], 'BED'))
}

describe('CARE-15 JOB-01 the day’s discharges are completed set-wise', () => {
  it('CARE-15 JOB-01 a batch of discharges due today is completed — elders discharged, beds freed, the desk told once per site — in a number of statements that does not grow with the batch, each discharge, elder and bed as for one discharged alone', async () => {
    const one = await home(1, '甲')
    const four = await home(4, '乙')
    const twelve = await home(12, '丙')
    const since = await lastAuditId(w.payload)

    const sweep = (site: number) => sweepCounted(w.payload, 'discharges', 'leave', now, site)
    const a = await sweep(one.h.site)
    const b = await sweep(four.h.site)
    const c = await sweep(twelve.h.site)
    expect([a, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [4, 4, 0], [12, 12, 0]])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(40)
    expect(a.statements).toBeGreaterThan(c.statements)

    const reference = await left(one, 0, '甲', since)
    expect(reference.discharge).toMatchObject({ status: 'done', discharged_at: 'string', leave_due_at: null })
    expect(reference.elder).toMatchObject({ status: 'discharged', bed_id: null, discharged_at: 'string', picker_label: expect.stringMatching(/^NAME · \d+岁$/) })
    expect(reference.bed).toEqual({ status: 'free', elder_id: null })
    expect(reference.dischargeTrail.map((r: Row) => [r.action, r.from, r.to, r.note])).toEqual([['update', null, null, null], ['transition', 'approved', 'done', 'deadline:leave']])
    expect(reference.elderTrail.map((r: Row) => [r.action, Object.keys(r.changes).filter((k) => r.changes[k] !== undefined).sort()])).toEqual([['update', ['bed', 'dischargedAt', 'pickerLabel', 'status']]])
    expect(reference.bedTrail.map((r: Row) => [r.action, r.from, r.to])).toEqual([['update', null, null], ['transition', 'occupied', 'free']])
    for (const [o, prefix] of [[four, '乙'], [twelve, '丙']] as const) for (const i of o.discharges.keys()) expect(await left(o, i, prefix, since), `${prefix} ${i}`).toEqual(reference)

    // The desk is told once per site (per language), every freed bed named.
    expect(await messagesLike(w.payload, one.h.site, '已空出')).toHaveLength(1)
    const told = await messagesLike(w.payload, twelve.h.site, '已空出')
    expect(told).toHaveLength(1)
    expect(told[0].title).toMatch(/^12 个床位已空出/)
    for (const code of twelve.codes) expect(`${told[0].title}${told[0].body}`).toContain(code)

    expect(await sweep(twelve.h.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })
})
