/**
 * CARE-18 SMS: every text goes through the `sms` outbox and an SMS provider. Without a provider
 * configured (SMS_PROVIDER unset) texts stay in the outbox, readable in the admin panel; nothing is
 * lost. A provider is one small interface; `http` posts JSON to SMS_HTTP_URL (a gateway of the site's
 * choosing, e.g. an internal relay to Aliyun/Tencent SMS).
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { asServer } from '../../../src/lib/serverReq'
import { L } from '../../../src/lib/i18n'
import { transition } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import type { smsKinds } from '.'

/** CARE-18: a text waits in the outbox until the provider takes it, or is given up after 5 attempts (the sender's, server-only). */
export const smsLifecycle: LifecycleSpec = {
  initial: 'queued',
  states: {
    queued: { label: L('待發送(發件箱)', 'Queued (outbox)'), color: '#d97706' },
    sent: { label: L('已發送', 'Sent'), color: '#16a34a' },
    failed: { label: L('發送失敗', 'Failed'), color: '#dc2626' },
  },
  transitions: [
    { from: 'queued', to: 'sent', label: L('已發送', 'Sent'), by: 'server' },
    { from: 'queued', to: 'failed', label: L('放棄發送', 'Given up'), by: 'server' },
  ],
}

export interface SmsProvider {
  readonly name: string
  send(message: { to: string; text: string }): Promise<{ id?: string }>
}

/** Posts `{ to, text }` as JSON to a gateway; a non-2xx answer is a failure. */
export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http'
  constructor(private url: string, private token?: string) {}
  async send(message: { to: string; text: string }) {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(10_000),
    })
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`)
    const body = (await res.json().catch(() => ({}))) as { id?: string }
    return { id: body.id }
  }
}

let override: SmsProvider | null | undefined

/** For tests and other wiring: use this provider (null = none, the outbox only). */
export const setSmsProvider = (provider: SmsProvider | null | undefined) => {
  override = provider
}

export function smsProvider(): SmsProvider | null {
  if (override !== undefined) return override
  if (process.env.SMS_PROVIDER === 'http' && process.env.SMS_HTTP_URL) return new HttpSmsProvider(process.env.SMS_HTTP_URL, process.env.SMS_HTTP_TOKEN)
  return null
}

export type SmsInput = { site: number; to: string; text: string; kind: keyof typeof smsKinds; notice?: number; elder?: number }

/** Put a text in the outbox (in the caller's transaction; it starts `queued`, the lifecycle's initial state). */
export async function queueSms(payload: Payload, input: SmsInput, req?: Partial<PayloadRequest>) {
  return payload.create({ collection: 'sms', data: input, overrideAccess: true, depth: 0, req: asServer(req) })
}

const jobReq = (payload: Payload) => createLocalReq({ context: { channel: 'job' } }, payload)

/** Send queued texts through the provider. Without one, they stay queued. Returns how many were sent. */
export async function deliverSms(payload: Payload, now: Date = new Date()): Promise<number> {
  const provider = smsProvider()
  if (!provider) return 0
  const { docs } = await payload.find({
    collection: 'sms',
    where: { and: [{ status: { equals: 'queued' } }, { or: [{ retryAt: { exists: false } }, { retryAt: { less_than_equal: now.toISOString() } }] }] },
    sort: 'id',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  let sent = 0
  for (const sms of docs) {
    const attempts = Number(sms.attempts ?? 0) + 1
    try {
      const { id } = await provider.send({ to: String(sms.to), text: String(sms.text) })
      await transition(await jobReq(payload), 'sms', sms.id, 'sent', { server: true, data: { sentAt: now.toISOString(), providerId: id, attempts, error: null } })
      sent++
    } catch (error) {
      const giveUp = attempts >= 5
      const data = { attempts, error: String((error as Error).message).slice(0, 500), retryAt: new Date(now.getTime() + 2 ** attempts * 60_000).toISOString() }
      if (giveUp) await transition(await jobReq(payload), 'sms', sms.id, 'failed', { server: true, data })
      else await payload.update({ collection: 'sms', id: sms.id, data, overrideAccess: true, depth: 0, context: { channel: 'job' } })
    }
  }
  return sent
}
