/**
 * Issue 15 item 5 in one process: where phones follow the scheduler (devices/phone/manager.ts), an
 * instance that is not the scheduler opens no AMI connection — a forwarding command still works over a
 * short login without events — and the leader service opens the one connection and closes it when the
 * leadership ends. (tests/scale/phone-owner.test.ts runs the same with two real instances.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { runDeviceAction } from '../../devices/actions'
import { holdsPhoneSystems, phonesFollowTheScheduler, startPhones, stopPhones } from '../../devices/phone/manager'
import { AmiServer } from './peers/ami-server'
import { useDeviceWorld, sleep } from './world'

const w = useDeviceWorld()
let ami: AmiServer
const services: ((payload: Payload) => () => void)[] = []

async function until(what: () => boolean | Promise<boolean>, ms = 5000) {
  const deadline = Date.now() + ms
  while (!(await what()) && Date.now() < deadline) await sleep(50)
  return what()
}

beforeAll(async () => {
  ami = await new AmiServer().start()
  await w.device({
    name: '总机', kind: 'phone', driver: 'ami',
    connection: { address: `127.0.0.1:${ami.port}`, amiUser: 'desk', amiSecret: 'amisecret', extension: '8001' },
  })
  phonesFollowTheScheduler(services)
})

afterAll(async () => {
  await stopPhones()
  await ami?.stop()
})

describe('Issue 15 the AMI connection goes with the scheduler', () => {
  it('Issue 15 DEV-05 an instance that is not the scheduler opens no AMI connection; forwarding still works over a short login without events', async () => {
    expect(holdsPhoneSystems()).toBe(false)
    await startPhones(w.payload)
    await sleep(500)
    expect(ami.actions.filter((a) => a.Action === 'Login')).toHaveLength(0)
    const result = await runDeviceAction(w.payload, w.site, 'forwarding-on')
    expect(result.ok).toBe(true)
    expect(ami.db.get('CF/8001')).toBe('13800008888')
    const logins = ami.actions.filter((a) => a.Action === 'Login')
    expect(logins.length).toBeGreaterThan(0)
    expect(logins.every((a) => a.Events === 'off')).toBe(true)
    expect(await until(() => ami.loggedIn === 0)).toBe(true)
  })

  it('Issue 15 DEV-04 becoming the scheduler opens the one AMI connection (calls are logged); losing it closes the connection', async () => {
    expect(services).toHaveLength(1)
    phonesFollowTheScheduler(services) // asked twice, registered once
    expect(services).toHaveLength(1)
    const stop = services[0]!(w.payload)
    expect(holdsPhoneSystems()).toBe(true)
    expect(await until(() => ami.loggedIn === 1)).toBe(true)
    expect(ami.actions.findLast((a) => a.Action === 'Login')?.Events).toBe('call')
    const id = ami.ring('13912345678')
    const logged = async () => (await w.payload.count({ collection: 'calls', where: { pbxId: { equals: id } }, overrideAccess: true })).totalDocs === 1
    expect(await until(logged)).toBe(true)
    stop()
    expect(holdsPhoneSystems()).toBe(false)
    expect(await until(() => ami.loggedIn === 0)).toBe(true)
  })
})
