/**
 * WF-09: a batch of mails into the outbox in one INSERT — the rows `queueMail` writes one at a time —
 * in `req`'s transaction (no mail for a change that rolled back).
 */
import type { PayloadRequest } from 'payload'
import { outboxRow, queueMail, type Mail } from '../../src/lib/mail'
import { asServer } from '../../src/lib/serverReq'
import { createMany } from '../lifecycle/batch'

export async function queueMails(req: PayloadRequest, mails: Mail[]): Promise<void> {
  if (!mails.length) return
  const server = asServer(req)
  if (!(await createMany(server, 'mail-outbox', mails.map(outboxRow)))) for (const mail of mails) await queueMail(req.payload, mail, server)
}
