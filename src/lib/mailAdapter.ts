/**
 * Payload's own mails (forgot-password, verification) go through the outbox like every other mail
 * (WF-09): this adapter stores them; `deliverOutbox` sends them. It never creates a transport, so
 * nodemailer can never fall back to an ethereal test account.
 */
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { queueMail } from './mail'

type One = string | { address: string; name?: string }
const addresses = (v: SendEmailOptions['to']): string[] =>
  (Array.isArray(v) ? v : v ? [v] : []).map((a: One) => (typeof a === 'string' ? a : a.name ? `${a.name} <${a.address}>` : a.address))

const stripTags = (html: string) => html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim()

export const outboxEmailAdapter =
  (from = { address: process.env.MAIL_FROM_ADDRESS || 'frontdesk@localhost', name: process.env.MAIL_FROM_NAME || '前臺 Front desk' }): EmailAdapter<{ id: number }> =>
  ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : undefined
      const text = typeof message.text === 'string' ? message.text : html ? stripTags(html) : ''
      return queueMail(payload, {
        to: addresses(message.to as SendEmailOptions['to']),
        cc: addresses(message.cc as SendEmailOptions['to']),
        subject: String(message.subject ?? ''),
        text,
        html,
      })
    },
  })
