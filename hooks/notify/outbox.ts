/**
 * The outboxes, set-wise, in `req`'s transaction (nothing sent for a change that rolled back): WF-09's
 * mails in one INSERT — the rows `queueMail` writes one at a time — and CARE-18's texts (`queueTexts`).
 */
import type { PayloadRequest } from 'payload'
import { outboxRow, queueMail, type Mail } from '../../src/lib/mail'
import { asServer } from '../../src/lib/serverReq'
import { initialOf, lifecycleOf } from '../lifecycle'
import { createAudited, createMany } from '../lifecycle/batch'

export async function queueMails(req: PayloadRequest, mails: Mail[]): Promise<void> {
  if (!mails.length) return
  const server = asServer(req)
  if (!(await createMany(server, 'mail-outbox', mails.map(outboxRow)))) for (const mail of mails) await queueMail(req.payload, mail, server)
}

/** A text for the SMS outbox (CARE-18's `sms` form, which every desk writes to by its slug). */
export type Text = { site: number; to: string; text: string; kind: string; notice?: number; elder?: number }

/**
 * CARE-18: a batch of texts into the SMS outbox (an approved notice's numbers, a sweep's reminders) in
 * one INSERT and their audit rows in one more, in `req`'s transaction — the rows Payload's server
 * create of each writes (they start in the form's first state; its own hook refuses a person's notice
 * only). A text the form does not take (a number or text too long, a required field empty) is not
 * written set-wise: each is created through Payload, which refuses it as it should.
 */
export async function queueTexts(req: PayloadRequest, texts: Text[]): Promise<void> {
  if (!texts.length) return
  const lifecycle = lifecycleOf(req, 'sms')
  await createAudited(req, 'sms', texts.map((text) => ({ ...text, ...(lifecycle ? { status: initialOf(lifecycle) } : {}) })))
}
