/**
 * Issue 15 item 5 with a phone system: two app instances (the production server, src/server.ts) against
 * the run's PostgreSQL and one Asterisk Manager Interface peer (tests/devices/peers/ami-server.ts). Only
 * the instance holding the scheduler's advisory lock holds the AMI connection (each connection gets
 * every call event); when it is killed, the other takes the lock and the connection over, and a call
 * rung after that is logged once.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useDeviceWorld } from '../devices/world'
import { AmiServer } from '../devices/peers/ami-server'
import { sleep, startInstance, untilHealthy, type Instance, until } from './cluster'

const w = useDeviceWorld()

let ami: AmiServer
let a: Instance
let b: Instance
const dataDirs: string[] = []

const holds = (i: Instance) => i.output().includes(`phones: this process (${i.pid}) holds the phone systems' connections`)
const elected = (i: Instance) => i.output().includes(`this process (${i.pid}) is now the scheduler`)

beforeAll(async () => {
  ami = await new AmiServer().start()
  await w.device({
    name: '总机', kind: 'phone', driver: 'ami',
    connection: { address: `127.0.0.1:${ami.port}`, amiUser: 'desk', amiSecret: 'amisecret', extension: '8001' },
  })
  const env = (name: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `frontdesk-phones-${name}-`))
    dataDirs.push(dir)
    // DEVICES_AUTOSTART stays on in both: the lock, not the configuration, decides who connects.
    return { DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads'), SCHEDULER_POLL_MS: '500', DATABASE_POOL_MAX: '6', PUBLIC_URL: w.url }
  }
  ;[a, b] = await Promise.all([startInstance('A', env('a')), startInstance('B', env('b'))])
  await Promise.all([untilHealthy(a), untilHealthy(b)])
}, 240_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await ami?.stop()
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
})

describe('Issue 15 one AMI connection for several instances', () => {
  it('Issue 15 DEV-04 two instances give the AMI peer one connection — the scheduler’s — and the other instance takes it over when that one is killed', async () => {
    expect(await until(() => ami.loggedIn === 1 && (holds(a) || holds(b)), 30_000)).toBe(true)
    await sleep(2_000) // four polls of the waiting instance, and its devices autostart long done
    expect(ami.loggedIn).toBe(1)
    const [first, second] = holds(a) ? [a, b] : [b, a]
    expect(holds(second)).toBe(false)
    expect(elected(first)).toBe(true) // the scheduler holds it
    expect(elected(second)).toBe(false)

    await first.kill()
    expect(await until(() => holds(second) && ami.loggedIn === 1, 20_000)).toBe(true)
    expect(elected(second)).toBe(true)
    await sleep(1_000)
    expect(ami.loggedIn).toBe(1)

    // A call rung now is read by the new holder and logged once.
    const id = ami.ring('13912345678')
    const calls = async () => (await w.payload.find({ collection: 'calls', where: { pbxId: { equals: id } }, depth: 0, overrideAccess: true })).docs
    expect(await until(async () => (await calls()).length > 0, 10_000)).toBe(true)
    ami.hangup(id, false)
    await until(async () => (await calls())[0]?.status === 'missed', 10_000)
    await sleep(500)
    expect(await calls()).toEqual([expect.objectContaining({ status: 'missed', callerNumber: '13912345678' })])
  })
})
