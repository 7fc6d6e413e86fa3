import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/http/app'
import { moduleRoutes } from '../../src/http/routes'
import { Bridge } from '../../devices/bridge/standalone'
import { makeElder } from '../helpers/care'
import { keyFor, signedFetch, sleep, useDeviceWorld, type Credentials } from './world'
import { ptyPair } from './peers/socat'
import { stop } from './peers/spawn'

const w = useDeviceWorld()
// The bridge talks to an app of its own, which the tests stop and start again on the same port.
let server: Server
let url: string
let bridgeDevice: { id: number }
let key: Credentials
const bridges: Bridge[] = []
const children: { kill: (s?: NodeJS.Signals) => boolean; exitCode: number | null; once: Function }[] = []

const listen = async (port = 0) => {
  server = createApp(w.payload, { routes: moduleRoutes(w.payload) }).listen(port, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  return (server.address() as AddressInfo).port
}
const closeApp = () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections() })

const visitsOfCard = async (cardNumber: string) => {
  const card = (await w.payload.find({ collection: 'visit-cards', where: { cardNumber: { equals: cardNumber } }, overrideAccess: true })).docs[0]!
  return (await w.payload.find({ collection: 'visits', where: { card: { equals: card.id } }, sort: 'timeIn', depth: 0, overrideAccess: true })).docs as unknown as { timeIn: string; kind: string; visitorName: string; notes?: string }[]
}

beforeAll(async () => {
  const port = await listen()
  url = `http://127.0.0.1:${port}`
  const elder = await makeElder(w.payload, w.site, '张秀英')
  await w.payload.update({ collection: 'elders', id: elder.id, data: { status: 'admitted' } as never, overrideAccess: true })
  for (const [cardNumber, status, holderName] of [['10001', 'active', '张明'], ['10002', 'returned', '李华'], ['10003', 'lost', '王芳'], ['10004', 'active', '赵强']]) {
    await w.payload.create({
      collection: 'visit-cards',
      data: { cardNumber, status, holderName, holderPhone: '139 8000 1111', elder: elder.id, deposit: 50, depositReceipt: `R-${cardNumber}`, site: w.site } as never,
      overrideAccess: true,
    })
  }
  bridgeDevice = await w.device({ name: '门岗桥接', kind: 'bridge' })
  key = await keyFor(w.payload, bridgeDevice.id)
})

afterAll(async () => {
  for (const b of bridges) await b.stop()
  for (const c of children) await stop(c as never)
  await closeApp()
})

describe('DEV-03 / CARE-17 keyboard-wedge field on the desk page', () => {
  it('CARE-17 a swipe of an active card logs a family visit', async () => {
    const res = await w.desk.post('/devices/reader/swipe', { site: w.site, cardNumber: '10001' })
    expect(res.status).toBe(200)
    expect(res.body.allowed).toBe(true)
    const [visit] = await visitsOfCard('10001')
    expect(visit).toMatchObject({ kind: 'card', visitorName: '张明' })
  })

  it('CARE-17 unknown, returned and lost cards are refused and the desk is alerted', async () => {
    for (const [card, reason] of [['77777', 'unknown-card'], ['10002', 'returned'], ['10003', 'lost']]) {
      const res = await w.desk.post('/devices/reader/swipe', { site: w.site, cardNumber: card })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ allowed: false, reason })
    }
    expect(await visitsOfCard('10002')).toHaveLength(0)
    const { docs } = await w.payload.find({ collection: 'messages', where: { site: { equals: w.site } }, overrideAccess: true, limit: 20 })
    const titles = docs.map((d) => String((d as { title: string }).title)).join('\n')
    expect(titles).toContain('77777')
    expect(titles).toContain('10003')
  })

  it('DEV-03 a malformed card number gets a readable 400; another site is refused', async () => {
    const bad = await w.desk.post('/devices/reader/swipe', { site: w.site, cardNumber: "1'; DROP TABLE" })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/card number/i)
    expect((await w.outsider.post('/devices/reader/swipe', { site: w.site, cardNumber: '10001' })).status).toBe(400)
  })
})

describe('DEV-03 ZKTeco-style push (/iclock/cdata)', () => {
  it('DEV-03 handshake, then rtlog events log visits once each, even when the controller re-sends', async () => {
    await w.device({ name: '大门门禁', kind: 'reader', driver: 'zkteco', connection: { serialNumber: 'CGXR20126', allowedAddress: '127.0.0.1' } })
    const before = (await visitsOfCard('10004')).length // (a bridge test may have logged one already)
    const hello = await fetch(`${url}/iclock/cdata?SN=CGXR20126&options=all&pushver=2.4.1`)
    expect(hello.status).toBe(200)
    const text = await hello.text()
    expect(text).toContain('GET OPTION FROM: CGXR20126')
    expect(text).toMatch(/Realtime=1/)
    expect(await (await fetch(`${url}/iclock/getrequest?SN=CGXR20126`)).text()).toBe('OK')
    const body = 'time=2026-11-26 09:15:02\tpin=0\tcardno=10004\tsitecode=0\tlinkid=0\teventaddr=1\tevent=0\tinoutstatus=0\tverifytype=4\tindex=41\n' +
      'time=2026-11-26 09:15:09\tpin=0\tcardno=10003\tsitecode=0\tlinkid=0\teventaddr=1\tevent=27\tinoutstatus=0\tverifytype=4\tindex=42'
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${url}/iclock/cdata?SN=CGXR20126&table=rtlog&Stamp=9999`, { method: 'POST', body })
      expect(res.status).toBe(200)
      expect(await res.text()).toBe('OK')
    }
    const visits = await visitsOfCard('10004')
    expect(visits).toHaveLength(before + 1)
    expect(visits[0]!.timeIn).toBe('2026-11-26T01:15:02.000Z') // controller local time, UTC+8 (the earliest of the card's visits)
  })
})

describe('DEV-03 standalone bridge', () => {
  /** Set-up: a bridge of the test's own (its state directory too), started: it has fetched the signed allow-list. */
  const startBridge = async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fd-bridge-'))
    const bridge = new Bridge({ appUrl: url, ...key, stateDir: dir, flushEveryMs: 200 })
    bridges.push(bridge)
    await bridge.start()
    return { bridge, dir }
  }

  it('DEV-03 a serial-line reader (socat pseudo-terminal) swipes through the bridge and logs a visit', async () => {
    const pty = await ptyPair()
    children.push(pty.process as never)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fd-bridge-'))
    const bridge = new Bridge({ appUrl: url, ...key, stateDir: dir, serial: [{ path: pty.reader, name: '侧门读卡器' }], flushEveryMs: 200 })
    bridges.push(bridge)
    await bridge.start()
    const before = (await visitsOfCard('10001')).length
    writeFileSync(pty.device, '\x0210001\x03\r\n')
    for (let i = 0; i < 50 && (await visitsOfCard('10001')).length === before; i++) await sleep(100)
    const visits = await visitsOfCard('10001')
    expect(visits).toHaveLength(before + 1)
    expect(visits.at(-1)!.notes).toContain('侧门读卡器')
  })

  it('DEV-03 with the app stopped the bridge decides from its signed allow-list and queues; each event is delivered exactly once when the app is back', async () => {
    const { bridge } = await startBridge()
    expect(bridge.validAllowList()?.cards).toEqual(['10001', '10004'])
    const port = (server.address() as AddressInfo).port
    const before = (await visitsOfCard('10004')).length
    await closeApp()
    const allowed = await bridge.swipe('10004', '侧门读卡器')
    expect(allowed).toEqual({ allowed: true, offline: true })
    const refused = await bridge.swipe('10002', '侧门读卡器')
    expect(refused).toMatchObject({ allowed: false, offline: true })
    expect(bridge.outbox.size).toBe(2)
    const queued = bridge.outbox.peek(2)
    await sleep(300)
    await listen(port)
    for (let i = 0; i < 50 && bridge.outbox.size; i++) await sleep(100)
    expect(bridge.outbox.size).toBe(0)
    const visits = await visitsOfCard('10004')
    expect(visits).toHaveLength(before + 1)
    expect(Date.parse(visits.at(-1)!.timeIn)).toBe(Date.parse(queued[0]!.at as string)) // the real swipe time
    // The acknowledgement was lost and the bridge sends the same events again: still once.
    const again = await signedFetch(url, key, 'POST', '/devices/bridge/events', { events: queued })
    expect(again.status).toBe(200)
    expect(again.body.results[0]).toMatchObject({ allowed: true, duplicate: true })
    expect(await visitsOfCard('10004')).toHaveLength(before + 1)
    expect(await visitsOfCard('10002')).toHaveLength(0)
  })

  it('DEV-03 an allow-list altered on the bridge disk, or expired, is not trusted', async () => {
    const { bridge, dir } = await startBridge()
    expect(bridge.validAllowList()?.cards).toEqual(['10001', '10004']) // saved on its disk, trusted as signed
    const file = path.join(dir, 'allow-list.json')
    const saved = JSON.parse(readFileSync(file, 'utf8'))
    saved.list.cards.push('10002')
    writeFileSync(file, JSON.stringify(saved))
    const offline = new Bridge({ appUrl: 'http://127.0.0.1:9', ...key, stateDir: dir })
    expect(offline.validAllowList()).toBeUndefined()
    expect(await offline.swipe('10002', 'x')).toMatchObject({ allowed: false, reason: 'allow-list-missing-or-expired' })
    saved.list.cards.pop()
    saved.list.expiresAt = new Date(Date.now() - 1000).toISOString()
    writeFileSync(file, JSON.stringify(saved))
    expect(new Bridge({ appUrl: 'http://127.0.0.1:9', ...key, stateDir: dir }).validAllowList()).toBeUndefined()
  })
})
