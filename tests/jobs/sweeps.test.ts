import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { sweepAll } from '../../jobs/run-sweeps'
import type { Sweep } from '../../jobs/sweep'
import { sweeps } from '../../jobs/sweeps'
import { createCallTask } from '../../hooks/notify/callTasks'
import { languages } from '../../src/lib/i18n'
import { bootPayload } from '../helpers/boot'
import { makeSite } from '../helpers/people'

let payload: Payload
let req: PayloadRequest
let site: number

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  req = await createLocalReq({ context: { channel: 'job' } }, payload)
  site = (await makeSite(payload, '巡檢院')).id as number
})

afterAll(async () => {})

describe('JOB-01 deadline sweeps', () => {
  it('JOB-01 every registered sweep names its rule and has a label in zh, zh-TW and en', () => {
    expect(sweeps.length).toBeGreaterThanOrEqual(3)
    for (const sweep of sweeps) {
      expect(sweep.rule).toMatch(/^(CARE|WF|PROP|MEMBER|OFFICE|DEV|CORE|JOB)-\d\d$/)
      for (const lang of languages) expect(sweep.label[lang], `${sweep.name} ${lang}`).toBeTruthy()
    }
    expect(new Set(sweeps.map((s) => s.name)).size).toBe(sweeps.length)
    expect(sweeps.map((s) => s.rule)).toEqual(expect.arrayContaining(['CARE-08', 'WF-04', 'WF-10']))
  })

  it('JOB-01 working-morning sweeps run on working days only (a make-up Saturday yes, the Spring Festival no)', async () => {
    const seen: string[] = []
    const probe: Sweep = {
      name: 'probe', rule: 'JOB-01', when: 'working-morning', perSite: true, label: { zh: 'p', 'zh-TW': 'p', en: 'p' },
      run: async (ctx) => {
        if (ctx.site.id === site) seen.push(ctx.calendar.today(ctx.now))
        return 1
      },
    }
    const at = (day: string) => new Date(`${day}T00:45:00Z`) // 08:45 in Shanghai
    for (const day of ['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-24']) await sweepAll(payload, req, 'working-morning', { now: at(day), list: [probe] })
    expect(seen).toEqual(['2026-02-14', '2026-02-24'])
  })

  it('JOB-01 a failing sweep is reported and does not stop the others', async () => {
    const ok: Sweep = { name: 'ok', rule: 'JOB-01', when: 'frequent', label: { zh: 'o', 'zh-TW': 'o', en: 'o' }, run: async () => 2 }
    const bad: Sweep = { name: 'bad', rule: 'JOB-01', when: 'frequent', label: { zh: 'b', 'zh-TW': 'b', en: 'b' }, run: async () => { throw new Error('boom') } }
    const report = await sweepAll(payload, req, 'frequent', { list: [bad, ok] })
    expect(report).toEqual({ bad: 'error: boom', ok: 2 })
  })

  it('JOB-01 WF-10 call tasks past 30 minutes are flagged once: running the sweep twice changes nothing more', async () => {
    const task = await createCallTask(payload, { site, title: '回電家屬', within: 30 })
    const later = new Date(Date.now() + 31 * 60_000)
    const early = await sweepAll(payload, req, 'frequent', { now: new Date(Date.now() + 29 * 60_000) })
    expect(early['call-tasks.call']).toBe(0)
    const first = await sweepAll(payload, req, 'frequent', { now: later })
    expect(first['call-tasks.call']).toBe(1)
    const updatedAt = (await payload.findByID({ collection: 'call-tasks', id: task.id })).updatedAt
    const second = await sweepAll(payload, req, 'frequent', { now: later })
    expect(second['call-tasks.call']).toBe(0)
    const after = await payload.findByID({ collection: 'call-tasks', id: task.id })
    expect(after.overdue).toBe(true)
    expect(after.updatedAt).toBe(updatedAt)
  })
})
