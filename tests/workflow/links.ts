/** Read approval links out of the mails the SMTP peer received, and follow them over HTTP like a browser. */
import { decode, type Peer } from './smtp-peer'

export type Mail = { to: string; cc: string; subject: string; text: string; html: string }

/** Every mail the peer received, decoded, in arrival order. */
export const inbox = async (peer: Peer): Promise<Mail[]> => Promise.all(peer.received.map((r) => decode(r.raw)))

/** The Approve link in the newest approval mail to `email` (optionally about one record). */
export async function approveLink(peer: Peer, email: string, recordId?: number): Promise<string> {
  const mails = (await inbox(peer)).filter((m) => m.to.includes(email) && /\/approve\//.test(m.text) && (recordId == null || m.text.includes(`#${recordId}`)))
  const mail = mails.at(-1)
  if (!mail) throw new Error(`no approval mail to ${email}`)
  return mail.text.match(/https?:\/\/\S+\/approve\/[A-Za-z0-9_-]{43}\?d=approve/)![0]
}

export const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers })
  return { status: res.status, html: await res.text() }
}

/** Submit the confirmation page's form: POST to the link's path with the decision and the comment. */
export const post = async (link: string, decision: string, comment = '', headers: Record<string, string> = {}) => {
  const url = link.split('?')[0]
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ decision, comment }).toString(),
  })
  return { status: res.status, html: await res.text() }
}

export const tokenOf = (link: string) => link.match(/\/approve\/([A-Za-z0-9_-]{43})/)![1]
