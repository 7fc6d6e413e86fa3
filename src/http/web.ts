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

/**
 * The request as Payload's REST handlers get it (issue 15 item 1). A body the guard already read is
 * not handed over as a stream to be read again (undici's body machinery: a ReadableStream, its reader,
 * a copy): the Request carries no body, and what reads it gets it from memory — `data` (the JSON the
 * guard parsed; Payload's own endpoints read `req.data`, which they fill only when there is a body
 * stream), `json()` and `text()` (custom endpoints and the method-override path read these). Uploads
 * (multipart) and bodies the guard did not read stream as before.
 */
export const toPayloadRequest = (req: ExpressRequest, url: string = req.originalUrl): Request => {
  const raw = (req as { rawBody?: Buffer }).rawBody
  if (!raw?.length || req.method === 'GET' || req.method === 'HEAD') return toWebRequest(req, url)
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v))
    else if (value != null) headers.set(key, value)
  }
  headers.delete('content-encoding')
  headers.delete('transfer-encoding')
  headers.set('content-length', String(raw.length))
  const request = new Request(`${req.protocol}://${req.get('host')}${url}`, { method: req.method, headers })
  let text: string | undefined
  const textOf = () => (text ??= raw.toString('utf8'))
  const parsed = (req as { jsonBody?: unknown }).jsonBody
  // `data` exactly when Payload would have filled it (its addDataAndFileToRequest: this content type, as written).
  const asPayloadReads = (headers.get('content-type') || '').split(';', 1)[0] === 'application/json'
  return Object.assign(request, {
    ...(parsed !== undefined && asPayloadReads ? { data: parsed } : {}),
    json: () => (parsed !== undefined ? Promise.resolve(parsed) : Promise.resolve().then(() => JSON.parse(textOf()))),
    text: () => Promise.resolve(textOf()),
    arrayBuffer: () => Promise.resolve(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length)),
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
