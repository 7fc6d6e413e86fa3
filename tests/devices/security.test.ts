import { afterAll, describe, expect, it } from 'vitest'
import { closeDrivers } from '../../devices/registry'
import { signRequest } from '../../devices/security/sign'
import { commandsOf, useDeviceWorld, keyFor, signedFetch, sleep, type Credentials, type DeviceWorld } from './world'

process.env.GATE_SIM_TRAVEL_MS = '500'
const w = useDeviceWorld()

afterAll(async () => {
  await closeDrivers()
})

/**
 * A gate and a bridge of the test's own, with the bridge's key: each test counts its own gate's commands and
 * signs with a key no other test rotates.
 */
async function own() {
  const gate = await w.device({ name: '大门', kind: 'gate' })
  const bridge = await w.device({ name: '门岗桥接', kind: 'bridge' })
  const key = await keyFor(w.payload, bridge.id)
  return { gate, bridge, key, path: () => `/devices/bridge/gates/${gate.id}/command` }
}
/** Set-up: the gate opened by its bridge, then stopped (as in the tests below), 2 s apart as the gate requires. */
async function openedAndStopped(o: Awaited<ReturnType<typeof own>>) {
  expect((await signedFetch(w.url, o.key, 'POST', o.path(), { action: 'open', reason: '门岗按钮' })).status).toBe(200)
  await sleep(2100)
  expect((await signedFetch(w.url, o.key, 'POST', o.path(), { action: 'stop' })).status).toBe(200)
}

const visitsCount = async () => (await w.payload.count({ collection: 'visits', overrideAccess: true })).totalDocs

describe('DEV-06 nothing unauthenticated can command the gate', () => {
  it('DEV-06 an unsigned gate command is rejected and the gate is not touched', async () => {
    const { gate, path } = await own()
    const res = await fetch(`${w.url}${path()}`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: '{"action":"open"}' })
    expect(res.status).toBe(401)
    expect((await res.json()).errors[0].message).toMatch(/not authenticated: missing signature/)
    expect(await commandsOf(w.payload, gate.id)).toHaveLength(0)
  })

  it('DEV-06 a correctly signed command from the bridge opens the gate', async () => {
    const { gate, key, path } = await own()
    const res = await signedFetch(w.url, key, 'POST', path(), { action: 'open', reason: '门岗按钮' })
    expect(res.status).toBe(200)
    expect(res.body.command.state).toBe('done')
    expect((await commandsOf(w.payload, gate.id))[0]).toMatchObject({ action: 'open', state: 'done' })
  })

  it('DEV-06 a replayed request is rejected', async () => {
    const { gate, key, path } = await own()
    expect((await signedFetch(w.url, key, 'POST', path(), { action: 'open', reason: '门岗按钮' })).status).toBe(200) // opened, as above
    await sleep(2100)
    const body = JSON.stringify({ action: 'stop' })
    const headers = { 'content-type': 'application/json', ...signRequest(key, 'POST', path(), body) }
    const first = await fetch(`${w.url}${path()}`, { method: 'POST', headers, body })
    expect(first.status).toBe(200)
    await sleep(2100)
    const replay = await fetch(`${w.url}${path()}`, { method: 'POST', headers, body })
    expect(replay.status).toBe(401)
    expect((await replay.json()).errors[0].message).toMatch(/replayed/)
    expect(await commandsOf(w.payload, gate.id)).toHaveLength(2)
  })

  it('DEV-06 a tampered request (body changed after signing) is rejected', async () => {
    const o = await own()
    const { gate, key, path } = o
    await openedAndStopped(o)
    const signedBody = JSON.stringify({ action: 'stop' })
    const headers = { 'content-type': 'application/json', ...signRequest(key, 'POST', path(), signedBody) }
    const res = await fetch(`${w.url}${path()}`, { method: 'POST', headers, body: JSON.stringify({ action: 'open' }) })
    expect(res.status).toBe(401)
    expect((await res.json()).errors[0].message).toMatch(/bad signature/)
    const otherPath = await fetch(`${w.url}/devices/bridge/gates/${gate.id + 1000}/command`, { method: 'POST', headers, body: signedBody })
    expect(otherPath.status).toBe(401)
    expect(await commandsOf(w.payload, gate.id)).toHaveLength(2)
  })

  it('DEV-06 a request outside the 2-minute window is rejected', async () => {
    const { key, path } = await own()
    const body = JSON.stringify({ action: 'stop' })
    const old = { 'content-type': 'application/json', ...signRequest(key, 'POST', path(), body, Date.now() - 3 * 60_000) }
    const res = await fetch(`${w.url}${path()}`, { method: 'POST', headers: old, body })
    expect(res.status).toBe(401)
    expect((await res.json()).errors[0].message).toMatch(/window/)
  })

  it('DEV-06 a key of another device or an unknown key is rejected; a disabled device is refused', async () => {
    const { key, path } = await own()
    const other = await w.device({ name: '别的桥接', kind: 'bridge' })
    const otherKey = await keyFor(w.payload, other.id)
    expect((await signedFetch(w.url, { keyId: key.keyId, secret: otherKey.secret }, 'POST', path(), { action: 'stop' })).status).toBe(401)
    expect((await signedFetch(w.url, { keyId: 'dk_nope', secret: key.secret }, 'POST', path(), { action: 'stop' })).status).toBe(401)
    await w.payload.update({ collection: 'devices', id: other.id, data: { enabled: false }, overrideAccess: true })
    const { forgetKeys } = await import('../../devices/security/keys')
    forgetKeys()
    expect((await signedFetch(w.url, otherKey, 'POST', path(), { action: 'stop' })).status).toBe(403)
  })

  it('DEV-06 a rotated key stops working at once', async () => {
    const { bridge, key } = await own()
    expect((await signedFetch(w.url, key, 'GET', '/devices/bridge/allow-list')).status).toBe(200)
    const fresh = await keyFor(w.payload, bridge.id)
    expect((await signedFetch(w.url, key, 'GET', '/devices/bridge/allow-list')).status).toBe(401)
    expect((await signedFetch(w.url, fresh, 'GET', '/devices/bridge/allow-list')).status).toBe(200)
  })

  it('DEV-06 the admin-panel routes need a session', async () => {
    const { gate } = await own()
    const res = await fetch(`${w.url}/devices/gates/${gate.id}/command`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"open"}' })
    expect(res.status).toBe(401)
    expect((await fetch(`${w.url}/devices/live`)).status).toBe(401)
  })

  it('DEV-06 the device key is never readable through the API, and only an admin issues one', async () => {
    const { bridge, key } = await own()
    const doc = await w.admin.get(`/api/devices/${bridge.id}`)
    expect(doc.status).toBe(200)
    expect(doc.body.keyCipher).toBeUndefined()
    expect(JSON.stringify(doc.body)).not.toContain(key.secret)
    expect((await w.desk.post(`/devices/${bridge.id}/key`, {})).status).toBe(403)
    const issued = await w.admin.post(`/devices/${bridge.id}/key`, {})
    expect(issued.status).toBe(200)
    expect(issued.body.secret).toHaveLength(43)
    const forced = await w.admin.patch(`/api/devices/${bridge.id}`, { keyId: 'dk_mine' })
    expect(forced.status).toBe(403)
  })
})

describe('DEV-06 nothing unauthenticated can log a swipe', () => {
  it('DEV-06 unsigned, tampered or replayed swipe events log no visit', async () => {
    const { key } = await own()
    const before = await visitsCount()
    const event = { events: [{ id: 'sw-00000000-1', type: 'swipe', cardNumber: '10001' }] }
    const unsigned = await fetch(`${w.url}/devices/bridge/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) })
    expect(unsigned.status).toBe(401)
    const tampered = await signedFetch(w.url, key, 'POST', '/devices/bridge/events', event, (h) => (h['x-device-signature'] = h['x-device-signature']!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))))
    expect(tampered.status).toBe(401)
    expect(await visitsCount()).toBe(before)
  })

  it('DEV-06 a push from an unregistered controller or address is refused', async () => {
    await w.device({ name: '门禁', kind: 'reader', driver: 'zkteco', connection: { serialNumber: 'ZK0001', allowedAddress: '10.0.0.9' } })
    const wrongAddress = await fetch(`${w.url}/iclock/cdata?SN=ZK0001&table=rtlog`, { method: 'POST', body: 'time=2026-11-26 10:00:00\tcardno=10001\tindex=1' })
    expect(wrongAddress.status).toBe(401)
    const unknown = await fetch(`${w.url}/iclock/cdata?SN=ZK9999&options=all`)
    expect(unknown.status).toBe(401)
  })
})
