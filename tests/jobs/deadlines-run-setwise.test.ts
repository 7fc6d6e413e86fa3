/**
 * JOB-01, WF-04, issue 15 item 4: a form's own action for a deadline may be declared set-wise
 * (`then.runMany`, hooks/deadlines.ts): it runs once for a batch of due records, locked and checked
 * again, in the batch's transaction, and the deadline's bookkeeping (its count, its stamp, the due
 * column moved on) is written in one UPDATE with the audit rows in one INSERT. Proved on WF-04's
 * morning chase of unconfirmed recipients (hooks/notify/messages.ts `remindUnconfirmed`): the
 * statements of a sweep do not grow with the number of due receipts, every reminder mail, receipt and
 * audit row is the one written for a recipient chased alone (a site with one due receipt is swept a
 * record at a time), a withdrawn message ends its receipts' chase in the same batch, and a batch in
 * which one record fails is rolled back whole — its mails with it — and done a record at a time.
 * MEMBER-01's daily recount (`retier` in collections/member/members/hooks.ts) likewise: the members whose
 * tier changed are written in one UPDATE, each row and audit row as a member's update through Payload.
 */
import { describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { sendMessage } from '../../hooks/notify/messages'
import { recomputeMember } from '../../collections/member/members/hooks'
import { makeMember, makeTiers } from '../member/helpers'
import { createLocalReq } from 'payload'
import { lastAuditId, sweepCounted, trailSince } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

type Row = Record<string, any>
const rows = async (query: ReturnType<typeof sql>) => (await (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(query)).rows

const title = '请确认:入住准备'
let related = 7000

/** A site with two recipients of gated messages, one reading Chinese and one English. */
async function siteWithRecipients() {
  const { site } = await w.freshSite()
  const zh = await w.hire({ sites: [site], name: '收件人', language: 'zh' })
  const en = await w.hire({ sites: [site], name: '收件人', language: 'en' })
  return { site, zh, en }
}

type Chased = { receipt: number; message: number }

/** `n` gated messages at `site`, each to one of `people` in turn: their receipts, unconfirmed and chased from now. */
async function gated(site: number, people: { id: number }[], n: number): Promise<Chased[]> {
  const out: Chased[] = []
  for (let i = 0; i < n; i++) {
    const sent = await sendMessage(w.payload, { site, title, to: [{ staff: people[i % people.length].id }], gate: true, related: { collection: 'fee-changes', id: ++related } })
    const message = sent.messages[0].id
    const [receipt] = await rows(sql`SELECT id FROM message_receipts WHERE message_id = ${message}`)
    out.push({ receipt: Number(receipt.id), message })
  }
  return out
}

const receipt = async (id: number) => (await rows(sql`SELECT reminders::int AS reminders, reminded_at, chase_from, chase_due_at FROM message_receipts WHERE id = ${id}`))[0]

/** The reminder mails about a message queued after outbox row `since`, without ids, times, addresses or the receipt's link. */
async function mailsAbout(chased: Chased, since: number) {
  const mails = await rows(sql`SELECT * FROM mail_outbox WHERE related_collection = 'messages' AND related_id = ${String(chased.message)} AND id > ${since} ORDER BY id`)
  return mails.map((m): Row => ({
    ...m,
    id: undefined,
    created_at: undefined,
    updated_at: undefined,
    next_attempt_at: undefined,
    related_id: 'M',
    site_id: 'S',
    to: m.to.replace(/^[^@]+@/, 'E@'),
    text: m.text.replace(`/message-receipts/${chased.receipt}`, '/message-receipts/R'),
  }))
}

/** A receipt's audit rows after `since`, its due moments named for what they are. */
const trailOf = (id: number, since: number) =>
  trailSince(w.payload, 'message-receipts', id, since, (c) => ({ ...c, ...(c?.chaseDueAt ? { chaseDueAt: { from: 'due', to: c.chaseDueAt.to === null ? null : 'next' } } : {}) }))

const lastMailId = async () => Number((await rows(sql`SELECT coalesce(max(id), 0) AS id FROM mail_outbox`))[0].id)
const withdraw = (message: number) => w.payload.update({ collection: 'messages', id: message, data: { status: 'withdrawn' }, overrideAccess: true, depth: 0 })
const day = 24 * 3600_000

describe('JOB-01 a form’s own action for a deadline runs set-wise when declared so', () => {
  it('JOB-01 WF-04 a morning’s chase of a batch of unconfirmed recipients takes a number of statements that does not grow with the batch, each reminder, receipt and audit row as for a recipient chased alone; a withdrawn message ends its chase in the batch', async () => {
    const aloneZh = await siteWithRecipients()
    const aloneEn = await siteWithRecipients()
    const four = await siteWithRecipients()
    const twelve = await siteWithRecipients()
    const [zhAlone] = await gated(aloneZh.site, [aloneZh.zh], 1)
    const [enAlone] = await gated(aloneEn.site, [aloneEn.en], 1)
    const few = await gated(four.site, [four.zh, four.en], 4)
    const many = await gated(twelve.site, [twelve.zh, twelve.en], 12)
    // One message of each batch is withdrawn before the morning: its receipt is read with the batch and its chase ends.
    const [fewWithdrawn] = await gated(four.site, [four.zh], 1)
    const [manyWithdrawn] = await gated(twelve.site, [twelve.zh], 1)
    for (const c of [fewWithdrawn, manyWithdrawn]) await withdraw(c.message)
    const now = new Date(Date.now() + 60_000)
    const since = await lastAuditId(w.payload)
    const mailsSince = await lastMailId()

    const sweep = (site: number) => sweepCounted(w.payload, 'message-receipts', 'chase', now, site)
    const alone = [await sweep(aloneZh.site), await sweep(aloneEn.site)]
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([...alone, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [1, 1, 0], [4, 5, 0], [12, 13, 0]])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(15)
    expect(Math.min(...alone.map((a) => a.statements))).toBeGreaterThan(c.statements)

    const reference = {
      zh: { mails: await mailsAbout(zhAlone, mailsSince), trail: await trailOf(zhAlone.receipt, since) },
      en: { mails: await mailsAbout(enAlone, mailsSince), trail: await trailOf(enAlone.receipt, since) },
    }
    // A reminder in the reader's language, greeting them and naming the message, with a link to their receipt.
    expect(reference.zh.mails.map((m) => [m.subject, m.text, m.status])).toEqual([
      ['催办:请确认「请确认:入住准备」', expect.stringMatching(/^您好 收件人:\n\n工作任务「请确认:入住准备」还在等您确认。[\s\S]*\/admin\/collections\/message-receipts\/R$/), 'queued'],
    ])
    expect(reference.en.mails.map((m) => m.subject)).toEqual(['Reminder: please confirm "请确认:入住准备"'])
    // Counted, stamped and due again a day later, in one update of the receipt.
    expect(reference.zh.trail.map((r: Row) => [r.action, r.channel, r.changes])).toEqual([
      ['update', 'job', { reminders: { from: 0, to: 1 }, remindedAt: { from: null, to: now.toISOString() }, chaseDueAt: { from: 'due', to: 'next' } }],
    ])

    for (const [office, batch] of [[four, few], [twelve, many]] as const) {
      for (const [i, chased] of batch.entries()) {
        const lang = i % 2 ? 'en' : 'zh'
        const reader = office[lang]
        expect(await mailsAbout(chased, mailsSince)).toEqual(reference[lang].mails.map((m) => ({ ...m, to: 'E@' + reader.email.split('@')[1] })))
        expect(await trailOf(chased.receipt, since)).toEqual(reference[lang].trail.map((r: Row) => ({ ...r, site: office.site })))
        const stored = await receipt(chased.receipt)
        expect([stored.reminders, new Date(stored.reminded_at).toISOString(), new Date(stored.chase_due_at).getTime()]).toEqual([1, now.toISOString(), new Date(stored.chase_from).getTime() + day])
      }
    }
    // The withdrawn message's receipt: no mail, not counted, its chase spent.
    for (const withdrawn of [fewWithdrawn, manyWithdrawn]) {
      expect(await mailsAbout(withdrawn, mailsSince)).toEqual([])
      expect(await receipt(withdrawn.receipt)).toMatchObject({ reminders: 0, reminded_at: null, chase_due_at: null })
      expect((await trailOf(withdrawn.receipt, since)).map((r: Row) => r.changes)).toEqual([{ chaseDueAt: { from: 'due', to: null } }])
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
    // The next morning each is reminded again, set-wise as before.
    expect(await sweepCounted(w.payload, 'message-receipts', 'chase', new Date(now.getTime() + day), twelve.site)).toMatchObject({ acted: 12, read: 12, failed: 0, statements: c.statements })
  })

  it('JOB-01 WF-04 a set-wise chase in which one record fails is rolled back whole, its mails with it, and done a record at a time: one reminder each, the failing one left due and reminded by the next run', async () => {
    const office = await siteWithRecipients()
    const [a, bad, c] = await gated(office.site, [office.zh], 3)
    const now = new Date(Date.now() + 60_000)
    const mailsSince = await lastMailId()
    // The database refuses to count one receipt's reminder (a real failure inside the batch's UPDATE, after its mails were queued).
    await rows(sql.raw(`CREATE OR REPLACE FUNCTION test_refuse_chase() RETURNS trigger AS $$ BEGIN IF NEW.id = ${bad.receipt} AND NEW.reminders > 0 THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`))
    await rows(sql.raw('CREATE TRIGGER test_refuse_chase BEFORE UPDATE ON message_receipts FOR EACH ROW EXECUTE FUNCTION test_refuse_chase()'))
    try {
      expect(await sweepCounted(w.payload, 'message-receipts', 'chase', now, office.site)).toMatchObject({ acted: 2, read: 3, failed: 1 })
    } finally {
      await rows(sql.raw('DROP TRIGGER test_refuse_chase ON message_receipts'))
      await rows(sql.raw('DROP FUNCTION test_refuse_chase()'))
    }
    for (const chased of [a, c]) {
      expect(await mailsAbout(chased, mailsSince)).toHaveLength(1)
      expect((await receipt(chased.receipt)).reminders).toBe(1)
    }
    expect(await mailsAbout(bad, mailsSince)).toEqual([])
    const left = await receipt(bad.receipt)
    expect([left.reminders, new Date(left.chase_due_at).getTime()]).toEqual([0, new Date(left.chase_from).getTime()])
    expect(await sweepCounted(w.payload, 'message-receipts', 'chase', now, office.site)).toMatchObject({ acted: 1, read: 1, failed: 0 })
    expect(await mailsAbout(bad, mailsSince)).toHaveLength(1)
    expect((await receipt(bad.receipt)).reminders).toBe(1)
  })

  it('JOB-01 MEMBER-01 a night’s recount of a batch of members takes a number of statements that does not grow with the batch; a member whose deals left the period is lowered with the row and audit row a member’s update through Payload writes', async () => {
    const longAgo = new Date(Date.now() - 200 * day).toISOString()
    /** A club whose members spent 9,000 on a deal 200 days ago (a 金卡 over 12 months), and a period of 3 months from now on. */
    const club = async (members: number, withDeals = (i: number) => i % 3 !== 2) => {
      const { site } = await w.freshSite({ type: 'club' })
      const tiers = await makeTiers(w.payload, site)
      const ids: number[] = []
      for (let i = 0; i < members; i++) {
        const m = await makeMember(w.payload, site, { name: `会员${i}` })
        if (withDeals(i)) await w.payload.create({ collection: 'consultations', data: { site, member: m.id, item: '美发年卡', outcome: 'closed', amount: 9000, at: longAgo } as never, overrideAccess: true, depth: 0 })
        ids.push(Number(m.id))
      }
      await w.payload.create({ collection: 'member-settings', data: { site, tierMonths: 3, contractWarnDays: 30 } as never, overrideAccess: true, depth: 0 })
      return { site, ids, tierName: Object.fromEntries(Object.entries(tiers).map(([name, id]) => [id, name])) }
    }
    const reference = await club(1)
    const one = await club(1)
    const four = await club(4)
    const twelve = await club(12)
    const member = async (id: number, tierName: Record<number, string>) => {
      const [m] = await rows(sql`SELECT spending::float AS spending, tier_id, tier_source FROM members WHERE id = ${id}`)
      return { spending: m.spending, tier: tierName[m.tier_id], source: m.tier_source }
    }
    expect(await member(four.ids[0], four.tierName)).toEqual({ spending: 9000, tier: '金卡', source: 'spending' })
    const since = await lastAuditId(w.payload)
    // The reference: the same member recounted by an update through Payload (what a deal does).
    await recomputeMember(await createLocalReq({ context: { channel: 'job' } }, w.payload), reference.ids[0])
    const lowered = { spending: 0, tier: '普卡', source: 'spending' }
    expect(await member(reference.ids[0], reference.tierName)).toEqual(lowered)
    const tierNamed = (tierName: Record<number, string>) => (c: Row | null) => ({ ...c, tier: c?.tier && { from: tierName[c.tier.from], to: tierName[c.tier.to] } })
    const [recounted] = await trailSince(w.payload, 'members', reference.ids[0], since, tierNamed(reference.tierName))
    expect(recounted.changes).toEqual({ spending: { from: 9000, to: 0 }, tier: { from: '金卡', to: '普卡' } })

    const now = new Date(Date.now() + 2 * day)
    const sweep = (site: number) => sweepCounted(w.payload, 'members', 'retier', now, site)
    const a = await sweep(one.site)
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([a, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [3, 4, 0], [8, 12, 0]])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(15)
    expect(a.statements).toBeGreaterThan(c.statements)
    for (const office of [one, four, twelve]) {
      for (const [i, id] of office.ids.entries()) {
        const trail = await trailSince(w.payload, 'members', id, since, tierNamed(office.tierName))
        const moved = { action: 'update', channel: 'job', changes: { retierDueAt: expect.anything() } }
        if (i % 3 === 2) {
          // No deal: nothing to lower; only the next night's recount is due.
          expect(await member(id, office.tierName)).toEqual({ spending: 0, tier: '普卡', source: 'spending' })
          expect(trail).toHaveLength(1)
          expect(trail[0]).toMatchObject(moved)
        } else {
          expect(await member(id, office.tierName)).toEqual(lowered)
          expect(trail).toHaveLength(2)
          expect(trail[0]).toEqual({ ...recounted, site: office.site })
          expect(trail[1]).toMatchObject(moved)
        }
      }
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })
})
