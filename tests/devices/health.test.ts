import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDeviceHealth } from '../../devices/health'
import { useDeviceWorld, sleep, type DeviceWorld } from './world'
import { AmiServer } from './peers/ami-server'

process.env.DEVICE_SILENCE_MS = '1500'
const w = useDeviceWorld()

let ami: AmiServer

beforeAll(async () => {
  ami = await new AmiServer().start()
})

afterAll(async () => {
  delete process.env.DEVICE_SILENCE_MS
  await ami?.stop()
})

const statusOf = async (id: number) => (await w.payload.findByID({ collection: 'devices', id, depth: 0, overrideAccess: true })).status
const repairsOf = async (id: number) =>
  (await w.payload.find({ collection: 'repair-requests', where: { device: { equals: `设备#${id}` } }, depth: 0, overrideAccess: true })).docs

describe('DEV-02 health of devices that push and of the PBX', () => {
  it('DEV-02 a card controller that falls silent is down with one repair request; when it pushes again it is up', async () => {
    const reader = await w.device({ name: '大门门禁', kind: 'reader', driver: 'zkteco', connection: { serialNumber: 'ZKH001', allowedAddress: '127.0.0.1' } })
    expect((await fetch(`${w.url}/iclock/getrequest?SN=ZKH001`)).status).toBe(200)
    await checkDeviceHealth(w.payload, w.site)
    expect(await statusOf(reader.id)).toBe('up')
    await sleep(1700)
    await checkDeviceHealth(w.payload, w.site)
    await checkDeviceHealth(w.payload, w.site)
    expect(await statusOf(reader.id)).toBe('down')
    const repairs = await repairsOf(reader.id)
    expect(repairs).toHaveLength(1)
    expect(repairs[0]).toMatchObject({ category: 'card-reader' })
    const { docs } = await w.payload.find({ collection: 'messages', where: { site: { equals: w.site } }, depth: 0, overrideAccess: true })
    expect(docs.some((m) => String((m as { title: string }).title).includes('大门门禁'))).toBe(true)
    expect((await fetch(`${w.url}/iclock/getrequest?SN=ZKH001`)).status).toBe(200)
    for (let i = 0; i < 20 && (await statusOf(reader.id)) !== 'up'; i++) await sleep(50)
    expect(await statusOf(reader.id)).toBe('up')
  })

  it('DEV-02 the PBX is checked by its AMI banner: up while it answers, down when it stops', async () => {
    const phone = await w.device({ name: 'Asterisk', kind: 'phone', driver: 'ami', connection: { address: `127.0.0.1:${ami.port}`, amiUser: 'desk', amiSecret: 'amisecret' } })
    await checkDeviceHealth(w.payload, w.site)
    expect(await statusOf(phone.id)).toBe('up')
    await ami.stop()
    await checkDeviceHealth(w.payload, w.site)
    expect(await statusOf(phone.id)).toBe('down')
    expect(await repairsOf(phone.id)).toHaveLength(1)
  })
})
