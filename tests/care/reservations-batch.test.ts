/**
 * CARE-08 / JOB-01, issue 15 item 4: the `hold` sweep cancels a batch of due reservations set-wise
 * (hooks/lifecycle/batch.ts: one UPDATE for the reservations, one for their beds, the audit rows in one
 * INSERT, the elders' labels in one statement, one waitlist message per site naming every freed bed).
 * These tests prove the batch does what the record-at-a-time path does (a site with one due
 * reservation is swept a record at a time), and that one failing record still leaves the rest done.
 */
import { describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { declaredDeadline, runDeadline } from '../../hooks/deadlines'
import { bedOf, heldReservation, messagesLike } from '../helpers/care'
import { useWorld, type FreshSite } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

const paidThursday = '2025-09-25T02:00:00.000Z' // 10:00 in Shanghai; cancelled from 00:00 of 10 October (National Day)
const due = new Date('2025-10-10T01:00:00Z')

type Row = Record<string, any>

const db = () => (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle

async function home(): Promise<FreshSite> {
  const h = await w.freshSite({ beds: 4 })
  await h.holder('front-desk')
  // A second front-desk holder reading English: the desk's message is sent in each recipient's language.
  await w.hire({ sites: [h.site], positions: ['front-desk'], language: 'en', name: 'Desk EN' })
  for (const [familyName, at] of [['周家', '2025-09-02T01:00:00Z'], ['吴家', '2025-09-01T01:00:00Z'], ['郑家', '2025-09-03T01:00:00Z'], ['孙家', '2025-09-04T01:00:00Z']]) {
    const r = await h.desk.post('/api/waitlist', { site: h.site, familyName, familyPhone: '13900002222', elderName: `${familyName}老人`, registeredAt: at })
    expect(r.status).toBe(201)
  }
  return h
}

async function held(h: FreshSite, bed: number, name: string) {
  const { elder, reservation, doc } = await heldReservation(h, w.payload, bed, name, { depositPaidAt: paidThursday })
  expect(doc.status, JSON.stringify(doc)).toBe('held')
  return { id: reservation, elder: elder.id, bed }
}

const sweep = async (site: number) =>
  runDeadline({ payload: w.payload, req: await createLocalReq({ context: { channel: 'job' } }, w.payload), now: due, site }, 'reservations', declaredDeadline(w.payload, 'reservations', 'hold'))

const lastAuditId = async () => Number((await db().execute(sql`SELECT coalesce(max(id), 0) AS id FROM audit_log`)).rows[0].id)

/** The trail of a record written after `since`, as the desk reads it (values that vary by record replaced by their kind). */
async function trail(collection: string, id: number, since: number) {
  const { docs } = await w.payload.find({
    collection: 'audit-log',
    where: { and: [{ collection: { equals: collection } }, { recordId: { equals: String(id) } }, { id: { greater_than: since } }] },
    sort: 'id', depth: 0, limit: 50, overrideAccess: true,
  })
  return (docs as Row[]).map((r) => ({
    action: r.action, from: r.from ?? null, to: r.to ?? null, note: r.note ?? null, channel: r.channel, actor: r.actor ?? null, actorName: r.actorName ?? null,
    backEntry: r.backEntry, site: r.site,
    changes: r.action === 'update'
      ? Object.fromEntries(Object.entries(r.changes as Row).map(([k, c]) => [k, k === 'cancelledAt' ? { from: c.from, to: typeof c.to } : k === 'elder' ? { from: typeof c.from, to: c.to } : k === 'pickerLabel' ? { from: /· \d+-\d+$/.test(c.from), to: /· \d+-\d+$/.test(c.to) } : c]))
      : r.changes ?? null,
  }))
}

const reservation = (id: number) => w.payload.findByID({ collection: 'reservations', id, depth: 0, overrideAccess: true }) as Promise<Row>
const elder = (id: number) => w.payload.findByID({ collection: 'elders', id, depth: 0, overrideAccess: true }) as Promise<Row>

describe('CARE-08 the hold sweep acts on a batch set-wise, exactly as a record at a time', () => {
  it('CARE-08 JOB-01 a batch of due reservations is cancelled set-wise with the same fields, audit rows, freed beds, elder labels and waitlist message (every freed bed named, each recipient in their language) as one cancelled alone', async () => {
    const one = await home()
    const many = await home()
    const alone = await held(one, one.beds[0], '王淑珍')
    const batch = [await held(many, many.beds[0], '李桂英'), await held(many, many.beds[1], '赵玉兰'), await held(many, many.beds[2], '孙秀梅')]
    const labelBefore = (await elder(batch[0].elder)).pickerLabel as string
    expect(labelBefore).toContain((await bedOf(w.payload, batch[0].bed)).code)
    const since = await lastAuditId()

    expect(await sweep(one.site)).toEqual({ acted: 1, read: 1, failed: 0 }) // one due: a record at a time
    expect(await sweep(many.site)).toEqual({ acted: 3, read: 3, failed: 0 }) // three due: the batch

    const a = await reservation(alone.id)
    const docs = await Promise.all(batch.map((b) => reservation(b.id)))
    for (const d of docs) {
      for (const key of ['status', 'cancelRequested', 'cancelReason', 'holdDueAt', 'familyConfirmed', 'depositReceipt'] as const) {
        if (key !== 'depositReceipt') expect(d[key], key).toEqual(a[key])
      }
      expect(d.status).toBe('cancelled')
      expect(d.holdDueAt).toBeNull() // the due column cleared: a second run finds nothing
      expect(new Date(d.cancelledAt).getTime()).toBeGreaterThan(Date.now() - 120_000)
    }
    // One UPDATE for the batch (one write time), not one per record.
    expect(new Set(docs.map((d) => d.updatedAt)).size).toBe(1)

    // The trail: the same rows for each record of the batch as for the one alone (who = the system, what changed, the transitions).
    const aloneTrail = await trail('reservations', alone.id, since)
    expect(aloneTrail.map((r) => [r.action, r.from, r.to, r.note])).toEqual([['update', null, null, null], ['transition', 'held', 'cancelled', 'deadline:hold']])
    expect(aloneTrail[0].channel).toBe('job')
    expect(aloneTrail[0].actor).toBeNull()
    for (const b of batch) expect(await trail('reservations', b.id, since), 'reservation').toEqual(aloneTrail.map((r) => ({ ...r, site: many.site })))
    const aloneBed = await trail('beds', alone.bed, since)
    expect(aloneBed.map((r) => [r.action, r.from, r.to])).toEqual([['update', null, null], ['transition', 'held', 'free']])
    for (const b of batch) expect(await trail('beds', b.bed, since), 'bed').toEqual(aloneBed.map((r) => ({ ...r, site: many.site })))
    const aloneElder = await trail('elders', alone.elder, since)
    expect(aloneElder).toHaveLength(1)
    for (const b of batch) expect(await trail('elders', b.elder, since), 'elder').toEqual(aloneElder.map((r) => ({ ...r, site: many.site })))

    // The beds are free, their elders gone; the elders' labels no longer name the bed.
    for (const b of [alone, ...batch]) {
      const bed = await bedOf(w.payload, b.bed)
      expect(bed.status).toBe('free')
      expect(bed.elder ?? null).toBeNull()
      const label = (await elder(b.elder)).pickerLabel as string
      expect(label).not.toContain(bed.code)
      expect(label).toMatch(/岁$/)
    }

    // The desk is told: one message per language, to each front-desk holder in their language, naming every freed bed
    // and the first three families in order of registration (as the message for one bed does).
    const desk = async (h: FreshSite) => {
      const zh = (await h.holder('front-desk')).id
      const { docs: staff } = await w.payload.find({ collection: 'staff', where: { and: [{ 'sites.site': { equals: h.site } }, { language: { equals: 'en' } }] }, depth: 0, overrideAccess: true })
      const en = staff[0].id as number
      const messages = [...(await messagesLike(w.payload, h.site, '已空出')), ...(await messagesLike(w.payload, h.site, 'free'))]
      return { zh: messages.find((m) => m.recipients.includes(zh))!, en: messages.find((m) => m.recipients.includes(en))!, all: messages }
    }
    const told = await desk(one)
    const toldMany = await desk(many)
    expect(told.all).toHaveLength(2)
    expect(toldMany.all).toHaveLength(2) // one per language for the batch, not one per bed
    expect(told.zh.title).toBe(`床位 ${(await bedOf(w.payload, alone.bed)).code} 已空出`)
    expect(told.en.title).toMatch(/^Bed .* is free$/)
    const codes = await Promise.all(batch.map(async (b) => (await bedOf(w.payload, b.bed)).code))
    for (const code of codes) {
      expect(toldMany.zh.title + toldMany.zh.body).toContain(code)
      expect(toldMany.en.title + toldMany.en.body).toContain(code)
    }
    expect(toldMany.zh.title).toMatch(/^3 个床位已空出/)
    expect(toldMany.en.title).toMatch(/^3 beds are free/)
    const families = (body: string) => body.split('\n').slice(1)
    expect(families(String(toldMany.zh.body))).toEqual(families(String(told.zh.body)))
    expect(families(String(toldMany.en.body))).toEqual(families(String(told.en.body)))
    expect(families(String(told.zh.body)).map((l) => l.split(' ')[1])).toEqual(['吴家', '周家', '郑家'])
    expect(told.zh.recipients).toEqual([(await one.holder('front-desk')).id])
    expect(toldMany.zh.recipients).toEqual([(await many.holder('front-desk')).id])
    expect(toldMany.en.recipients).toHaveLength(1)

    // Idempotent: nothing is due any more.
    expect(await sweep(many.site)).toEqual({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 CARE-08 a batch in which one record fails still acts on the others: the failing one is rolled back, logged and left due, and the next run acts on it', async () => {
    const h = await home()
    const [a, bad, c] = [await held(h, h.beds[0], '钱凤英'), await held(h, h.beds[1], '冯桂芳'), await held(h, h.beds[2], '陈玉珍')]
    // The database itself refuses to cancel one of them (a real failure inside the batch's UPDATE).
    await db().execute(sql.raw(`CREATE OR REPLACE FUNCTION test_refuse_cancel() RETURNS trigger AS $$ BEGIN IF NEW.id = ${bad.id} AND NEW.status = 'cancelled' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`))
    await db().execute(sql.raw('CREATE TRIGGER test_refuse_cancel BEFORE UPDATE ON reservations FOR EACH ROW EXECUTE FUNCTION test_refuse_cancel()'))
    try {
      expect(await sweep(h.site)).toEqual({ acted: 2, read: 3, failed: 1 })
    } finally {
      await db().execute(sql.raw('DROP TRIGGER test_refuse_cancel ON reservations'))
      await db().execute(sql.raw('DROP FUNCTION test_refuse_cancel()'))
    }
    for (const ok of [a, c]) {
      expect((await reservation(ok.id)).status).toBe('cancelled')
      expect((await bedOf(w.payload, ok.bed)).status).toBe('free')
    }
    const left = await reservation(bad.id)
    expect(left.status).toBe('held')
    expect(left.holdDueAt).not.toBeNull()
    expect((await bedOf(w.payload, bad.bed)).status).toBe('held')
    expect((await elder(bad.elder)).pickerLabel).toContain((await bedOf(w.payload, bad.bed)).code)
    // Nothing of the failed record reached the trail.
    const { totalDocs } = await w.payload.count({ collection: 'audit-log', where: { and: [{ collection: { equals: 'reservations' } }, { recordId: { equals: String(bad.id) } }, { to: { equals: 'cancelled' } }] }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    // The next run acts on it.
    expect(await sweep(h.site)).toEqual({ acted: 1, read: 1, failed: 0 })
    expect((await bedOf(w.payload, bad.bed)).status).toBe('free')
  })
})
