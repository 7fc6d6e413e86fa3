import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { handleRoutineAction, type RoutineAction } from '../../jobs/routine-actions'
import '../../devices/routine-link'
import { stopPhones } from '../../devices/phone/manager'
import { seedRoutine } from '../../jobs/routine-seed'
import { runRoutines } from '../../jobs/routines'
import type { Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'], staff: { 'front-desk': { language: 'en' } } })

let payload: Payload
let req: PayloadRequest
/** What the devices module did for a site: its device-command records, oldest first. */
const switched = async (site: number) =>
  (await payload.find({ collection: 'device-commands', where: { site: { equals: site } }, sort: 'createdAt', pagination: false, depth: 0 })).docs.map((c) => `${c.action}:${c.state}`)

/** 2026-02-14 is a make-up working Saturday; times are Shanghai wall-clock. */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`)
const checks = async (site: number, day: string) =>
  (await payload.find({ collection: 'routine-checks', where: { site: { equals: site }, day: { equals: day } }, sort: 'from', pagination: false, depth: 0 })).docs

/** A site of the test's own: its duty mobile, the desk phone and the lobby TV (simulator drivers, the default), the document timetable. */
async function routineSite(): Promise<{ site: number; desk: Client }> {
  // The runner goes over every site and reports its counts for all: routines other tests left active are switched off.
  await payload.update({ collection: 'routines', where: { active: { equals: true } }, data: { active: false }, overrideAccess: true })
  const home = await w.freshSite({ language: 'en' })
  const site = home.site
  await payload.update({ collection: 'sites', id: site, data: { dutyMobile: '138 0000 8888' } })
  await payload.create({ collection: 'devices', data: { site, name: '前台电话', kind: 'phone', connection: { extension: '8001' } } as never })
  await payload.create({ collection: 'devices', data: { site, name: '大堂电视', kind: 'tv' } as never })
  await seedRoutine(payload, site)
  return { site, desk: home.desk }
}

beforeAll(async () => {
  ;({ payload } = w)
  req = await createLocalReq({ context: { channel: 'job' } }, payload)
})

afterAll(async () => {
  await stopPhones?.()
})

describe('JOB-03 shift routines', () => {
  it('JOB-03 the day starts with the document timetable; call forwarding is switched off by the device in its window', async () => {
    const { site } = await routineSite()
    const report = await runRoutines(payload, req, at('2026-02-14', '08:31'))
    expect(report.created).toBe(4)
    const list = await checks(site, '2026-02-14')
    expect(list.map((c) => `${c.from}-${c.to} ${c.title}`)).toEqual([
      '08:30-08:35 取消呼叫转移',
      '08:36-08:40 打开大堂电视',
      '08:40-08:50 整理前台桌面',
      '17:25-17:30 呼叫转移到值班手机,关闭大堂电视',
    ])
    expect(list[0].status).toBe('done')
    expect(await switched(site)).toEqual(['forwarding-off:done'])
    expect(list.slice(1).every((c) => c.status === 'pending')).toBe(true)
  })

  it('JOB-03 running again changes nothing more (idempotent)', async () => {
    const { site } = await routineSite()
    expect((await runRoutines(payload, req, at('2026-02-14', '08:31'))).created).toBe(4)
    const before = JSON.stringify(await checks(site, '2026-02-14'))
    const report = await runRoutines(payload, req, at('2026-02-14', '08:32'))
    expect(report).toEqual({ created: 0, ran: 0, missed: 0 })
    expect(JSON.stringify(await checks(site, '2026-02-14'))).toBe(before)
    expect(await switched(site)).toHaveLength(1)
  })

  it('JOB-03 an item not ticked in its window is flagged as missed; ticking later counts as late', async () => {
    const { site, desk } = await routineSite()
    await runRoutines(payload, req, at('2026-02-14', '08:31'))
    await runRoutines(payload, req, at('2026-02-14', '08:37')) // TV on
    await runRoutines(payload, req, at('2026-02-14', '08:51'))
    const tidy = (await checks(site, '2026-02-14')).find((c) => c.title === '整理前台桌面')!
    expect(tidy.status).toBe('missed')
    const res = await desk.patch(`/api/routine-checks/${tidy.id}`, { done: true })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('late')
    expect(res.body.doc.doneBy).toBeTruthy()
  })

  it('JOB-03 staff tick an item in the admin panel; they cannot set its status directly', async () => {
    const { site, desk } = await routineSite()
    await runRoutines(payload, req, at('2026-02-14', '08:31'))
    const list = await checks(site, '2026-02-14')
    const evening = list.find((c) => c.from === '17:25')!
    const forced = await desk.patch(`/api/routine-checks/${evening.id}`, { status: 'done' })
    expect(forced.status).toBe(403)
    await runRoutines(payload, req, at('2026-02-14', '17:26'))
    expect((await switched(site)).slice(-2)).toEqual(['forwarding-on:done', 'tv-off:done'])
    expect((await checks(site, '2026-02-14')).find((c) => c.from === '17:25')!.status).toBe('done')
  })

  it('JOB-03 a device action that fails is flagged, not hidden', async () => {
    const { site } = await routineSite()
    // A handler that fails at this site, as a PBX that does not answer would. The devices module's own handler
    // (read from the registry, which registering returns) still serves every other site, and is put back after.
    const probe = 'probe' as RoutineAction
    const registry = handleRoutineAction(probe, async () => ({ ok: false, result: '' }))
    registry.delete(probe)
    const devices = registry.get('forwarding-off')!
    expect(devices).toBeTypeOf('function')
    handleRoutineAction('forwarding-off', async (p, s, a, reason) => (s === site ? { ok: false, result: 'PBX did not answer' } : devices(p, s, a, reason)))
    try {
      await runRoutines(payload, req, at('2026-02-24', '08:30'))
      const first = (await checks(site, '2026-02-24'))[0]
      expect(first.status).toBe('failed')
      expect(first.result).toMatch(/PBX did not answer/)
    } finally {
      handleRoutineAction('forwarding-off', devices)
    }
  })

  it('JOB-03 a working-day routine does not run on a holiday (2026-02-16)', async () => {
    const { site } = await routineSite()
    const report = await runRoutines(payload, req, at('2026-02-16', '08:31'))
    expect(report.created).toBe(0)
    expect(await checks(site, '2026-02-16')).toHaveLength(0)
  })

  it('JOB-03 bad times in a routine are refused with a readable 400', async () => {
    const { site, desk } = await routineSite()
    const res = await desk.post('/api/routines', { site, name: 'x', items: [{ from: '25:00', to: '08:35', title: 'x', kind: 'manual' }] })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/HH:mm/)
  })
})
