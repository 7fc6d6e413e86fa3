/**
 * Issue 9, deliverable 8: the scheduler process killed with SIGKILL in the middle of an outbox burst.
 * The next scheduler releases the dead sender's claims at once (not after the 5-minute lease), and
 * every mail sent twice carries the same Message-ID (at-least-once, duplicates recognisable).
 */
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queueMail } from '../../src/lib/mail'
import { bootPayload, drizzleOf, type Booted } from '../helpers/boot'
import { childEnv, cleanUp, run, until } from './faults-procs'

let booted: Booted
let smtp: SMTPServer
let smtpUrl = ''
const received: { outboxId: string; messageId: string }[] = []

beforeAll(async () => {
  booted = await bootPayload()
  // A slow SMTP peer: each mail is acknowledged 300 ms after its data arrived, so a burst is in
  // flight for a while — and a mail can reach the peer without its sender having heard "250 OK".
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', async () => {
        const mail = await simpleParser(Buffer.concat(chunks))
        received.push({ outboxId: String(mail.headers.get('x-outbox-id')), messageId: String(mail.messageId) })
        setTimeout(callback, 300)
      })
    },
  })
  smtp.on('error', () => {}) // connections cut by the killed sender
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`
})

afterAll(async () => {
  await cleanUp()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

type Row = { id: number; status: string; message_id: string | null; locked_until: Date | null }
const rows = async () => (await drizzleOf(booted.payload).execute(sql`SELECT id, status, message_id, locked_until FROM mail_outbox ORDER BY id`)).rows as unknown as Row[]

describe('Faults: kill -9 during an outbox burst', () => {
  it('Faults: a new scheduler releases the dead sender’s claims at once; a mail sent twice keeps its Message-ID', async () => {
    const total = 200
    for (let i = 0; i < total; i++) await queueMail(booted.payload, { to: `burst${i}@test.local`, subject: `批量 ${i}`, text: `第 ${i} 封` })
    const env = childEnv({ DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: smtpUrl, MAIL_INTERVAL_MS: '300', SCHEDULES_ONLY: 'none', SCHEDULER_POLL_MS: '300' })

    const first = run('src/scheduler/main.ts', env)
    await until('the burst to be under way', () => received.length >= 30, 120_000, 20)
    first.child.kill('SIGKILL')
    const atKill = received.length
    await first.exited
    const left = (await rows()).filter((r) => r.status === 'sending')
    expect(left.length, 'mails claimed by the killed sender').toBeGreaterThan(0)
    expect(left.every((r) => r.locked_until && new Date(r.locked_until).getTime() > Date.now() + 60_000)).toBe(true)

    const killedAt = Date.now()
    const second = run('src/scheduler/main.ts', env)
    await until('every mail to be sent', async () => (await rows()).every((r) => r.status === 'sent'), 90_000, 250)
    const took = Date.now() - killedAt
    expect(took).toBeLessThan(90_000) // not the 5-minute lease
    second.child.kill('SIGTERM')
    await second.exited

    // Every mail arrived; the ones that arrived twice are recognisably the same mail.
    const byOutbox = new Map<string, Set<string>>()
    for (const r of received) byOutbox.set(r.outboxId, (byOutbox.get(r.outboxId) ?? new Set()).add(r.messageId))
    const all = await rows()
    expect(byOutbox.size).toBe(total)
    for (const row of all) {
      expect([...(byOutbox.get(String(row.id)) ?? [])], `mail ${row.id}`).toEqual([row.message_id])
    }
    expect(new Set(all.map((r) => r.message_id)).size).toBe(total)
    const duplicates = received.length - total
    console.log(`Faults: outbox burst of ${total}, kill -9 after ${atKill} had reached the SMTP peer: ${duplicates} sent twice (same Message-ID), all sent ${took} ms after the kill`)
  }, 300_000)
})
