/**
 * The devices router of the app, mounted at /devices (src/http/routes.ts):
 * - for the admin panel (admin session): the device panel, gate commands and snapshot, the keyboard
 *   wedge swipe, simulated calls, forwarding, key issue, and the live event stream (SSE);
 * - for bridges and devices (DEV-06 signed requests): events (swipes, calls, heartbeats), the signed
 *   allow-list, and gate commands.
 */
import express, { type Request, type Response, type Router } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'
import { isAdmin } from '../../hooks/access'
import { L, pick } from '../../src/lib/i18n'
import { refusalIn } from '../../collections/devices/labels'
import { isDeviceAction, runDeviceAction } from '../actions'
import { markSeen } from '../health'
import { langOfRequest, Refusal, refuseWith, route } from '../http'
import { parseId } from '../../hooks/ids'
import { startLiveBus, subscribe } from '../live'
import { commandGate, gateCommandOf, gateState } from '../gate/service'
import { gateSnapshot } from '../gate/snapshot'
import { reportCommand, reportStates, takeCommands } from '../gate/bridged'
import { answeringFrom, handleCallEvent, openCalls, settled } from '../phone/calls'
import type { CallEvent } from '../phone/driver'
import { phoneDriver, startPhones } from '../phone/manager'
import { SimulatedPhone } from '../phone/simulator'
import { callLogAddress } from '../phone/callLog'
import type { LoggedCall } from '../../collections/desk'
import { switchForwarding } from '../phone/forwarding'
import { buildAllowList } from '../reader/allow-list'
import { handleSwipe } from '../reader/swipe'
import { issueKey } from '../security/keys'
import { canUseSite, requireStaff, siteIdsOf, type StaffRequest } from '../security/session'
import { requireDevice, type DeviceRequest } from '../security/verify'
import { loadDevice, type DeviceDoc } from '../registry'
import { sharedRateLimitStore } from '../../src/http/sharedRateLimit'

const tooManyCommands = L('設備指令過於頻繁,請稍後再試', 'Too many device commands; try again in a minute')

/** DEV-06 commands per client and minute, counted in PostgreSQL so the limit holds across instances (docs/DEPLOY.md). */
const commandLimiter = (payload: Payload) =>
  rateLimit({
    windowMs: 60_000,
    limit: Number(process.env.DEVICE_COMMAND_RATE_LIMIT ?? 30),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: sharedRateLimitStore(payload, 'device-command'),
    handler: (req, res) => {
      res.status(429).json({ errors: [{ message: pick(tooManyCommands, langOfRequest(req)) }] })
    },
  })

const forSite = (req: Request, device: { site: number }) => {
  if (!canUseSite((req as StaffRequest).staff, device.site)) throw new Refusal(L('找不到該設備', 'No such device'), 404)
}

/**
 * A device of one of the person's sites. Another site's device is refused exactly like a missing one,
 * before anything about it (its kind, whether it is enabled, its state) shows in the answer (CORE-01).
 */
const deviceOfMySite = async (payload: Payload, req: Request, id: unknown, kind?: DeviceDoc['kind']): Promise<DeviceDoc> => {
  const n = Number(id)
  const raw = Number.isInteger(n) && n > 0 && n <= 2_147_483_647
    ? ((await payload.findByID({ collection: 'devices', id: n, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as DeviceDoc | null)
    : null
  if (raw) forSite(req, raw)
  return loadDevice(payload, raw ? raw.id : 0, kind)
}

/** A device of the signing device's own site, refused like a missing one otherwise. */
const deviceOfSite = async (payload: Payload, site: number, id: unknown, kind?: DeviceDoc['kind']): Promise<DeviceDoc> => {
  const n = Number(id)
  const raw = Number.isInteger(n) && n > 0 && n <= 2_147_483_647
    ? ((await payload.findByID({ collection: 'devices', id: n, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as DeviceDoc | null)
    : null
  return loadDevice(payload, raw && raw.site === site ? raw.id : 0, kind)
}

const noSuch = { id: L('找不到該設備或指令', 'No such device or command'), site: L('找不到該站點', 'No such site') }

/** The signed-in person, whole (the site field's access check reads their sites). */
const staffOf = (req: Request) => (req as StaffRequest).staff

export function devicesRouter(payload: Payload): Router {
  const limited = commandLimiter(payload)
  const router = express.Router()
  // Ids in the address are record ids: anything else names no device, command or site (never a 500).
  for (const name of ['id', 'site']) {
    router.param(name, (req, res, next, value) => (parseId(value) === undefined ? refuseWith(res, req, new Refusal(noSuch[name as 'id'], 404)) : next()))
  }
  startLiveBus(payload)
  if (process.env.DEVICES_AUTOSTART !== 'false') void startPhones(payload).catch((e) => payload.logger.error(e))

  // ——— Bridges and devices: signed requests only (DEV-06) ———
  const signed = requireDevice(payload)

  router.post('/bridge/events', ...signed, route(async (req, res) => {
    const { device } = req as DeviceRequest
    void markSeen(payload, device)
    const events = (req.body as { events?: unknown }).events
    if (!Array.isArray(events) || events.length > 500) throw new Refusal(L('events 應為最多 500 條的數組', '`events` must be an array of at most 500'), 400)
    const results: Record<string, unknown>[] = []
    for (const raw of events as Record<string, unknown>[]) {
      const id = String(raw?.id ?? '')
      if (!/^[A-Za-z0-9:_.-]{8,100}$/.test(id)) throw new Refusal(L('事件缺少有效的 id', 'Each event needs a valid id'), 400)
      if (raw.type === 'swipe') {
        results.push({ id, ...(await handleSwipe(payload, { site: device.site, cardNumber: raw.cardNumber as string, at: raw.at as string, reader: String(raw.reader ?? device.name).slice(0, 60), eventId: id, device: device.id })) })
      } else if (raw.type === 'call') {
        const call = raw.call as CallEvent
        if (!call || !['ringing', 'answered', 'ended'].includes(call.type) || typeof call.id !== 'string') throw new Refusal(L('通話事件格式不對', 'Malformed call event'), 400)
        await handleCallEvent(payload, { id: device.id, site: device.site }, { ...call, at: call.at ?? new Date().toISOString() })
        results.push({ id, ok: true })
      } else if (raw.type === 'heartbeat') results.push({ id, ok: true })
      else throw new Refusal(L('未知的事件類型', 'Unknown event type'), 400)
    }
    res.json({ results })
  }))

  router.get('/bridge/allow-list', ...signed, route(async (req, res) => {
    const { device } = req as DeviceRequest
    if (device.kind !== 'bridge') throw new Refusal(L('只有橋接可以取得允許名單', 'Only a bridge may fetch the allow-list'), 403)
    void markSeen(payload, device)
    res.json(await buildAllowList(payload, device))
  }))

  router.post('/bridge/gates/:id/command', limited, ...signed, route(async (req, res) => {
    const { device } = req as DeviceRequest
    const gate = await deviceOfSite(payload, device.site, req.params.id, 'gate')
    const body = req.body as { action?: string; reason?: string }
    res.json(await commandGate(payload, { device: gate.id, action: gateCommandOf(body.action), reason: body.reason, source: `device:${device.name}` }))
  }))

  router.post('/bridge/poll', ...signed, route(async (req, res) => {
    const { device } = req as DeviceRequest
    void markSeen(payload, device)
    await reportStates(payload, device, (req.body as { gates?: unknown }).gates)
    res.json({ commands: await takeCommands(payload, device) })
  }))

  router.post('/bridge/commands/:id', ...signed, route(async (req, res) => {
    res.json(await reportCommand(payload, (req as DeviceRequest).device, req.params.id, req.body as Record<string, unknown>))
  }))

  // ——— The admin panel: the signed-in session ———
  const staff = [express.json({ limit: '32kb' }), requireStaff(payload)]

  router.get('/panel', ...staff, route(async (req, res) => {
    const s = (req as StaffRequest).staff
    const { docs } = await payload.find({
      collection: 'devices',
      where: { and: [{ enabled: { not_equals: false } }, ...(isAdmin(s) ? [] : [{ site: { in: siteIdsOf(s) } }])] },
      limit: 200,
      depth: 0,
      overrideAccess: true,
    })
    const devices = await Promise.all(
      (docs as unknown as DeviceDoc[]).map(async (d) => ({
        id: d.id, site: d.site, name: d.name, kind: d.kind, driver: d.driver, status: d.status,
        state: d.kind === 'gate' ? await gateState(payload, d.id).then((g) => g.state, () => 'unknown') : undefined,
      })),
    )
    res.json({ devices })
  }))

  router.get('/gates/:id/state', ...staff, route(async (req, res) => {
    await deviceOfMySite(payload, req, req.params.id, 'gate')
    const { device, state } = await gateState(payload, req.params.id)
    res.json({ id: device.id, state })
  }))

  router.get('/gates/:id/snapshot', ...staff, route(async (req, res) => {
    await deviceOfMySite(payload, req, req.params.id, 'gate')
    const { type, body } = await gateSnapshot(payload, req.params.id, (staffOf(req) as { language?: string } | undefined)?.language)
    res.setHeader('cache-control', 'no-store')
    res.type(type).send(body)
  }))

  router.post('/gates/:id/command', limited, ...staff, route(async (req, res) => {
    await deviceOfMySite(payload, req, req.params.id, 'gate')
    const body = req.body as { action?: string; reason?: string; vehicle?: { leaving?: boolean; family?: boolean; plate?: string }; reminded?: boolean }
    const result = await commandGate(payload, {
      device: req.params.id, action: gateCommandOf(body.action), reason: typeof body.reason === 'string' ? body.reason : undefined,
      vehicle: body.vehicle && typeof body.vehicle === 'object' ? body.vehicle : undefined, reminded: body.reminded === true, staff: staffOf(req),
    })
    res.status(result.command.state === 'failed' ? 502 : 200).json(result)
  }))

  router.post('/reader/swipe', ...staff, route(async (req, res) => {
    const body = req.body as { site?: number; cardNumber?: string }
    const site = Number(body.site)
    if (!site || !canUseSite((req as StaffRequest).staff, site)) throw new Refusal(L('請選擇你所在的站點', 'Choose one of your sites'), 400)
    const answer = await handleSwipe(payload, { site, cardNumber: body.cardNumber as string, reader: pick(L('前臺刷卡', 'Desk card reader'), 'zh') })
    // The refusal's reason in the person's language (the code stays for programs).
    res.json(answer.allowed ? answer : { ...answer, reasonText: refusalIn(answer, langOfRequest(req)) })
  }))

  router.post('/phones/:id/simulate', ...staff, route(async (req, res) => {
    const device = await deviceOfMySite(payload, req, req.params.id, 'phone')
    const driver = phoneDriver(payload, device)
    if (!(driver instanceof SimulatedPhone)) throw new Refusal(L('只有模擬電話可以模擬來電', 'Only a simulated phone can simulate calls'), 409)
    const body = req.body as { action?: string; caller?: string; callId?: string; extension?: string }
    if (body.action === 'ring') {
      if (!/^[0-9+\-() ]{3,32}$/.test(String(body.caller ?? ''))) throw new Refusal(L('請填寫來電號碼', 'Give the caller number'), 400)
      return void res.json({ callId: driver.ring(String(body.caller)) })
    }
    if (!body.callId || !['answer', 'hangup'].includes(String(body.action))) throw new Refusal(L('action 應為 ring、answer 或 hangup', '`action` must be ring, answer or hangup'), 400)
    // Picked up on the handset: at the extension given (the desk's by default), whose staff member answered.
    const extension = typeof body.extension === 'string' && /^[0-9]{2,16}$/.test(body.extension) ? body.extension : undefined
    if (body.action === 'answer') driver.answer(body.callId, { extension })
    else driver.hangup(body.callId)
    res.json({ callId: body.callId })
  }))

  // DEV-04: the calls open now at my sites (a panel reloaded mid-call finds its call again).
  router.get('/calls/open', ...staff, route(async (req, res) => {
    res.json({ calls: (await openCalls(payload, staffOf(req))).map((e) => ({ site: e.site, ...e.call })) })
  }))

  // OFFICE-01: 登記 — the site's own log of this call, filled from it (or the entry that already logs it).
  router.get('/calls/:id/log', ...staff, route(async (req, res) => {
    const call = (await payload.findByID({ collection: 'calls', id: Number(req.params.id), depth: 0, overrideAccess: true, disableErrors: true })) as unknown as LoggedCall | null
    if (!call || !canUseSite(staffOf(req), call.site)) throw new Refusal(L('找不到這個來電', 'No such call'), 404)
    if (call.status === 'ringing') throw new Refusal(L('電話還在振鈴,接聽後再登記', 'The phone is still ringing: log the call once it is answered'), 409)
    const address = await callLogAddress(payload, call, staffOf(req) as { id: number })
    if (!address) throw new Refusal(L('本站點不登記來電', 'This site keeps no phone log'), 404)
    res.redirect(303, address)
  }))

  // DEV-04: answer or hang up a call from the pop-up, by the call record (a simulated phone; a real one is answered on the handset).
  router.post('/calls/:id/:action', ...staff, route(async (req, res) => {
    const action = req.params.action
    if (action !== 'answer' && action !== 'hangup') throw new Refusal(L('只能接聽或掛斷', 'Only answer or hang up'), 404)
    const call = (await payload.findByID({ collection: 'calls', id: Number(req.params.id), depth: 0, overrideAccess: true, disableErrors: true })) as { id: number; site: number; device?: number; pbxId?: string; status: string } | null
    if (!call || !canUseSite(staffOf(req), call.site)) throw new Refusal(L('找不到這個來電', 'No such call'), 404)
    if (!call.device || !call.pbxId) throw new Refusal(L('這個來電不是電話系統記錄的,無法操作', 'This call was not logged by the phone system'), 409)
    const open = action === 'answer' ? call.status === 'ringing' : call.status === 'ringing' || call.status === 'answered'
    if (!open) throw new Refusal(L('來電已結束', 'The call is over'), 409)
    const device = await loadDevice(payload, call.device, 'phone')
    const driver = phoneDriver(payload, device)
    if (!(driver instanceof SimulatedPhone)) throw new Refusal(L('請在話機上接聽或掛斷', 'Answer or hang up on the handset'), 409)
    // OFFICE-01: answered from the pop-up, the call is this person's.
    if (action === 'answer') {
      answeringFrom(device.id, call.pbxId, staffOf(req).id)
      driver.answer(call.pbxId)
    } else driver.hangup(call.pbxId)
    await settled(device.id, call.pbxId)
    const now = (await payload.findByID({ collection: 'calls', id: call.id, depth: 0, overrideAccess: true })) as { status: string }
    res.json({ id: call.id, status: now.status })
  }))

  router.post('/phones/:id/forwarding', limited, ...staff, route(async (req, res) => {
    const device = await deviceOfMySite(payload, req, req.params.id, 'phone')
    res.json(await switchForwarding(payload, device, (req.body as { on?: boolean }).on === true, { staff: staffOf(req), channel: 'admin' }))
  }))

  router.post('/sites/:site/actions/:action', limited, ...staff, route(async (req, res) => {
    if (!canUseSite((req as StaffRequest).staff, req.params.site as string)) throw new Refusal(L('找不到該站點', 'No such site'), 404)
    const action = req.params.action
    const result = isDeviceAction(action) ? await runDeviceAction(payload, Number(req.params.site), action, { staff: staffOf(req) }) : { ok: false, commands: [] }
    if (!result.commands.length) throw new Refusal(L('本站點沒有可執行此操作的設備', 'No device of this site can do that'), 404)
    res.json(result)
  }))

  router.post('/:id/key', ...staff, route(async (req, res) => {
    if (!isAdmin((req as StaffRequest).staff)) throw new Refusal(L('只有管理員可以簽發設備密鑰', 'Only an administrator can issue device keys'), 403)
    const device = await loadDevice(payload, req.params.id)
    res.json({ device: device.id, ...(await issueKey(payload, device.id)), note: 'Shown once; store it on the device or bridge.' })
  }))

  router.get('/live', ...staff, (req: Request, res: Response) => {
    const s = (req as StaffRequest).staff
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' })
    res.write('retry: 2000\n\n')
    res.flushHeaders?.()
    // Calls still open (ringing or in the call) are replayed, so a session that connects or reloads mid-call shows the pop-up.
    void openCalls(payload, s).then((calls) => calls.forEach((event) => res.write(`event: call\ndata: ${JSON.stringify(event)}\n\n`)))
    const unsubscribe = subscribe((event) => {
      if (canUseSite(s, event.site)) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
    })
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000)
    req.on('close', () => {
      clearInterval(ping)
      unsubscribe()
    })
  })

  return router
}
