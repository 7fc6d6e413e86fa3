/**
 * JOB-01, WF-08, OFFICE-04, issue 15 item 4: a deadline that fires the form's notify rules sends the
 * batch's mails and work messages set-wise (hooks/notify/rules.ts `notifyEventMany`: the records read
 * once for their values, the people a rule names at a site looked up together, the mails in one
 * INSERT, the messages as `sendMessages` writes them). Proved on OFFICE-04's parcel reminders (each to
 * the employee the parcel is for, by work message and e-mail, in their language): the statements of
 * a sweep do not grow with the number of due parcels, and every mail, message, receipt and audit row
 * is the one written for a parcel swept alone (a site with one due parcel is swept a record at a
 * time, through `notifyEvent`).
 */
import { describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { notifyEventMany } from '../../hooks/notify/rules'
import type { FormDoc } from '../../hooks/form/types'
import { lastAuditId, messagesWrittenAbout, sweepCounted } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'office' }], holders: ['front-desk'] })

type Row = Record<string, any>
const rows = async (query: ReturnType<typeof sql>) => (await (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(query)).rows

// Arrived on Monday 2 March 2026 at 10:00 in Shanghai; the first reminder is due on Tuesday at 08:30 there.
const receivedAt = '2026-03-02T02:00:00.000Z'
const now = new Date('2026-03-03T01:00:00Z')

/** An office site with two employees who get parcels: one reads Chinese, one English. */
async function officeWithEmployees() {
  const { site } = await w.freshSite({ type: 'office' })
  const zh = await w.hire({ sites: [site], name: '收件人', language: 'zh' })
  const en = await w.hire({ sites: [site], name: '收件人', language: 'en' })
  return { site, zh, en }
}

let tracking = 0
/** `n` parcels at `site`, alternately for `people[0]` and `people[1]`, still at the desk. */
async function parcels(site: number, people: { id: number }[], n: number): Promise<{ id: number; trackingNo: string }[]> {
  const out: { id: number; trackingNo: string }[] = []
  for (let i = 0; i < n; i++) {
    const trackingNo = `SF${String(++tracking).padStart(6, '0')}`
    const doc = await w.payload.create({
      collection: 'office-parcels',
      data: { site, recipient: people[i % people.length].id, carrier: '顺丰', trackingNo, receivedAt } as never,
      overrideAccess: true,
      depth: 0,
    })
    out.push({ id: Number(doc.id), trackingNo })
  }
  return out
}

/** The reminder mails of a parcel queued after outbox row `since`, without ids, times or addresses. */
async function mailsAbout(parcel: { id: number; trackingNo: string }, since: number) {
  const mails = await rows(sql`SELECT * FROM mail_outbox WHERE related_collection = 'office-parcels' AND related_id = ${String(parcel.id)} AND id > ${since} ORDER BY id`)
  return mails.map((m): Row => ({
    ...m,
    id: undefined,
    created_at: undefined,
    updated_at: undefined,
    next_attempt_at: undefined,
    related_id: 'V',
    site_id: 'S',
    to: m.to.replace(/^[^@]+@/, 'E@'),
    text: m.text.replaceAll(parcel.trackingNo, 'T'),
  }))
}

/** The work messages about a parcel written after audit row `since`, its tracking number as 'T'. */
const messagesAbout = async (parcel: { id: number; trackingNo: string }, since: number, reader: { id: number }) =>
  JSON.parse(JSON.stringify(await messagesWrittenAbout(w.payload, 'office-parcels', parcel.id, since, { [reader.id]: 'reader' })).replaceAll(parcel.trackingNo, 'T'))

const sweep = (site: number) => sweepCounted(w.payload, 'office-parcels', 'remind', now, site)
const lastMailId = async () => Number((await rows(sql`SELECT coalesce(max(id), 0) AS id FROM mail_outbox`))[0].id)

describe('JOB-01 WF-08 a deadline’s notifications are sent set-wise', () => {
  it('JOB-01 WF-08 OFFICE-04 a batch of parcel reminders gets its mails and messages in a number of statements that does not grow with the batch, each as written for a parcel swept alone', async () => {
    const aloneZh = await officeWithEmployees()
    const aloneEn = await officeWithEmployees()
    const four = await officeWithEmployees()
    const twelve = await officeWithEmployees()
    const [zhParcel] = await parcels(aloneZh.site, [aloneZh.zh], 1)
    const [enParcel] = await parcels(aloneEn.site, [aloneEn.en], 1)
    const few = await parcels(four.site, [four.zh, four.en], 4)
    const many = await parcels(twelve.site, [twelve.zh, twelve.en], 12)
    const since = await lastAuditId(w.payload)
    const mailsSince = await lastMailId()

    // One due: a record at a time, through Payload's update of the parcel and notifyEvent.
    const alone = [await sweep(aloneZh.site), await sweep(aloneEn.site)]
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([...alone, b, c].map((r) => [r.acted, r.failed])).toEqual([[1, 0], [1, 0], [4, 0], [12, 0]])
    // The batch's statements are the same for 4 and for 12 due, fewer than one parcel swept alone.
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(25)
    expect(Math.min(...alone.map((a) => a.statements))).toBeGreaterThan(c.statements)

    const reference = {
      zh: { mails: await mailsAbout(zhParcel, mailsSince), messages: await messagesAbout(zhParcel, since, aloneZh.zh) },
      en: { mails: await mailsAbout(enParcel, mailsSince), messages: await messagesAbout(enParcel, since, aloneEn.en) },
    }
    // A reminder in each reader's language, by e-mail and work message, naming the parcel.
    expect(reference.zh.mails.map((m) => [m.subject, m.text, m.to, m.status])).toEqual([
      ['提醒:您的快递还在前台', '收件人 您好:您的顺丰快递(单号 T)自 2026-03-02 10:00 起还在前台未领取,请尽快领取。', 'E@' + aloneZh.zh.email.split('@')[1], 'queued'],
    ])
    expect(reference.en.mails.map((m) => m.subject)).toEqual(['Reminder: your parcel is still at the desk'])
    expect(reference.zh.messages.map((m: Row) => [m.message.title, m.message.body, m.recipients.map((r: Row) => r.staff_id), m.receipts.length, m.trail.length])).toEqual([
      ['提醒:您的快递还在前台', '收件人 您好:您的顺丰快递(单号 T)自 2026-03-02 10:00 起还在前台未领取,请尽快领取。', ['reader'], 1, 2],
    ])
    expect(reference.en.messages.map((m: Row) => m.message.title)).toEqual(['Reminder: your parcel is still at the desk'])

    for (const [office, batch] of [[four, few], [twelve, many]] as const) {
      for (const [i, parcel] of batch.entries()) {
        const lang = i % 2 ? 'en' : 'zh'
        const reader = office[lang]
        const mails = await mailsAbout(parcel, mailsSince)
        expect(mails).toEqual(reference[lang].mails.map((m) => ({ ...m, to: 'E@' + reader.email.split('@')[1] })))
        expect(await messagesAbout(parcel, since, reader)).toEqual(reference[lang].messages)
        const stored = (await w.payload.findByID({ collection: 'office-parcels', id: parcel.id, depth: 0, overrideAccess: true })) as Row
        // Counted, and the next reminder is the next working morning at 08:30 (Wednesday).
        expect([stored.reminders, stored.remindDueAt]).toEqual([1, '2026-03-04T00:30:00.000Z'])
      }
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 WF-08 a rule that attaches files is not sent set-wise: nothing is written and the caller notifies record by record', async () => {
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    const before = await lastMailId()
    const visitor = { id: 1, site: w.site, purpose: 'interview', interviewer: w.staff['front-desk'].id } as unknown as FormDoc
    expect(await notifyEventMany(req, 'visitor-log', [visitor, { ...visitor, id: 2 }], 'create')).toBe(false)
    expect(await lastMailId()).toBe(before)
  })
})
