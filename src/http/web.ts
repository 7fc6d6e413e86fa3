/** Bridges between express and the web Request/Response that Payload's handlers speak. */
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { Readable } from 'node:stream'

export const toWebRequest = (req: ExpressRequest, url: string = req.originalUrl): Request => {
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else if (value != null) headers.set(key, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // A body the guard (src/http/guard.ts) already read and checked is handed on as it was sent.
  const raw = (req as { rawBody?: Buffer }).rawBody
  if (raw) {
    headers.delete('content-encoding')
    headers.delete('transfer-encoding')
    headers.set('content-length', String(raw.length))
  }
  return new Request(`${req.protocol}://${req.get('host')}${url}`, {
    method: req.method,
    headers,
    body: !hasBody ? undefined : raw ? (raw.length ? new Uint8Array(raw) : undefined) : (Readable.toWeb(req) as ReadableStream),
    // @ts-expect-error Node's fetch needs this for streamed bodies
    duplex: 'half',
  })
}

export const sendWebResponse = async (res: ExpressResponse, response: Response): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  res.end(body)
}
