/**
 * DEV-06: every request from a device or bridge is signed with its own key; the app checks the key,
 * the 2-minute window, the signature over the exact bytes received, and that the nonce is new.
 * Anything else is refused before a route can touch a device or log a swipe.
 */
import express, { type Request, type RequestHandler } from 'express'
import type { Payload } from 'payload'
import { L } from '../../src/lib/i18n'
import { Refusal, refuseWith } from '../http'
import { deviceByKey, type KnownDevice } from './keys'
import { canonical, headerNames, hmac, sameHex, SIGNATURE_WINDOW_SECONDS } from './sign'
import { useNonce } from './nonces'

export type DeviceRequest = Request & { device: KnownDevice; rawBody: Buffer; body: unknown }

const unauthenticated = (why: string) =>
  new Refusal(L('設備請求未通過驗證:{why}', 'Device request not authenticated: {why}'), 401, { why })

export async function verifySignature(payload: Payload, req: Request, raw: Buffer): Promise<KnownDevice> {
  const header = (name: string) => String(req.headers[name] ?? '')
  const keyId = header(headerNames.key)
  const timestamp = header(headerNames.timestamp)
  const nonce = header(headerNames.nonce)
  const signature = header(headerNames.signature)
  if (!keyId || !timestamp || !nonce || !signature) throw unauthenticated('missing signature headers')
  if (!/^\d{9,11}$/.test(timestamp) || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) throw unauthenticated('malformed headers')
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) throw unauthenticated('timestamp outside the 2-minute window')
  const device = await deviceByKey(payload, keyId)
  if (!device) throw unauthenticated('unknown key')
  if (!device.enabled) throw new Refusal(L('設備已停用', 'This device is disabled'), 403)
  const expected = hmac(device.secret, canonical({ timestamp, nonce, method: req.method, path: req.originalUrl, body: raw }))
  if (!sameHex(signature, expected)) throw unauthenticated('bad signature')
  if (!(await useNonce(payload, keyId, nonce))) throw unauthenticated('replayed request')
  return device
}

/** Raw body (kept for the signature), then signature check, then the JSON body. */
export const requireDevice = (payload: Payload): RequestHandler[] => [
  express.raw({ type: () => true, limit: '512kb' }),
  (req, res, next) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    verifySignature(payload, req, raw).then(
      (device) => {
        const r = req as DeviceRequest
        r.device = device
        r.rawBody = raw
        try {
          r.body = raw.length ? JSON.parse(raw.toString('utf8')) : {}
        } catch {
          return void refuseWith(res, req, new Refusal(L('請求內容不是有效的 JSON', 'The request body is not valid JSON'), 400))
        }
        next()
      },
      (error) => (error instanceof Refusal ? refuseWith(res, req, error) : next(error)),
    )
  },
]
