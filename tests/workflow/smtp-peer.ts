/** A real SMTP server (smtp-server) as the peer of the outbox: it can be started, stopped and read. */
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Received = { from: string; to: string[]; raw: string }

export type Peer = {
  url: string
  port: number
  received: Received[]
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Wait until `n` mails have arrived. */
  waitFor: (n: number, timeoutMs?: number) => Promise<Received[]>
}

/** A free port that nothing listens on yet (the peer can start there later). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return port
}

export async function smtpPeer(port?: number): Promise<Peer> {
  const p = port ?? (await freePort())
  const received: Received[] = []
  let server: SMTPServer | undefined
  const peer: Peer = {
    url: `smtp://127.0.0.1:${p}?ignoreTLS=true`,
    port: p,
    received,
    start: async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c))
          stream.on('end', () => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            })
            callback()
          })
        },
      })
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject)
        server!.listen(p, '127.0.0.1', () => resolve())
      })
    },
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    waitFor: async (n, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs
      while (received.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
      return received
    },
  }
  return peer
}

/** The decoded parts of a received mail. */
export async function decode(raw: string): Promise<{ subject: string; text: string; html: string; to: string; cc: string }> {
  const m = await simpleParser(raw)
  return { subject: m.subject ?? '', text: m.text ?? '', html: typeof m.html === 'string' ? m.html : '', to: m.to?.text ?? '', cc: m.cc?.text ?? '' }
}
