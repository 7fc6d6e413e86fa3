import { onTestFinished, afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simpleParser } from 'mailparser'
import { sql } from '@payloadcms/db-postgres'
import { closeMailTransports, deliverOutbox, queueMail, releaseOutboxClaims } from '../../src/lib/mail'
import { drizzleOf } from '../helpers/boot'
import { useWorld } from '../helpers/world'
import { decode, smtpPeer, type Peer } from './smtp-peer'

const w = useWorld({ holders: ['front-desk'] })
// A running SMTP peer for the tests that deliver. Each test leaves no mail queued behind it: a delivery
// sends every due mail, so one test's leftovers would be counted by another.
let peer: Peer

beforeAll(async () => {
  peer = await smtpPeer()
  await peer.start()
})

afterAll(async () => {
  closeMailTransports()
  await peer.stop()
})

const outbox = (id: number) => w.payload.findByID({ collection: 'mail-outbox', id, overrideAccess: true })

describe('WF-09 outbox', () => {
  it('WF-09 with no SMTP configured the mail stays in the outbox, readable there', async () => {
    const { payload } = w
    const { id } = await queueMail(payload, { to: 'a@test.local', subject: '测试', text: '正文' })
    expect(await deliverOutbox(payload, { smtpUrl: '' })).toEqual({ sent: 0, failed: 0 })
    const mail = await outbox(id)
    expect(mail.status).toBe('queued')
    expect(mail.text).toBe('正文')
    await payload.delete({ collection: 'mail-outbox', id, overrideAccess: true })
  })

  it('WF-09 peer down → queued with the error and backoff → peer up → delivered exactly once', async () => {
    const { payload } = w
    const peer = await smtpPeer() // its own peer, down until the test starts it
    onTestFinished(() => peer.stop())
    const { id } = await queueMail(payload, {
      to: ['family@test.local'],
      cc: 'dean@test.local',
      subject: '护理费用变更 / Nursing-fee change',
      text: '请审批 / Please approve',
      related: { collection: 'fee-changes', id: 7 },
    })
    const first = await deliverOutbox(payload, { smtpUrl: peer.url, baseMs: 60_000 })
    expect(first).toEqual({ sent: 0, failed: 1 })
    let mail = await outbox(id)
    expect(mail.status).toBe('retrying')
    expect(mail.attempts).toBe(1)
    expect(mail.lastError).toMatch(/ECONNREFUSED|connect/i)
    const retryAt = new Date(mail.nextAttemptAt as string).getTime()
    expect(retryAt - Date.now()).toBeGreaterThan(50_000)

    // Not due yet: nothing is tried.
    expect(await deliverOutbox(payload, { smtpUrl: peer.url })).toEqual({ sent: 0, failed: 0 })

    // A second failure doubles the wait.
    const second = await deliverOutbox(payload, { smtpUrl: peer.url, baseMs: 60_000, now: new Date(retryAt + 1) })
    expect(second.failed).toBe(1)
    mail = await outbox(id)
    expect(mail.attempts).toBe(2)
    expect(new Date(mail.nextAttemptAt as string).getTime() - (retryAt + 1)).toBe(120_000)

    await peer.start()
    const later = new Date(new Date(mail.nextAttemptAt as string).getTime() + 1)
    expect(await deliverOutbox(payload, { smtpUrl: peer.url, now: later })).toEqual({ sent: 1, failed: 0 })
    expect(await deliverOutbox(payload, { smtpUrl: peer.url, now: new Date(later.getTime() + 86_400_000) })).toEqual({ sent: 0, failed: 0 })
    await peer.waitFor(1)
    await new Promise((r) => setTimeout(r, 200))
    expect(peer.received).toHaveLength(1)
    expect(peer.received[0].to.sort()).toEqual(['dean@test.local', 'family@test.local'])
    const parsed = await decode(peer.received[0].raw)
    expect(parsed.subject).toBe('护理费用变更 / Nursing-fee change')
    expect(parsed.text.trim()).toBe('请审批 / Please approve')
    mail = await outbox(id)
    expect(mail.status).toBe('sent')
    expect(mail.lastError).toBeFalsy()
  })

  it('WF-09 two senders at once deliver each mail once', async () => {
    const { payload } = w
    const before = peer.received.length
    for (let i = 0; i < 20; i++) await queueMail(payload, { to: `p${i}@test.local`, subject: `并发 ${i}`, text: 'x' })
    const results = await Promise.all([deliverOutbox(payload, { smtpUrl: peer.url }), deliverOutbox(payload, { smtpUrl: peer.url })])
    expect(results[0].sent + results[1].sent).toBe(20)
    await peer.waitFor(before + 20)
    await new Promise((r) => setTimeout(r, 200))
    expect(peer.received.length - before).toBe(20)
  })

  it('WF-09 a retried mail keeps its Message-ID', async () => {
    const { payload } = w
    const before = peer.received.length
    const { id } = await queueMail(payload, { to: 'retry@test.local', subject: '重发', text: '同一封信' })
    // Sent once; then its row is claimed again as if the sender had died before marking it sent
    // (the claim a new scheduler releases), and it is sent a second time.
    expect(await deliverOutbox(payload, { smtpUrl: peer.url })).toEqual({ sent: 1, failed: 0 })
    const first = await outbox(id)
    await drizzleOf(payload).execute(sql`UPDATE mail_outbox SET status = 'sending', locked_until = now() + interval '5 minutes' WHERE id = ${id}`)
    expect(await releaseOutboxClaims(payload)).toBe(1)
    expect(await deliverOutbox(payload, { smtpUrl: peer.url })).toEqual({ sent: 1, failed: 0 })
    await peer.waitFor(before + 2)
    const copies = await Promise.all(peer.received.slice(before).map((r) => simpleParser(r.raw)))
    expect(copies).toHaveLength(2)
    const ids = copies.map((m) => m.messageId)
    expect(ids[0]).toBe(ids[1])
    // Derived from the outbox id (and the host of the app), and the one the outbox row shows.
    expect(ids[0]).toMatch(new RegExp(`^<outbox\\.${id}\\.\\d+@[^>]+>$`))
    expect(first.messageId).toBe(ids[0])
    expect((await outbox(id)).messageId).toBe(ids[0])
    expect(copies.map((m) => m.headers.get('x-outbox-id'))).toEqual([String(id), String(id)])
  })

  it('WF-09 a released claim is due at once by the sender’s clock', async () => {
    const { payload } = w
    const { id } = await queueMail(payload, { to: 'released@test.local', subject: '释放', text: 'x' })
    onTestFinished(() => payload.delete({ collection: 'mail-outbox', id, overrideAccess: true }).then(() => undefined))
    // The column keeps milliseconds: a release stamped with PostgreSQL's now() is rounded up about
    // half the time and would be due only a moment after a sender that looks at once.
    for (let round = 0; round < 40; round++) {
      await drizzleOf(payload).execute(sql`UPDATE mail_outbox SET status = 'sending', locked_until = now() + interval '5 minutes' WHERE id = ${id}`)
      expect(await releaseOutboxClaims(payload)).toBe(1)
      const senderNow = new Date()
      const { rows } = await drizzleOf(payload).execute(sql`SELECT next_attempt_at <= ${senderNow.toISOString()} AS due FROM mail_outbox WHERE id = ${id}`)
      expect(rows[0]).toEqual({ due: true })
    }
  })

  it('WF-09 two mails never share a Message-ID', async () => {
    const { payload } = w
    const before = peer.received.length
    for (let i = 0; i < 3; i++) await queueMail(payload, { to: `distinct${i}@test.local`, subject: `不同 ${i}`, text: 'x' })
    await deliverOutbox(payload, { smtpUrl: peer.url })
    await peer.waitFor(before + 3)
    const ids = (await Promise.all(peer.received.slice(before).map((r) => simpleParser(r.raw)))).map((m) => m.messageId)
    expect(new Set(ids).size).toBe(3)
  })

  it('WF-09 staff cannot read the outbox; an administrator can', async () => {
    const { payload } = w
    await queueMail(payload, { to: 'read@test.local', subject: '读信', text: '正文' })
    const deskClient = w.desk
    const adminClient = await w.as('admin')
    expect((await deskClient.get('/api/mail-outbox')).status).toBe(403)
    const list = await adminClient.get('/api/mail-outbox?limit=100')
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBeGreaterThan(0)
    expect((await deskClient.post('/api/mail-outbox', { to: 'x@test.local', subject: 's', text: 't' })).status).toBe(403)
    await payload.delete({ collection: 'mail-outbox', where: { to: { equals: 'read@test.local' } }, overrideAccess: true })
  })

  it('WF-09 Payload’s own mails (forgot password) go to the outbox', async () => {
    const { payload } = w
    const person = await w.hire()
    const res = await fetch(`${w.url}/api/staff/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: person.email }),
    })
    expect(res.status).toBe(200)
    const { docs } = await payload.find({ collection: 'mail-outbox', where: { to: { contains: person.email as string } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0].status).toBe('queued')
    await payload.delete({ collection: 'mail-outbox', id: docs[0].id, overrideAccess: true })
  })
})
