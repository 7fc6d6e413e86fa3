/** The world of the e-mail tests: Payload, the approval pages over HTTP, a live SMTP peer, a care home. */
import { closeMailTransports, deliverOutbox } from '../../src/lib/mail'
import { approvalRouter } from '../../src/http/approvals/router'
import { bootPayload, startHttp, type Booted, type Http } from '../helpers/boot'
import { careHome, type CareHome } from './fixture'
import { smtpPeer, type Peer } from './smtp-peer'

export type MailWorld = { booted: Booted; http: Http; peer: Peer; home: CareHome; deliver: () => ReturnType<typeof deliverOutbox>; close: () => Promise<void> }

export async function mailWorld(): Promise<MailWorld> {
  const booted = await bootPayload()
  const http = await startHttp(booted.payload, { routes: [['/approve', approvalRouter(booted.payload)]] })
  process.env.PUBLIC_URL = http.url
  const peer = await smtpPeer()
  await peer.start()
  const home = await careHome(booted, http.url)
  return {
    booted,
    http,
    peer,
    home,
    deliver: () => deliverOutbox(booted.payload, { smtpUrl: peer.url, limit: 1000 }),
    close: async () => {
      closeMailTransports()
      await peer.stop()
      await http.close()
    },
  }
}
