/**
 * The "done when", on the demo data: a new desk user opens the gate and sees it in the audit
 * trail, swipes the demo card and sees the family visit, takes a simulated call and sees the pop-up
 * and the call log, and sees forwarding switch at the routine's 08:30 and 17:30 items.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type Client } from '../helpers/people'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { runRoutines } from '../../jobs/routines'
import { stopPhones } from '../../devices/phone/manager'
import { closeDrivers } from '../../devices/registry'
import { listenLive } from './sse'
import { sleep } from './world'
import { useWorld } from '../helpers/world'

const w = useWorld({ demo: true, holders: ['front-desk'] })

let desk: Client
let live: Awaited<ReturnType<typeof listenLive>>
let devices: { id: number; kind: string; name: string; site: number }[]

beforeAll(async () => {
  desk = await signIn(w.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
  live = await listenLive(w.url, desk.token)
  devices = (await desk.get('/devices/panel')).body.devices
})

afterAll(async () => {
  live?.close()
  await stopPhones()
  await closeDrivers()
})

const of = (kind: string) => devices.find((d) => d.kind === kind)!

describe('Devices on the demo site', () => {
  it('DEV-01 the demo desk opens the gate from the panel and finds it in the audit trail', async () => {
    expect(devices.map((d) => d.kind).sort()).toEqual(['gate', 'phone', 'reader', 'tv'])
    const res = await desk.post(`/devices/gates/${of('gate').id}/command`, { action: 'open', reason: '救护车进院' })
    expect(res.status).toBe(200)
    const trail = await desk.get(`/api/audit-log?where[collection][equals]=device-commands&where[recordId][equals]=${res.body.command.id}&depth=0`)
    expect(trail.status).toBe(200)
    expect(trail.body.docs.map((d: { action: string; to?: string }) => d.to ?? d.action).sort()).toEqual(['create', 'done', 'sent', 'update', 'update'].sort())
  })

  it('CARE-17 the demo card swiped in the desk field logs the family visit', async () => {
    const res = await desk.post('/devices/reader/swipe', { site: of('gate').site, cardNumber: '0001234567' })
    expect(res.body).toMatchObject({ allowed: true })
    const visits = await desk.get('/api/visits?depth=0')
    expect(visits.body.docs.some((v: { id: number; visitorName: string }) => v.id === res.body.visit.id && v.visitorName === '张女士')).toBe(true)
  })

  it('DEV-04 a simulated call pops up with the family member and lands in the call log', async () => {
    const ring = await desk.post(`/devices/phones/${of('phone').id}/simulate`, { action: 'ring', caller: '13980001111' })
    const popup = await live.next((e) => e.type === 'call' && e.data.call.number === '13980001111', 1000)
    expect(popup?.data.call.known).toEqual([expect.objectContaining({ kind: 'family', name: '张女士' })])
    await desk.post(`/devices/phones/${of('phone').id}/simulate`, { action: 'answer', callId: ring.body.callId })
    await desk.post(`/devices/phones/${of('phone').id}/simulate`, { action: 'hangup', callId: ring.body.callId })
    await sleep(300)
    const log = await desk.get('/api/calls?depth=0')
    expect(log.body.docs[0]).toMatchObject({ callerNumber: '13980001111', status: 'ended', callerName: '张女士' })
    expect(log.body.docs[0].recording).toMatch(/\.wav$/)
  })

  it('DEV-05 forwarding switches at the routine items of 08:30 and 17:30, with a record of each switch', async () => {
    const req = await createLocalReq({}, w.payload)
    await runRoutines(w.payload, req, new Date('2026-11-26T00:31:00Z')) // 08:31 in Asia/Shanghai, a working Thursday
    await runRoutines(w.payload, req, new Date('2026-11-26T09:26:00Z')) // 17:26
    const commands = await desk.get(`/api/device-commands?where[device][equals]=${of('phone').id}&sort=createdAt&depth=0`)
    expect(commands.body.docs.map((c: { action: string; state: string }) => `${c.action}:${c.state}`)).toEqual(['forwarding-off:done', 'forwarding-on:done'])
    expect(commands.body.docs[1].result).toContain('13800008888')
    const checks = await w.payload.find({ collection: 'routine-checks', where: { kind: { equals: 'device' }, site: { equals: of('phone').site } }, depth: 0, overrideAccess: true, limit: 20 })
    const forwarding = checks.docs.filter((c) => String((c as { title: string }).title).includes('呼叫转移'))
    expect(forwarding.map((c) => (c as { status: string }).status)).toEqual(['done', 'done'])
  })
})
