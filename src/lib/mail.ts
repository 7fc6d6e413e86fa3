/**
 * WF-09: the one way to send e-mail. `queueMail` stores the mail in the outbox (in the caller's
 * transaction when `req` is given: no mail for a change that rolled back); `deliverOutbox` sends
 * what is due over SMTP (nodemailer, `SMTP_URL`) and retries failures with exponential backoff.
 * Without SMTP_URL nothing is sent: the mail stays in the outbox, readable in the admin panel.
 *
 * Delivery is at least once: a sender that dies between the SMTP server's "250 OK" and marking the
 * row sent leaves a mail that is sent again. Each mail has one Message-ID for life (`<outbox.<id>.
 * <created ms>@<host>>`, stored when first claimed), so a copy sent again is recognisable as the same
 * mail (mail clients and archives fold it).
 */
import nodemailer, { type Transporter } from 'nodemailer'
import type { Payload, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { idOf } from './hooks'
import { publicUrl } from './publicUrl'

export type MailAttachment = { filename: string; content?: string; encoding?: 'base64' | 'utf-8'; path?: string; contentType?: string; cid?: string }

export type Mail = {
  to: string | string[]
  cc?: string | string[]
  subject: string
  text: string
  html?: string
  attachments?: MailAttachment[]
  /** The record the mail is about (shown in the outbox, used to find its mails). */
  related?: { collection: string; id: string | number }
  site?: unknown
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean)

/** The outbox row of a mail, queued to go now (`queueMail`; a batch of them in one INSERT). */
export function outboxRow(mail: Mail) {
  const to = list(mail.to)
  if (!to.length) throw new Error('queueMail: no recipient')
  return {
    to: to.join(', '),
    cc: list(mail.cc).join(', ') || undefined,
    subject: mail.subject.slice(0, 500),
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments as never,
    relatedCollection: mail.related?.collection,
    relatedId: mail.related ? String(mail.related.id) : undefined,
    site: idOf(mail.site) as number | undefined,
    status: 'queued' as const,
    attempts: 0,
    nextAttemptAt: new Date().toISOString(),
  }
}

/** Store a mail in the outbox. Pass `req` so that it commits or rolls back with the change it reports. */
export async function queueMail(payload: Payload, mail: Mail, req?: Partial<PayloadRequest>): Promise<{ id: number }> {
  const doc = await payload.create({ collection: 'mail-outbox', data: outboxRow(mail), req, overrideAccess: true, depth: 0 })
  return { id: doc.id as number }
}

/** Someone a mail goes to: an address and the language the mail is written in for them. */
export type Addressee = { email?: string | null; language?: string | null }

/** One mail of a send, in one language: `main` is the person it is addressed to (their name fills `{name}`). */
export type LanguageGroup<P extends Addressee> = { lang: string; to: P[]; cc: P[]; main: P }

const langOf = (p: Addressee) => p.language || 'zh'
const sameAddress = (a: Addressee, b: Addressee) => String(a.email).toLowerCase() === String(b.email).toLowerCase()

/**
 * WF-08 / JOB-05: each e-mail in its recipient's language, cc included. The recipients of one send
 * are split into mails that each speak one language:
 * - `perRecipient` (a notification that greets its recipient by name, a call task per recipient): one
 *   mail per main recipient in their language; the cc'd people of that language ride on the first
 *   mail in it; cc'd people of a language no main recipient speaks get their own copy (addressed to
 *   them), written in their language about the first main recipient.
 * - otherwise (a digest): one mail per language: to the main recipients of that language, cc the cc'd
 *   ones; a language only cc'd people speak gets a copy addressed to them.
 * Nobody gets the same send twice; people without an address are left out.
 */
export function languageGroups<P extends Addressee>(to: P[], cc: P[] = [], { perRecipient = false } = {}): LanguageGroup<P>[] {
  const mains: P[] = []
  for (const p of to) if (p.email && !mains.some((m) => sameAddress(m, p))) mains.push(p)
  const copies: P[] = []
  for (const p of cc) if (p.email && !mains.some((m) => sameAddress(m, p)) && !copies.some((c) => sameAddress(c, p))) copies.push(p)
  const groups: LanguageGroup<P>[] = []
  if (perRecipient) for (const p of mains) groups.push({ lang: langOf(p), to: [p], cc: [], main: p })
  else
    for (const p of mains) {
      const g = groups.find((x) => x.lang === langOf(p))
      if (g) g.to.push(p)
      else groups.push({ lang: langOf(p), to: [p], cc: [], main: p })
    }
  for (const p of copies) {
    const g = groups.find((x) => x.lang === langOf(p))
    if (!g) groups.push({ lang: langOf(p), to: [p], cc: [], main: mains[0] ?? p })
    else if (g.to.every((t) => copies.includes(t))) g.to.push(p)
    else g.cc.push(p)
  }
  return groups
}

export type DeliveryOptions = {
  /** SMTP server; default `SMTP_URL`. Without one nothing is sent. */
  smtpUrl?: string
  /** Most mails per run. */
  limit?: number
  now?: Date
  /** Backoff: first retry after `baseMs`, doubling up to `maxMs`; give up after `maxAttempts`. */
  baseMs?: number
  maxMs?: number
  maxAttempts?: number
}

export const mailFrom = () => process.env.MAIL_FROM || '前臺 Front desk <frontdesk@localhost>'

const transports = new Map<string, Transporter>()
const transportFor = (url: string) => {
  let t = transports.get(url)
  if (!t) {
    // Always an explicit SMTP transport: nodemailer never falls back to a test account here.
    t = nodemailer.createTransport(url)
    transports.set(url, t)
  }
  return t
}

/** Close cached SMTP connections (tests, shutdown). */
export const closeMailTransports = () => {
  for (const t of transports.values()) t.close()
  transports.clear()
}

export const backoffMs = (attempts: number, baseMs = Number(process.env.MAIL_RETRY_BASE_MS ?? 60_000), maxMs = 6 * 3600_000) =>
  Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs)

type Row = { id: number; attempts: number; message_id: string }

/** The host part of Message-IDs: the host people reach the app at. */
export const messageIdHost = () => {
  try {
    return new URL(publicUrl()).hostname.replace(/^\[|\]$/g, '') || 'frontdesk.invalid'
  } catch {
    return 'frontdesk.invalid'
  }
}

/**
 * A new scheduler's first act as mail sender (WF-09): mails claimed by a sender that is gone (the
 * scheduler before it, killed mid-burst) are due again at once instead of when their lease ends.
 * Only the scheduler sends, so a claim left when a scheduler is elected is a dead sender's.
 * "At once" is the app's clock, the one deliverOutbox compares with: PostgreSQL's now() rounded into
 * the column's milliseconds can lie just ahead of it, and the mail would wait for the next round.
 */
export async function releaseOutboxClaims(payload: Payload): Promise<number> {
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }).drizzle
  const { rows } = await db.execute(sql`
    UPDATE mail_outbox SET status = 'retrying', locked_until = NULL, next_attempt_at = ${new Date().toISOString()}
    WHERE status = 'sending' RETURNING id`)
  return rows.length
}

/**
 * Send the mails that are due. Rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease, so two
 * senders (two app instances) never send the same mail; a sender that dies mid-send leaves a lease
 * that expires (or that the next scheduler releases), and the mail is tried again with the same
 * Message-ID, fixed at its first claim.
 */
export async function deliverOutbox(payload: Payload, options: DeliveryOptions = {}): Promise<{ sent: number; failed: number }> {
  const url = options.smtpUrl ?? process.env.SMTP_URL
  if (!url) return { sent: 0, failed: 0 }
  const now = options.now ?? new Date()
  const limit = options.limit ?? 100
  const maxAttempts = options.maxAttempts ?? Number(process.env.MAIL_MAX_ATTEMPTS ?? 12)
  const lease = new Date(now.getTime() + 5 * 60_000).toISOString()
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle
  const { rows } = await db.execute(sql`
    UPDATE mail_outbox SET status = 'sending', locked_until = ${lease}, attempts = attempts + 1,
      message_id = COALESCE(message_id, '<outbox.' || id || '.' || floor(extract(epoch FROM created_at) * 1000)::bigint || '@' || ${messageIdHost()} || '>')
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE (status IN ('queued', 'retrying') AND next_attempt_at <= ${now.toISOString()})
         OR (status = 'sending' AND locked_until < ${now.toISOString()})
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, attempts, message_id`)
  if (!rows.length) return { sent: 0, failed: 0 }
  const transport = transportFor(url)
  let sent = 0
  let failed = 0
  await Promise.all(
    rows.map(async (row) => {
      const mail = await payload.findByID({ collection: 'mail-outbox', id: row.id, depth: 0, overrideAccess: true })
      try {
        const info = await transport.sendMail({
          from: mailFrom(),
          to: mail.to as string,
          cc: (mail.cc as string) || undefined,
          subject: mail.subject as string,
          text: mail.text as string,
          html: (mail.html as string) || undefined,
          attachments: (mail.attachments as MailAttachment[] | null) ?? undefined,
          messageId: row.message_id,
          headers: { 'X-Outbox-Id': String(row.id) },
        })
        await db.execute(sql`UPDATE mail_outbox SET status = 'sent', sent_at = ${new Date().toISOString()}, message_id = COALESCE(${info.messageId ?? null}, message_id), last_error = NULL, locked_until = NULL WHERE id = ${row.id}`)
        sent++
      } catch (error) {
        const attempts = Number(row.attempts)
        const gaveUp = attempts >= maxAttempts
        const next = new Date(now.getTime() + backoffMs(attempts, options.baseMs, options.maxMs)).toISOString()
        const message = String((error as Error).message ?? error).slice(0, 4000)
        await db.execute(sql`UPDATE mail_outbox SET status = ${gaveUp ? 'failed' : 'retrying'}, next_attempt_at = ${next}, last_error = ${message}, locked_until = NULL WHERE id = ${row.id}`)
        failed++
      }
    }),
  )
  return { sent, failed }
}

/**
 * Deliver the outbox every `intervalMs` in this process (the scheduler process runs it). With
 * `takeOver` (a newly elected scheduler) it first releases the claims of the sender before it.
 */
export function startMailSender(payload: Payload, { intervalMs = Number(process.env.MAIL_INTERVAL_MS ?? 15_000), takeOver = false } = {}): () => void {
  let running = false
  let released = !takeOver
  const tick = async () => {
    if (running) return
    running = true
    try {
      if (!released) {
        const count = await releaseOutboxClaims(payload)
        released = true
        if (count) payload.logger.info(`mail outbox: ${count} mail(s) claimed by the previous sender are due again`)
      }
      while ((await deliverOutbox(payload)).sent > 0);
    } catch (error) {
      payload.logger.error({ err: error }, 'mail outbox delivery failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
