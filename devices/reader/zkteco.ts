/**
 * DEV-03 ZKTeco-style push ("iclock") protocol, the subset an access controller uses to report
 * swipes: the GET /iclock/cdata handshake (options), POST /iclock/cdata?table=rtlog with tab-separated
 * real-time events, and GET /iclock/getrequest polling (no commands for it: "OK").
 * Such controllers cannot sign requests: they are recognised by serial number AND source address,
 * both registered on the reader device; anything else is refused.
 */
import express, { type Request, type Router } from 'express'
import { isStrictDate } from '../../hooks/ids'
import { DEFAULT_TIME_ZONE, wallClockInstant } from '../../src/lib/calendar'

export type RtlogEvent = { time: string; cardno: string; pin?: string; event?: string; eventaddr?: string; index?: string }

/** Parse an rtlog body: one event per line, `key=value` pairs separated by tabs. */
export function parseRtlog(body: string): RtlogEvent[] {
  return body
    .split(/\r?\n/)
    .map((line) => Object.fromEntries(line.split('\t').map((pair) => pair.split('=')).filter((kv) => kv.length >= 2).map(([k, ...v]) => [k!.trim(), v.join('=').trim()])))
    .filter((e) => e.cardno && e.cardno !== '0' && e.time) as RtlogEvent[]
}

/** The handshake answer: the options a push device reads on start-up. */
export const handshake = (sn: string) =>
  [
    `GET OPTION FROM: ${sn}`,
    'ATTLOGStamp=None',
    'OPERLOGStamp=9999',
    'ATTPHOTOStamp=None',
    'ErrorDelay=30',
    'Delay=10',
    'TransTimes=00:00;14:05',
    'TransInterval=1',
    'TransFlag=TransData AttLog OpLog rtlog',
    'TimeZone=8',
    'Realtime=1',
    'Encrypt=None',
    'ServerVer=2.4.1',
    'PushProtVer=2.4.1',
  ].join('\r\n')

/** A controller's local time as it must come: "YYYY-MM-DD HH:mm:ss", a moment the calendar has. */
export const isControllerTime = (time: string) => /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(time) && isStrictDate(time)

/** A controller's local time "YYYY-MM-DD HH:mm:ss" read in its site's time zone (sites.timeZone). */
export const controllerTime = (time: string, timeZone: string = DEFAULT_TIME_ZONE) => wallClockInstant(time, timeZone)!.toISOString()

export type PushReader = { id: number; name: string; site: number; timeZone?: string }
export type IclockHooks = {
  /** The registered reader with this SN, if the request comes from its registered address. */
  reader: (sn: string, address: string) => Promise<PushReader | null>
  swipe: (reader: PushReader, event: RtlogEvent & { eventId: string; at: string }) => Promise<unknown>
  seen?: (reader: PushReader) => void
}

const address = (req: Request) => String(req.ip ?? '').replace(/^::ffff:/, '')

export function iclockRouter(hooks: IclockHooks): Router {
  const router = express.Router()
  const who = async (req: Request) => {
    const sn = String(req.query.SN ?? '')
    if (!/^[A-Za-z0-9-]{3,64}$/.test(sn)) return null
    const reader = await hooks.reader(sn, address(req))
    if (reader) hooks.seen?.(reader)
    return reader ? { sn, reader } : null
  }
  const text = (res: express.Response, status: number, body: string) => res.status(status).type('text/plain').send(body)

  router.get('/cdata', async (req, res, next) => {
    try {
      const found = await who(req)
      if (!found) return void text(res, 401, 'ERROR: unknown device or address')
      text(res, 200, handshake(found.sn))
    } catch (e) {
      next(e)
    }
  })
  router.get('/getrequest', async (req, res, next) => {
    try {
      const found = await who(req)
      text(res, found ? 200 : 401, found ? 'OK' : 'ERROR: unknown device or address')
    } catch (e) {
      next(e)
    }
  })
  router.post('/cdata', express.text({ type: () => true, limit: '256kb' }), async (req, res, next) => {
    try {
      const found = await who(req)
      if (!found) return void text(res, 401, 'ERROR: unknown device or address')
      if (String(req.query.table ?? '') !== 'rtlog') return void text(res, 200, 'OK')
      const events = parseRtlog(typeof req.body === 'string' ? req.body : '')
      // A time that is no moment (2026-02-30, 25:00, garbage) refuses the batch before any of it is kept.
      const bad = events.find((event) => !isControllerTime(event.time))
      if (bad) return void text(res, 400, `ERROR: invalid time "${bad.time.slice(0, 40)}" (expected YYYY-MM-DD HH:mm:ss)`)
      for (const event of events) {
        const at = controllerTime(event.time, found.reader.timeZone)
        const eventId = `zk:${found.sn}:${event.index ?? ''}:${event.time}:${event.cardno}`
        await hooks.swipe(found.reader, { ...event, eventId, at })
      }
      text(res, 200, 'OK')
    } catch (e) {
      if ((e as { status?: number }).status === 400) return void text(res, 400, `ERROR: ${(e as Error).message}`)
      next(e)
    }
  })
  return router
}
