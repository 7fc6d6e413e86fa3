/** The standalone bridge's line to the app: every request signed with the bridge's key (DEV-06). */
import { signRequest } from '../security/sign'

export type LinkOptions = { appUrl: string; keyId: string; secret: string; timeoutMs?: number }

export class AppUnreachable extends Error {}

export class AppLink {
  constructor(private options: LinkOptions) {}

  get credentials() {
    return { keyId: this.options.keyId, secret: this.options.secret }
  }

  /** A signed request. Network errors, timeouts and 5xx throw AppUnreachable; 4xx are returned. */
  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const text = body === undefined ? '' : JSON.stringify(body)
    const url = new URL(path, this.options.appUrl)
    const headers = { 'content-type': 'application/json', ...signRequest(this.credentials, method, url.pathname + url.search, text) }
    let res: Response
    try {
      res = await fetch(url, { method, headers, body: method === 'GET' ? undefined : text, signal: AbortSignal.timeout(this.options.timeoutMs ?? 3000) })
    } catch (error) {
      throw new AppUnreachable((error as Error).message)
    }
    if (res.status >= 500) throw new AppUnreachable(`app answered ${res.status}`)
    return { status: res.status, body: await res.json().catch(() => null) }
  }
}
