import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { addWorkingDays, calendarGaps, isWorkingDay, SiteCalendar, workingDaysBetween } from '../../src/lib/calendar'
import type { Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'], staff: { 'front-desk': { language: 'en' } } })

let payload: Payload
let site: number
let other: number
let desk: Client

beforeAll(async () => {
  ;({ payload, site, otherSite: other, desk } = w)
})

describe('JOB-02 working-day calendar', () => {
  it('JOB-02 follows the published 2026 schedule: make-up Saturdays work, Spring Festival is off', async () => {
    expect(await isWorkingDay(payload, site, '2026-02-14')).toBe(true) // Saturday, 調休
    expect(await isWorkingDay(payload, site, '2026-02-28')).toBe(true) // Saturday, 調休
    expect(await isWorkingDay(payload, site, '2026-02-16')).toBe(false) // Monday, 春節
    expect(await isWorkingDay(payload, site, '2026-02-21')).toBe(false) // Saturday, plain weekend
    expect(await isWorkingDay(payload, site, '2026-03-02')).toBe(true) // Monday
    expect(await isWorkingDay(payload, site, '2026-10-01')).toBe(false) // 國慶
  })

  it('JOB-02 counts working days across the Spring Festival holiday', async () => {
    // Friday 13 Feb 2026 + 1 working day = Saturday 14 Feb (make-up day); + 2 = Tuesday 24 Feb (after the holiday).
    expect(await addWorkingDays(payload, site, '2026-02-13', 1)).toBe('2026-02-14')
    expect(await addWorkingDays(payload, site, '2026-02-13', 2)).toBe('2026-02-24')
    expect(await addWorkingDays(payload, site, '2026-02-24', -2)).toBe('2026-02-13')
    expect(await workingDaysBetween(payload, site, '2026-02-13', '2026-02-24')).toBe(2)
  })

  it('JOB-02 uses the site time zone to decide which day an instant falls on', async () => {
    // 2026-02-13 17:00 UTC is already Saturday 14 Feb 01:00 in Shanghai — a make-up working day.
    const calendar = await SiteCalendar.of(payload, site)
    expect(calendar.today(new Date('2026-02-13T17:00:00Z'))).toBe('2026-02-14')
    expect(calendar.at('2026-02-14', '08:30').toISOString()).toBe('2026-02-14T00:30:00.000Z')
  })

  it('JOB-02 an override in the admin panel changes one day for one site only', async () => {
    // A site of its own: the published day 2026-03-02 stays a working day at `site` for the other tests.
    const home = await w.freshSite({ language: 'en' })
    const res = await home.desk.post('/api/calendar-days', { site: home.site, day: '2026-03-02', kind: 'holiday', name: '院慶' })
    expect(res.status).toBe(201)
    expect(await isWorkingDay(payload, home.site, '2026-03-02')).toBe(false)
    expect(await isWorkingDay(payload, other, '2026-03-02')).toBe(true)
    expect(await isWorkingDay(payload, site, '2026-03-02')).toBe(true)
    const info = await (await SiteCalendar.of(payload, home.site)).day('2026-03-02')
    expect(info).toMatchObject({ working: false, source: 'override', name: '院慶' })
  })

  it('JOB-02 a bad date is refused with a readable 400', async () => {
    const res = await desk.post('/api/calendar-days', { site, day: '2026-13-45', kind: 'holiday' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/YYYY-MM-DD/)
  })

  it('JOB-02 a year without published data counts only weekends and is reported until filled in', async () => {
    expect(await isWorkingDay(payload, site, '2031-01-01')).toBe(true) // Wednesday: no data, so a working day
    expect(await isWorkingDay(payload, site, '2031-01-04')).toBe(false) // Saturday
    const gaps = await calendarGaps(payload, site, new Date('2030-11-26T12:00:00Z'))
    expect(gaps).toEqual([2030, 2031])
    await payload.create({ collection: 'calendar-days', data: { site, day: '2031-01-01', kind: 'holiday', name: '元旦' } })
    expect(await isWorkingDay(payload, site, '2031-01-01')).toBe(false)
    expect(await calendarGaps(payload, site, new Date('2030-11-26T12:00:00Z'))).toEqual([2030])
    expect(await calendarGaps(payload, other, new Date('2030-11-26T12:00:00Z'))).toEqual([2030, 2031])
    expect(await calendarGaps(payload, site, new Date('2025-06-01T12:00:00Z'))).toEqual([])
  })
})
