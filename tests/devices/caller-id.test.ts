/**
 * Issue 11 item 5 (DEV-04): the call pop-up in the desk's words. The caller is named with what they are to
 * the home — 家属 of which elder (care desk), 业主 of which unit (property desk), 员工 — by each desk's
 * declared `devices.whoIsCalling`; every stored contact of an elder is recognised however the number was
 * written; a panel that reloads mid-call gets its call back and can still answer and hang up; a call whose
 * hang-up never comes is closed by the sweep; the card refusal and the command result read in the person's
 * language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeStaleCalls } from '../../devices/phone/calls'
import { stopPhones } from '../../devices/phone/manager'
import { phoneDigits, samePhone } from '../../src/lib/phoneNumbers'
import { makeStaff } from '../helpers/people'
import { makeElder } from '../helpers/care'
import { makeEstate, makeOwner } from '../property/estate-fixture'
import { useDeviceWorld, sleep } from './world'
import { listenLive } from './sse'

const w = useDeviceWorld({ sites: [{ type: 'care-home' }, { type: 'property' }] })

let phone: { id: number }
let propertyPhone: { id: number }
let live: Awaited<ReturnType<typeof listenLive>>
let propertyLive: Awaited<ReturnType<typeof listenLive>>

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
const ring = async (caller: string, device = phone.id, client = w.desk) => {
  const res = await client.post(`/devices/phones/${device}/simulate`, { action: 'ring', caller })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  const call = await waitFor(() => callByPbx(res.body.callId))
  return { pbxId: res.body.callId as string, call }
}

beforeAll(async () => {
  phone = await w.device({ name: '前台电话', kind: 'phone', connection: { extension: '8001' } })
  propertyPhone = (await w.payload.create({ collection: 'devices', data: { name: '客服中心电话', kind: 'phone', driver: 'simulator', site: w.otherSite, connection: { extension: '8101' } } as never, overrideAccess: true })) as unknown as { id: number }
  await makeElder(w.payload, w.site, '张桂兰', {
    contacts: [
      { name: '张明', relation: '儿子', phone: '138 0000 1111' },
      { name: '李芳', relation: '女儿', phone: '139-0000-2222' },
    ],
  })
  const dean = await makeStaff(w.payload, { sites: [w.site], name: '王建国', positions: [w.positions.get('dean')!] })
  await w.payload.update({ collection: 'staff', id: dean.id as number, data: { mobile: '139 1234 5678' } })
  const { units } = await makeEstate(w.payload, w.otherSite, '3')
  await makeOwner(w.payload, w.otherSite, units[0], '刘洋', '137 1000 3000')
  live = await listenLive(w.url, w.desk.token)
  propertyLive = await listenLive(w.url, w.outsider.token)
})

afterAll(async () => {
  live?.close()
  propertyLive?.close()
  await stopPhones()
})

describe('DEV-04 Issue 11 item 5: the caller in the desk\'s words', () => {
  it('DEV-04 Issue 11 item 5 numbers compare however they were written', () => {
    expect(phoneDigits('+86 139-0000 2222')).toBe('13900002222')
    expect(samePhone('139-0000-2222', '+86 13900002222')).toBe(true)
    expect(samePhone('028-8888 6666', '88886666')).toBe(true)
    expect(samePhone('13988886666', '88886666')).toBe(false)
    expect(samePhone('138 0000 1111', '138 0000 1112')).toBe(false)
  })

  it("DEV-04 Issue 11 item 5 the elder's second contact, dialled with +86, is named as the elder's family (care desk)", async () => {
    const { call } = await ring('+86 139 0000 2222')
    const popup = await live.next((e) => e.type === 'call' && e.data.call.id === call.id && e.data.call.status === 'ringing')
    expect(popup!.data.call.known).toEqual([{ kind: 'family', name: '李芳', role: { zh: '张桂兰的家属(女儿)', 'zh-TW': '张桂兰的家屬(女儿)', en: 'family of 张桂兰 (女儿)' } }])
    expect(call.knownAs).toBe('李芳 · 张桂兰的家属(女儿)')
    expect(call.callerName).toBe('李芳')
    // The first contact too, written differently.
    const first = await ring('13800001111')
    expect(first.call.knownAs).toBe('张明 · 张桂兰的家属(儿子)')
  })

  it('DEV-04 Issue 11 item 5 a member of staff is named as staff with the position', async () => {
    const { call } = await ring('13912345678')
    expect(call.knownAs).toMatch(/^王建国 · 员工(.+)$/)
  })

  it("DEV-04 Issue 11 item 5 the property desk names an owner with the unit; the care home's people are not looked up there", async () => {
    const { call } = await ring('137-1000-3000', propertyPhone.id, w.outsider)
    const popup = await propertyLive.next((e) => e.type === 'call' && e.data.call.id === call.id)
    expect(popup!.data.call.known).toEqual([expect.objectContaining({ kind: 'owner', name: '刘洋', role: expect.objectContaining({ zh: '3-1-301 业主' }) })])
    const family = await ring('139 0000 2222', propertyPhone.id, w.outsider)
    expect(family.call.knownAs ?? null).toBeNull()
    expect(live.events.some((e) => e.type === 'call' && e.data.call.id === call.id)).toBe(false)
  })

  it('DEV-04 Issue 11 item 5 a panel reloaded mid-call gets the call back, named, and can still answer and hang up', async () => {
    const { call, pbxId } = await ring('138 0000 1111')
    // The reload: a new stream replays the open call with its caller; the panel's list finds it for its phone.
    const again = await listenLive(w.url, w.desk.token)
    const replay = await again.next((e) => e.type === 'call' && e.data.call.id === call.id)
    again.close()
    expect(replay!.data.call).toMatchObject({ status: 'ringing', device: phone.id, controllable: true, known: [expect.objectContaining({ name: '张明' })] })
    const open = await w.desk.get('/devices/calls/open')
    expect(open.body.calls.find((c: { id: number }) => c.id === call.id)).toMatchObject({ pbxId, device: phone.id, status: 'ringing' })
    expect((await w.outsider.get('/devices/calls/open')).body.calls.some((c: { id: number }) => c.id === call.id)).toBe(false)
    // Answer and hang up from the pop-up, by the call record.
    expect((await w.outsider.post(`/devices/calls/${call.id}/answer`, {})).status).toBe(404)
    const answered = await w.desk.post(`/devices/calls/${call.id}/answer`, {})
    expect(answered.body).toEqual({ id: call.id, status: 'answered' })
    const answeredReplay = await listenLive(w.url, w.desk.token)
    expect(await answeredReplay.next((e) => e.type === 'call' && e.data.call.id === call.id && e.data.call.status === 'answered')).toBeDefined()
    answeredReplay.close()
    const ended = await w.desk.post(`/devices/calls/${call.id}/hangup`, {})
    expect(ended.body).toEqual({ id: call.id, status: 'ended' })
    expect((await w.desk.post(`/devices/calls/${call.id}/hangup`, {})).status).toBe(409)
    expect((await w.desk.post(`/devices/calls/${call.id}/explode`, {})).status).toBe(404)
  })

  it('DEV-04 Issue 11 item 5 a call whose page closed is ended by the sweep: ringing as missed with its call-back task, in the call as ended', async () => {
    const ringing = await ring('13800001111')
    const talking = await ring('13900002222')
    await w.desk.post(`/devices/calls/${talking.call.id}/answer`, {})
    const later = new Date(Date.now() + 3 * 60_000)
    expect(await closeStaleCalls(w.payload, later)).toBeGreaterThanOrEqual(1)
    const missed = await callByPbx(ringing.pbxId)
    expect(missed.status).toBe('missed')
    const tasks = await w.payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(missed.id) } }, overrideAccess: true, depth: 0 })
    expect(tasks.docs).toHaveLength(1)
    expect(tasks.docs[0].title).toBe('回电 13800001111(张明 · 张桂兰的家属(儿子)):致歉并询问来电事由')
    // The desk reads the task in its language (the desk here reads English).
    const read = await w.desk.get(`/api/call-tasks/${tasks.docs[0].id}`)
    expect(read.body.title).toBe('Call back 13800001111 (张明 · family of 张桂兰 (儿子)): apologise and ask what the call was about')
    expect((await callByPbx(talking.pbxId)).status).toBe('answered')
    await closeStaleCalls(w.payload, new Date(Date.now() + 5 * 60 * 60_000))
    expect((await callByPbx(talking.pbxId)).status).toBe('ended')
    // Idempotent: nothing left to close.
    expect(await closeStaleCalls(w.payload, new Date(Date.now() + 5 * 60 * 60_000))).toBe(0)
  })
})

describe('Issue 11 item 3: device words in the person\'s language', () => {
  it('DEV-03 Issue 11 item 3 a refused card says why in the person\'s language', async () => {
    const zh = await w.as('engineer')
    const refused = await zh.post('/devices/reader/swipe', { site: w.site, cardNumber: 'NOPE-0001' })
    expect(refused.body).toMatchObject({ allowed: false, reason: 'unknown-card', reasonText: '未登记的卡' })
    const en = await w.desk.post('/devices/reader/swipe', { site: w.site, cardNumber: 'NOPE-0002' })
    expect(en.body.reasonText).toBe('Unknown card')
  })

  it('DEV-05 Issue 11 item 3 a command\'s result reads in the person\'s language; the stored text stays technical', async () => {
    await w.payload.update({ collection: 'sites', id: w.site, data: { dutyMobile: '138 0000 8888' } })
    expect((await w.desk.post(`/devices/phones/${phone.id}/forwarding`, { on: true })).status).toBe(200)
    const { docs } = await w.payload.find({ collection: 'device-commands', where: { device: { equals: phone.id } }, sort: '-createdAt', limit: 1, overrideAccess: true, depth: 0 })
    expect(docs[0].result).toMatch(/^forwarding 8001 → 13800008888; read back 13800008888$/)
    const zh = await w.as('engineer')
    expect((await zh.get(`/api/device-commands/${docs[0].id}`)).body.result).toBe('已将 8001 转移到 13800008888,交换机回读 13800008888')
  })
})
