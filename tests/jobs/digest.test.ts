import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { sendDueDigests } from '../../jobs/digest/daily'
import { statistics } from '../../jobs/digest/statistics'
import { bootPayload, type Booted } from '../helpers/boot'
import { makeSite, makeStaff } from '../helpers/people'

let booted: Booted
let payload: Payload
let req: PayloadRequest
let site: number
const people: Record<string, { id: number; email: string; name: string }> = {}

const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`)
const outbox = async () =>
  (await payload.find({ collection: 'mail-outbox', where: { relatedCollection: { equals: 'daily-digest' } }, pagination: false, depth: 0, sort: 'id' })).docs

beforeAll(async () => {
  booted = await bootPayload()
  payload = booted.payload
  req = await createLocalReq({ context: { channel: 'job' } }, payload)
  site = (await makeSite(payload, '統計院')).id as number
  for (const slug of ['admin-director', 'dean', 'general-manager', 'front-desk']) {
    const s = await makeStaff(payload, { sites: [site], positions: [booted.positions.get(slug)!], name: { 'admin-director': '刘晓梅', dean: '王建国', 'general-manager': '李振华', 'front-desk': '林小雨' }[slug] })
    people[slug] = { id: s.id as number, email: s.email as string, name: s.name as string }
  }
  const second = await makeStaff(payload, { sites: [site], name: '苏悦' })
  const record = (staff: number, type: string, when: Date, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: 'reception-records', data: { site, staff, type, visitorName: '张先生', receivedAt: when.toISOString(), ...extra } as never })
  const promising = await record(people['front-desk'].id, 'visit', at('2026-01-20', '10:00'), { rating: 'possible' })
  // Saturday 14 Feb 2026 is a make-up working day.
  for (let i = 0; i < 3; i++) await record(people['front-desk'].id, 'phone', at('2026-02-14', '09:0' + i))
  await record(people['front-desk'].id, 'visit', at('2026-02-14', '10:00'))
  for (let i = 0; i < 2; i++) await record(second.id as number, 'follow-up', at('2026-02-14', '11:0' + i), { followUpOf: promising.id })
  await record(second.id as number, 'phone', at('2026-02-13', '15:00')) // the day before: in the chart, not in the day's table
})

afterAll(async () => {})

describe('JOB-05 CARE-23 daily reception statistics', () => {
  it('CARE-23 counts the day per staff member and in total', async () => {
    const stats = await statistics(payload, site, '2026-02-14', '2026-02-14')
    expect(stats.totals).toMatchObject({ calls: 3, visits: 1, followUps: 2 })
    const rows = Object.fromEntries(stats.staff.map((s) => [s.name, s.counts]))
    expect(rows['林小雨']).toEqual({ calls: 3, visits: 1 })
    expect(rows['苏悦']).toEqual({ followUps: 2 })
    const month = await statistics(payload, site, '2026-01-16', '2026-02-14')
    expect(month.days).toHaveLength(30)
    expect(month.totals.calls).toBe(4)
    expect(month.totals.visits).toBe(2)
  })

  it('JOB-05 nothing is sent before the send time', async () => {
    expect(await sendDueDigests(payload, req, at('2026-02-14', '17:00'))).toEqual({})
    expect(await outbox()).toHaveLength(0)
  })

  it('CARE-23 on a working day the digest goes to the admin director, cc the dean and the general manager, through the outbox, with a chart', async () => {
    await sendDueDigests(payload, req, at('2026-02-14', '17:45'))
    const [mail, ...more] = await outbox()
    expect(more).toHaveLength(0)
    expect(mail.to).toBe(people['admin-director'].email)
    expect(String(mail.cc).split(', ').sort()).toEqual([people.dean.email, people['general-manager'].email].sort())
    expect(mail.status).toBe('queued')
    expect(mail.subject).toContain('2026-02-14')
    const html = String(mail.html)
    expect(html).toContain('林小雨')
    expect(html).toContain('苏悦')
    const attachment = (mail.attachments as { cid: string; content: string; contentType: string }[])[0]
    expect(html).toContain(`cid:${attachment.cid}`)
    expect(attachment.contentType).toBe('image/png')
    const meta = await sharp(Buffer.from(attachment.content, 'base64')).metadata()
    expect(meta.format).toBe('png')
    expect(meta.width).toBe(720)
  })

  it('JOB-05 the digest is sent once per day however often the job runs', async () => {
    await sendDueDigests(payload, req, at('2026-02-14', '17:55'))
    await sendDueDigests(payload, req, at('2026-02-14', '23:00'))
    expect(await outbox()).toHaveLength(1)
  })

  it('CARE-23 no digest on a non-working day (the Spring Festival holiday)', async () => {
    await sendDueDigests(payload, req, at('2026-02-16', '18:00'))
    expect(await outbox()).toHaveLength(1)
  })

  it('JOB-05 recipients are positions, editable: moving the digest to the dean changes who gets it', async () => {
    const { docs } = await payload.find({ collection: 'digest-settings', where: { site: { equals: site } } })
    expect(docs).toHaveLength(1)
    await payload.update({ collection: 'digest-settings', id: docs[0].id, data: { to: [booted.positions.get('dean')!], cc: [] } })
    await sendDueDigests(payload, req, at('2026-02-24', '18:00'))
    const mails = await outbox()
    expect(mails).toHaveLength(2)
    expect(mails[1].to).toBe(people.dean.email)
    expect(mails[1].cc ?? '').toBe('')
  })

  it('JOB-02 JOB-05 a year without a published holiday schedule is reported in the digest', async () => {
    await sendDueDigests(payload, req, at('2031-03-03', '18:00'))
    const mail = (await outbox()).at(-1)!
    expect(mail.subject).toContain('2031-03-03')
    expect(String(mail.text)).toMatch(/2031/)
    expect(String(mail.html)).toContain('⚠')
  })
})
