import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Bridge } from '../../devices/bridge/standalone'
import { ModbusGate } from '../../devices/gate/modbus'
import { commandsOf, useDeviceWorld, keyFor, signedFetch, sleep, type DeviceWorld } from './world'
import { freePort, startModbusGate, stop } from './peers/spawn'

const w = useDeviceWorld()

let modbus: ChildProcess
let bridge: Bridge
let gate: { id: number }

beforeAll(async () => {
  const port = await freePort()
  modbus = await startModbusGate(port, 0.6)
  const bridgeDevice = await w.device({ name: '车库桥接', kind: 'bridge' })
  gate = await w.device({ name: '车库门', kind: 'gate', driver: 'modbus', bridge: bridgeDevice.id, connection: { address: '192.0.2.1:502' } })
  const key = await keyFor(w.payload, bridgeDevice.id)
  bridge = new Bridge({
    appUrl: w.url, ...key, stateDir: mkdtempSync(path.join(os.tmpdir(), 'fd-bridge-gate-')), pollEveryMs: 200,
    gates: [{ id: gate.id, driver: new ModbusGate({ host: '127.0.0.1', port }) }],
  })
  await bridge.start()
})

afterAll(async () => {
  await bridge?.stop()
  await stop(modbus)
})

const stateNow = async () => (await w.desk.get(`/devices/gates/${gate.id}/state`)).body.state as string
const until = async (ok: () => Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms
  while (!(await ok()) && Date.now() < end) await sleep(100)
}
/** Set-up: the gate at rest in `state`, whatever an earlier test left it doing (one command per 2 s, then its travel). */
async function gateAt(state: 'open' | 'closed') {
  await until(async () => ['open', 'closed', 'stopped'].includes(await stateNow()))
  if ((await stateNow()) === state) return
  await sleep(2100)
  const res = await w.desk.post(`/devices/gates/${gate.id}/command`, { action: state === 'open' ? 'open' : 'close' })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  await until(async () => (await stateNow()) === state)
  expect(await stateNow()).toBe(state)
  await sleep(2100)
}

describe('DEV-01 a gate wired to a standalone bridge', () => {
  it('DEV-01 the desk command is queued in the app, carried out by the bridge on the relay board, and reported done with the state read back', async () => {
    await gateAt('closed')
    const res = await w.desk.post(`/devices/gates/${gate.id}/command`, { action: 'open', reason: '送货车' })
    expect(res.status).toBe(200)
    expect(res.body.command.state).toBe('queued')
    let cmd
    for (let i = 0; i < 40; i++) {
      cmd = (await commandsOf(w.payload, gate.id)).find((c) => c.id === res.body.command.id)
      if (cmd?.state === 'done') break
      await sleep(100)
    }
    expect(cmd).toMatchObject({ action: 'open', state: 'done' })
    expect(cmd!.result).toMatch(/state: opening/)
    const trail = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'device-commands' } }, { recordId: { equals: String(cmd!.id) } }, { action: { equals: 'transition' } }] }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(trail.docs.map((d) => `${d.from}→${d.to}`)).toEqual(['queued→sent', 'sent→done'])
  })

  it('DEV-01 the bridge keeps the gate state current: moving refuses a new command, once open it is accepted', async () => {
    await gateAt('open')
    await sleep(2100)
    // The bridge's own poll (every 200 ms, reporting `open`) is held while the test plays its report:
    // otherwise it could land between the write and the command and the gate would read open again.
    const resume = await bridge.pausePolling()
    try {
      await w.payload.update({ collection: 'devices', id: gate.id, data: { state: 'closing' }, overrideAccess: true }) // as a bridge would report mid-travel
      const moving = await w.desk.post(`/devices/gates/${gate.id}/command`, { action: 'close' })
      expect(moving.status).toBe(409)
    } finally {
      resume()
    }
    await sleep(600) // the next poll reports the real state
    expect((await w.desk.get(`/devices/gates/${gate.id}/state`)).body.state).toBe('open')
    const res = await w.desk.post(`/devices/gates/${gate.id}/command`, { action: 'close' })
    expect(res.status).toBe(200)
  })

  it('DEV-06 only the bridge of the gate can take or report its commands', async () => {
    await gateAt('open') // the gate has a command (its own, or an earlier test's)
    const other = await w.device({ name: '别的桥接', kind: 'bridge' })
    const otherKey = await keyFor(w.payload, other.id)
    expect((await signedFetch(w.url, otherKey, 'POST', '/devices/bridge/poll', { gates: [{ id: gate.id, state: 'stopped' }] })).body.commands).toEqual([])
    expect((await w.payload.findByID({ collection: 'devices', id: gate.id, overrideAccess: true })).state).not.toBe('stopped')
    const [cmd] = await commandsOf(w.payload, gate.id)
    expect(cmd).toBeDefined()
    expect((await signedFetch(w.url, otherKey, 'POST', `/devices/bridge/commands/${cmd!.id}`, { ok: true })).status).toBe(404)
    expect((await fetch(`${w.url}/devices/bridge/poll`, { method: 'POST' })).status).toBe(401)
  })
})
