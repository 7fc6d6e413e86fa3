/** JOB-01 deadlines as data: the due moment, the one sweep engine, and the registry generated from declarations. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { CollectionConfig, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { addDuration, deadlineSweeps, declaredDeadline, dueColumn, dueMoment, runDeadline, type DeadlineSpec } from '../../hooks/deadlines'
import { sweeps } from '../../jobs/sweeps'
import { collections } from '../../collections'
import { createCallTask } from '../../hooks/notify/callTasks'
import { SiteCalendar } from '../../src/lib/calendar'
import { checkbox, datetime, text } from '../../src/lib/fields'
import { defineForm } from '../../hooks/form/defineForm'
import { L } from '../../src/lib/i18n'
import { makeSite, makeStaff } from '../helpers/people'
import { useWorld } from '../helpers/world'
import { chaseUnconfirmed, sendMessage } from '../../hooks/notify/messages'

// No holders: each test that needs people or records makes a site of its own.
const w = useWorld({ holders: [] })
let payload: Payload
let req: PayloadRequest
let calendar: SiteCalendar

beforeAll(async () => {
  payload = w.payload
  req = await createLocalReq({ context: { channel: 'job' } }, payload)
  calendar = await SiteCalendar.of(payload, w.site)
})

const iso = (d: Date | undefined) => d?.toISOString()

describe('JOB-01 the due moment, in the site time zone', () => {
  it('JOB-01 hours and minutes are exact; days keep the local time of day across midnight UTC', async () => {
    expect(iso(await addDuration(calendar, { instant: new Date('2026-03-01T23:30:00Z') }, { hours: 1, minutes: 30 }))).toBe('2026-03-02T01:00:00.000Z')
    // 2026-02-11T23:30Z is 12 February 07:30 in Shanghai: one day later is 13 February 07:30 there (not 12 February).
    expect(iso(await addDuration(calendar, { instant: new Date('2026-02-11T23:30:00Z') }, { days: 1 }))).toBe('2026-02-12T23:30:00.000Z')
    // 16:30Z is already the next day in Shanghai: 'the day before, at opening' is counted from the local day.
    expect(iso(await addDuration(calendar, { instant: new Date('2026-03-02T16:30:00Z') }, { days: -1 }, 'opens', { opensAt: '08:30' }))).toBe('2026-03-02T00:30:00.000Z')
    expect(iso(await addDuration(calendar, { day: '2026-03-02' }, { days: 0 }, 'closes', { closesAt: '17:30' }))).toBe('2026-03-02T09:30:00.000Z')
  })

  it('JOB-01 working days follow the site calendar across the Spring Festival 2026 (make-up Saturday counted, holidays skipped)', async () => {
    // Paid Thursday 12 Feb: 13 (Fri), 14 (make-up Sat), then the holiday to 23 Feb, 24, 25, 26, 27 → the 6th working day is 27 Feb.
    expect(iso(await addDuration(calendar, { day: '2026-02-12' }, { workingDays: 6 }, '00:00'))).toBe('2026-02-26T16:00:00.000Z')
    // 00:30 on the make-up Saturday in Shanghai (16:30Z the day before): the next working day is Tuesday 24 Feb, same local time.
    expect(iso(await addDuration(calendar, { instant: new Date('2026-02-13T16:30:00Z') }, { workingDays: 1 }))).toBe('2026-02-23T16:30:00.000Z')
  })

  it('JOB-01 months end on the last day of a shorter month; a window has a start and an end', async () => {
    expect(iso(await addDuration(calendar, { day: '2026-01-31' }, { months: 1 }))).toBe('2026-02-27T16:00:00.000Z')
    const followUp: DeadlineSpec = {
      name: 'followUp', rule: 'JOB-01', label: L('回訪', 'Follow-up'), from: 'doneAt',
      window: { from: { months: 1 }, to: { months: 2 } }, then: { flag: 'late' },
    }
    const fields = [datetime('doneAt', L('完成', 'Done'))]
    const due = await dueMoment(followUp, { doneAt: '2026-03-15T17:00:00.000Z' }, fields, calendar)
    // 16 March 01:00 in Shanghai: between 16 April and 16 May, same local time.
    expect(iso(due?.fromAt)).toBe('2026-04-15T17:00:00.000Z')
    expect(iso(due?.dueAt)).toBe('2026-05-15T17:00:00.000Z')
  })

  it('JOB-01 a day-only field is read as the site day whatever its stored shape (UTC midnight or noon)', async () => {
    const feesCheck = declaredDeadline(payload, 'discharges', 'feesCheck')
    const fields = payload.collections.discharges.config.fields
    for (const stored of ['2026-02-24T00:00:00.000Z', '2026-02-24T12:00:00.000Z']) {
      const due = await dueMoment(feesCheck, { dischargeDate: stored }, fields, calendar, { opensAt: '08:30' })
      expect(iso(due?.dueAt), stored).toBe('2026-02-23T00:30:00.000Z')
    }
  })
})

describe('JOB-01 the sweep engine', () => {
  const call = () => declaredDeadline(payload, 'call-tasks', 'call')
  const tasks = async (site: number, minutes: number[]) => {
    const out: number[] = []
    for (const m of minutes) out.push((await createCallTask(payload, { site, title: `回电 ${m}`, within: m })).id as number)
    return out
  }
  const task = (id: number) => payload.findByID({ collection: 'call-tasks', id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, any>>

  it('JOB-01 reads only due rows, acts on each once: a second run acts on 0 and changes nothing', async () => {
    const site = (await makeSite(payload, '只讀到期院')).id as number
    const [a, b, c] = await tasks(site, [-40, -31, -5])
    await tasks(site, [20, 60, 600])
    const now = new Date()
    const first = await runDeadline({ payload, req, now, site }, 'call-tasks', call())
    expect(first).toEqual({ acted: 3, read: 3, failed: 0 })
    for (const id of [a, b, c]) {
      const t = await task(id)
      expect(t.overdue).toBe(true)
      expect(t[dueColumn(call())]).toBeNull()
    }
    const updatedAt = (await task(a)).updatedAt
    expect(await runDeadline({ payload, req, now, site }, 'call-tasks', call())).toEqual({ acted: 0, read: 0, failed: 0 })
    expect((await task(a)).updatedAt).toBe(updatedAt)
  })

  it('JOB-01 one failing record does not stop the rest: it is rolled back, logged, and acted on by the next run', async () => {
    const site = (await makeSite(payload, '失敗隔離院')).id as number
    const [a, bad, c] = await tasks(site, [-50, -45, -40])
    const failing: DeadlineSpec = {
      ...call(),
      then: {
        ...call().then,
        run: async ({ doc }) => {
          if (doc.id === bad) throw new Error('boom')
        },
      },
    }
    const run = await runDeadline({ payload, req, now: new Date(), site }, 'call-tasks', failing)
    expect(run).toEqual({ acted: 2, read: 3, failed: 1 })
    expect((await task(a)).overdue).toBe(true)
    expect((await task(c)).overdue).toBe(true)
    const left = await task(bad)
    expect(left.overdue).toBe(false)
    expect(left[dueColumn(call())]).not.toBeNull()
    expect((await runDeadline({ payload, req, now: new Date(), site }, 'call-tasks', call())).acted).toBe(1)
    expect((await task(bad)).overdue).toBe(true)
  })

  it('JOB-01 a repeat acts every N days while its condition holds (arrears every 15 days), and stops when it no longer does', async () => {
    const site = (await makeSite(payload, '重複院')).id as number
    const [id] = await tasks(site, [-1])
    const due = new Date((await task(id))[dueColumn(call())])
    const seen: number[] = []
    const chase: DeadlineSpec = { ...call(), then: { repeat: { days: 15 }, run: async ({ doc }) => void seen.push(doc.id as number) } }
    const at = (days: number) => new Date(due.getTime() + days * 86_400_000 + 60_000)
    expect((await runDeadline({ payload, req, now: at(0), site }, 'call-tasks', chase)).acted).toBe(1)
    expect(new Date((await task(id))[dueColumn(call())]).getTime()).toBe(due.getTime() + 15 * 86_400_000)
    expect((await runDeadline({ payload, req, now: at(0), site }, 'call-tasks', chase)).acted).toBe(0)
    expect((await runDeadline({ payload, req, now: at(14), site }, 'call-tasks', chase)).acted).toBe(0)
    expect((await runDeadline({ payload, req, now: at(15), site }, 'call-tasks', chase)).acted).toBe(1)
    // Once the condition no longer holds (the call is made), nothing more happens.
    await payload.update({ collection: 'call-tasks', id, data: { status: 'done' }, overrideAccess: true })
    expect((await runDeadline({ payload, req, now: at(30), site }, 'call-tasks', chase)).acted).toBe(0)
    expect(seen).toEqual([id, id])
  })
})

describe('WF-04 the chase is a declared deadline of the receipts', () => {
  it('WF-04 an unconfirmed recipient of a gated message is reminded each morning; withdrawing the message ends the repeat', async () => {
    const site = (await makeSite(payload, '催辦院')).id as number
    const who = await makeStaff(payload, { sites: [site], positions: [], name: '被催办的人' })
    const sent = await sendMessage(payload, { site, title: '请确认', to: [{ staff: who.id as number }], gate: true, related: { collection: 'fee-changes', id: 996 } })
    const now = new Date()
    expect(await chaseUnconfirmed(payload, { now, site })).toBe(1)
    expect(await chaseUnconfirmed(payload, { now: new Date(now.getTime() + 3600_000), site })).toBe(0)
    await payload.update({ collection: 'messages', id: sent.messages[0].id, data: { status: 'withdrawn' }, overrideAccess: true })
    expect(await chaseUnconfirmed(payload, { now: new Date(now.getTime() + 25 * 3600_000), site })).toBe(0)
    const { docs } = await payload.find({ collection: 'message-receipts', where: { message: { equals: sent.messages[0].id } }, depth: 0, overrideAccess: true })
    expect(docs[0].reminders).toBe(1)
    expect(docs[0].chaseDueAt).toBeNull()
  })
})

describe('JOB-01 the registry and the dashboard are generated from the declarations', () => {
  it('JOB-01 every declared care and workflow deadline is a sweep with its dashboard watch', () => {
    const names = sweeps.map((s) => s.name)
    expect(names).toEqual(expect.arrayContaining(['outings.return', 'reservations.hold', 'admissions.filing', 'discharges.leave', 'discharges.feesCheck', 'call-tasks.call', 'message-receipts.chase']))
    const declared = deadlineSweeps(collections)
    for (const s of declared) {
      expect(sweeps.find((x) => x.name === s.name)?.rule).toBe(s.rule)
      // A watch (declared `watch: false` has none) lists the records of its own collection.
      if (s.watch) expect(s.watch.collection).toBe(s.name.split('.')[0])
    }
    for (const name of ['outings.return', 'reservations.hold', 'admissions.filing', 'discharges.leave', 'discharges.feesCheck', 'call-tasks.call']) {
      expect(sweeps.find((x) => x.name === name)?.watch?.collection, name).toBe(name.split('.')[0])
    }
    const outings = sweeps.find((s) => s.name === 'outings.return')!
    expect(outings.rule).toBe('CARE-07')
    expect(JSON.stringify(outings.watch?.overdue?.(new Date()))).toContain('"overdue":{"equals":true}')
    // WF-04 runs each working morning for each site, and is not a dashboard row (declared `watch: false`).
    expect(sweeps.find((s) => s.name === 'message-receipts.chase')).toMatchObject({ rule: 'WF-04', when: 'working-morning', perSite: true, watch: undefined })
  })

  it('JOB-01 a form declared with a deadline gets its due column and appears in the registry and the dashboard watch', () => {
    const KeyLoans: CollectionConfig = defineForm({
      slug: 'key-loans',
      label: L('借鑰匙登記表', 'Key loan'),
      group: L('物業', 'Property'),
      fields: [text('key', L('鑰匙', 'Key')), datetime('lentAt', L('借出時間', 'Lent at')), text('status', L('狀態', 'Status')), checkbox('overdue', L('逾期', 'Overdue'))],
      deadlines: [
        { name: 'back', rule: 'PROP-14', label: L('借鑰匙:逾期 7 天未還', 'Keys out for more than 7 days'), from: 'lentAt', after: { days: 7 }, while: { status: 'out' }, then: { flag: 'overdue', repeat: { days: 7 } } },
        { name: 'morning', rule: 'PROP-14', label: L('借鑰匙:每個工作日早上', 'Keys: each working morning'), from: 'lentAt', after: { workingDays: 1 }, while: { status: 'out' }, then: { notify: true }, when: 'working-morning', watch: false },
      ],
    })
    const column = KeyLoans.fields.find((f) => 'name' in f && f.name === 'backDueAt') as { index?: boolean; custom?: { serverOwned?: boolean } }
    expect(column?.index).toBe(true)
    expect(column?.custom?.serverOwned).toBe(true)
    const generated = deadlineSweeps([...collections, KeyLoans])
    const back = generated.find((s) => s.name === 'key-loans.back')!
    expect(back).toMatchObject({ rule: 'PROP-14', when: 'frequent', watch: { collection: 'key-loans' } })
    expect(JSON.stringify(back.watch?.due?.(new Date('2026-03-01T00:00:00Z')))).toContain('"backDueAt":{"less_than_equal":"2026-03-02T00:00:00.000Z"}')
    const morning = generated.find((s) => s.name === 'key-loans.morning')!
    expect(morning).toMatchObject({ when: 'working-morning', perSite: true })
    expect(morning.watch).toBeUndefined()
  })
})

describe('JOB-01 a deadline’s state change is the lifecycle’s transition', () => {
  it('JOB-01 `then.to` needs a declared lifecycle transition to that state (no plain update of a state field)', () => {
    const base = { slug: 'key-returns', label: L('還鑰匙', 'Key return'), group: L('物業', 'Property'), fields: [datetime('lentAt', L('借出時間', 'Lent at'))] }
    const lost = { name: 'lost', rule: 'PROP-14', label: L('逾期作遺失', 'Overdue: lost'), from: 'lentAt', after: { days: 30 }, then: { to: 'lost' } }
    expect(() => defineForm({ ...base, deadlines: [lost] })).toThrow(/declares no lifecycle/)
    const lifecycle = {
      states: { out: { label: L('借出', 'Out') }, back: { label: L('已還', 'Back') }, lost: { label: L('遺失', 'Lost') } },
      transitions: [{ from: 'out', to: 'back', label: L('歸還', 'Return') }],
    }
    expect(() => defineForm({ ...base, lifecycle, deadlines: [lost] })).toThrow(/no lifecycle transition leads there/)
    const ok = defineForm({ ...base, lifecycle: { ...lifecycle, transitions: [...lifecycle.transitions, { from: 'out', to: 'lost', label: L('作遺失', 'Mark lost'), by: 'server' }] }, deadlines: [lost] })
    expect(ok.fields.some((f) => 'name' in f && f.name === 'lostDueAt')).toBe(true)
  })
})
