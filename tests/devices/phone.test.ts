import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDeviceAction } from '../../devices/actions'
import { phoneDriver, startPhones, stopPhones } from '../../devices/phone/manager'
import { SimulatedPhone } from '../../devices/phone/simulator'
import { makeStaff } from '../helpers/people'
import { commandsOf, useDeviceWorld, sleep, type DeviceWorld } from './world'
import { listenLive } from './sse'
import { AmiServer } from './peers/ami-server'

const w = useDeviceWorld()

let sim: { id: number }
let live: Awaited<ReturnType<typeof listenLive>>
let outsiderLive: Awaited<ReturnType<typeof listenLive>>
let ami: AmiServer
let deanId: number

const callByPbx = async (pbxId: string) =>
  (await w.payload.find({ collection: 'calls', where: { pbxId: { equals: pbxId } }, depth: 0, overrideAccess: true })).docs[0] as any
const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 3000): Promise<T | undefined> => {
  const end = Date.now() + ms
  let value = await probe()
  while (!value && Date.now() < end) {
    await sleep(50)
    value = await probe()
  }
  return value
}

beforeAll(async () => {
  deanId = (await makeStaff(w.payload, { sites: [w.site], name: '王建国', positions: [w.positions.get('dean')!] })).id as number
  await w.payload.update({ collection: 'staff', id: deanId, data: { mobile: '139 1234 5678' } })
  sim = await w.device({ name: '前台电话', kind: 'phone', connection: { extension: '8001' } })
  live = await listenLive(w.url, w.desk.token)
  outsiderLive = await listenLive(w.url, w.outsider.token)
  ami = await new AmiServer().start()
})

afterAll(async () => {
  live?.close()
  outsiderLive?.close()
  await stopPhones()
  await ami?.stop()
})

/** Set-up: the simulated desk phone enabled (an AMI test switches it off), and the dean calling it now. */
async function ringing() {
  await w.payload.update({ collection: 'devices', id: sim.id, data: { enabled: true }, overrideAccess: true })
  const res = await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'ring', caller: '13912345678' })
  expect(res.status).toBe(200)
  return res.body.callId as string
}

describe('DEV-04 incoming calls (simulator)', () => {
  it('DEV-04 an incoming call pops up in the signed-in admin session within a second, with the number and the known person', async () => {
    const started = performance.now()
    const callId = await ringing()
    const popup = await live.next((e) => e.type === 'call' && e.data.call.status === 'ringing' && e.data.call.number === '13912345678' && e.at >= started)
    expect(popup).toBeDefined()
    expect(popup!.at - started).toBeLessThan(1000)
    expect(popup!.data.call.known).toEqual([expect.objectContaining({ kind: 'staff', name: '王建国' })])
    const call = await callByPbx(callId)
    expect(call).toMatchObject({ status: 'ringing', callerNumber: '13912345678', callerName: '王建国', site: w.site })
  })

  it('DEV-04 another site does not see the pop-up', async () => {
    const started = performance.now()
    await ringing()
    expect(await live.next((e) => e.type === 'call' && e.data.call.status === 'ringing' && e.at >= started)).toBeDefined() // the site's desk sees it
    await sleep(300)
    expect(outsiderLive.events.filter((e) => e.type === 'call')).toHaveLength(0)
  })

  it('DEV-04 a session that opens while the phone is ringing still gets the pop-up', async () => {
    await ringing()
    const late = await listenLive(w.url, w.desk.token)
    const popup = await late.next((e) => e.type === 'call' && e.data.call.number === '13912345678' && e.data.call.status === 'ringing', 1000)
    late.close()
    expect(popup).toBeDefined()
    const lateOutsider = await listenLive(w.url, w.outsider.token)
    await sleep(300)
    lateOutsider.close()
    expect(lateOutsider.events).toHaveLength(0)
  })

  it('DEV-04 the call log keeps the recording link and the note typed after the call', async () => {
    const callId = await ringing()
    await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'answer', callId })
    await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'hangup', callId })
    const call = await waitFor(async () => ((await callByPbx(callId))?.status === 'ended' ? callByPbx(callId) : undefined))
    expect(call.recording).toBe(`/devices/recordings/${callId}.wav`)
    const note = await w.desk.patch(`/api/calls/${call.id}`, { note: '院长问明天参观安排,已转告', purpose: '参观安排' })
    expect(note.status).toBe(200)
    expect(note.body.doc).toMatchObject({ note: '院长问明天参观安排,已转告', status: 'ended' })
    const forced = await w.desk.patch(`/api/calls/${call.id}`, { status: 'missed' })
    expect(forced.status).toBe(403)
  })

  it('OFFICE-01 a message taken for a colleague reaches them as a work message', async () => {
    // A call of its own, answered and ended (as in the call log test).
    const callId = await ringing()
    await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'answer', callId })
    await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'hangup', callId })
    const call = await waitFor(async () => ((await callByPbx(callId))?.status === 'ended' ? callByPbx(callId) : undefined))
    const res = await w.desk.patch(`/api/calls/${call.id}`, { messageFor: deanId, company: '民政局', purpose: '请回电确认检查时间' })
    expect(res.status).toBe(200)
    const { docs } = await w.payload.find({ collection: 'messages', where: { and: [{ relatedCollection: { equals: 'calls' } }, { relatedId: { equals: String(call.id) } }] }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ recipients: [deanId] })
    expect(String((docs[0] as { body?: string }).body)).toContain('请回电确认检查时间')
  })

  it('DEV-04 a missed call becomes a call-back task', async () => {
    await w.payload.update({ collection: 'devices', id: sim.id, data: { enabled: true }, overrideAccess: true })
    const res = await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'ring', caller: '028-8765 4321' })
    await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'hangup', callId: res.body.callId })
    const call = await waitFor(async () => ((await callByPbx(res.body.callId))?.status === 'missed' ? callByPbx(res.body.callId) : undefined))
    expect(call).toBeDefined()
    const tasks = await w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(call.id) } }, overrideAccess: true })
    expect(tasks.docs).toHaveLength(1)
    expect(tasks.docs[0]).toMatchObject({ relatedCollection: 'calls', phone: '028-8765 4321', status: 'open' })
  })

  it('DEV-04 bad simulate input gets a readable 400', async () => {
    await w.payload.update({ collection: 'devices', id: sim.id, data: { enabled: true }, overrideAccess: true })
    const res = await w.desk.post(`/devices/phones/${sim.id}/simulate`, { action: 'ring', caller: 'DROP TABLE' })
    expect(res.status).toBe(400)
  })
})

describe('DEV-04 / DEV-05 Asterisk AMI driver against a scripted AMI peer', () => {
  let phone: { id: number } | undefined

  /** Set-up: the desk's phone is the PBX (the simulator off), registered once and logged in, whichever test runs first. */
  const pbx = async () => {
    await w.payload.update({ collection: 'devices', id: sim.id, data: { enabled: false }, overrideAccess: true })
    if (!phone) {
      phone = await w.device({
        name: 'Asterisk', kind: 'phone', driver: 'ami',
        connection: { address: `127.0.0.1:${ami.port}`, amiUser: 'desk', amiSecret: 'amisecret', extension: '8001', recordingsUrl: 'https://pbx.local/rec/' },
      })
      await startPhones(w.payload)
      await waitFor(async () => (ami.actions.some((a) => a.Action === 'Login') ? true : undefined))
      await sleep(100)
    }
    return phone
  }

  it('DEV-04 DialBegin → pop-up and ringing call; DialEnd ANSWER → MixMonitor recording; Hangup → ended', async () => {
    await pbx()
    const started = performance.now()
    const id = ami.ring('13912345678')
    const popup = await live.next((e) => e.type === 'call' && e.data.call.status === 'ringing' && e.at > started)
    expect(popup!.at - started).toBeLessThan(1000)
    expect(popup!.data.call.known[0].name).toBe('王建国')
    ami.answer(id)
    await waitFor(async () => ((await callByPbx(id))?.status === 'answered' ? true : undefined))
    const mix = ami.actions.findLast((a) => a.Action === 'MixMonitor')
    expect(mix).toMatchObject({ Channel: 'PJSIP/8001-00000002', File: `${id}.wav` })
    ami.hangup(id, true)
    const call = await waitFor(async () => ((await callByPbx(id))?.status === 'ended' ? callByPbx(id) : undefined))
    expect(call.recording).toBe(`https://pbx.local/rec/${encodeURIComponent(`${id}.wav`)}`)
  })

  it('DEV-04 an unanswered AMI call is missed and becomes a call-back task', async () => {
    await pbx()
    const id = ami.ring('13600001111')
    await waitFor(async () => callByPbx(id))
    ami.hangup(id, false)
    const call = await waitFor(async () => ((await callByPbx(id))?.status === 'missed' ? callByPbx(id) : undefined))
    expect(call).toBeDefined()
    expect((await w.payload.count({ collection: 'call-tasks', where: { relatedId: { equals: String(call.id) } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('DEV-05 forwarding on at 17:30 is DBPut to the duty mobile, read back with DBGet, and recorded', async () => {
    const phone = await pbx()
    const result = await runDeviceAction(w.payload, w.site, 'forwarding-on')
    expect(result.ok).toBe(true)
    expect(ami.db.get('CF/8001')).toBe('13800008888')
    const cmd = (await commandsOf(w.payload, phone.id)).at(-1) // this switch's command
    expect(cmd).toMatchObject({ action: 'forwarding-on', state: 'done' })
    expect(cmd!.result).toContain('read back 13800008888')
    expect(ami.actions.filter((a) => a.Action === 'DBGet').length).toBeGreaterThan(0)
  })

  it('DEV-05 forwarding off at 08:30 is DBDel, read back as not forwarded', async () => {
    const phone = await pbx()
    const result = await runDeviceAction(w.payload, w.site, 'forwarding-off')
    expect(result.ok).toBe(true)
    expect(ami.db.has('CF/8001')).toBe(false)
    expect((await commandsOf(w.payload, phone.id)).at(-1)).toMatchObject({ action: 'forwarding-off', state: 'done' })
  })

  it('DEV-05 when the read-back disagrees the switch fails and the desk and engineering are alarmed', async () => {
    const phone = await pbx()
    ami.breakReadBack = true
    const result = await runDeviceAction(w.payload, w.site, 'forwarding-on')
    ami.breakReadBack = false
    expect(result.ok).toBe(false)
    const last = (await commandsOf(w.payload, phone.id)).at(-1)!
    expect(last).toMatchObject({ action: 'forwarding-on', state: 'failed' })
    expect(last.result).toMatch(/read-back disagrees: expected 13800008888, PBX says 10086/)
    const { docs } = await w.payload.find({ collection: 'messages', where: { relatedId: { equals: String(last.id) } }, overrideAccess: true, depth: 0 })
    expect(docs.length).toBeGreaterThan(0)
    const recipients = new Set(docs.flatMap((d) => (d as { recipients: number[] }).recipients))
    expect(recipients.has(w.deskId)).toBe(true)
    expect(recipients.size).toBe(2) // the front desk and the engineer
  })
})

describe('DEV-05 simulated forwarding and the lobby TV', () => {
  it('DEV-05 the simulator keeps forwarding and its read-back failure raises the alarm too', async () => {
    await w.payload.update({ collection: 'devices', id: sim.id, data: { enabled: true }, overrideAccess: true })
    const ok = await w.desk.post(`/devices/phones/${sim.id}/forwarding`, { on: true })
    expect(ok.status).toBe(200)
    expect(ok.body.state).toBe('done')
    const device = await w.payload.findByID({ collection: 'devices', id: sim.id, depth: 0, overrideAccess: true })
    const driver = phoneDriver(w.payload, device as never) as SimulatedPhone
    expect(await driver.getForwarding('8001')).toBe('13800008888')
    driver.breakReadBack = true
    const bad = await w.desk.post(`/devices/phones/${sim.id}/forwarding`, { on: false })
    driver.breakReadBack = false
    expect(bad.body.state).toBe('failed')
  })

  it('JOB-03 tv-on / tv-off are device commands too', async () => {
    const tv = await w.device({ name: '大堂电视', kind: 'tv' })
    expect((await runDeviceAction(w.payload, w.site, 'tv-on')).ok).toBe(true)
    expect((await commandsOf(w.payload, tv.id))[0]).toMatchObject({ action: 'tv-on', state: 'done' })
  })
})
