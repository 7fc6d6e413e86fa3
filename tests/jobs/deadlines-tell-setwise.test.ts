/**
 * JOB-01, WF-01, issue 15 item 4: deadlines whose work message depends on the record are told set-wise.
 * CARE-07's overdue outings declare their message to the front desk (the elder, the expected return,
 * the companion: the record's own fields); PROP-07's complaints past their time limit tell each
 * department's head, the CS supervisor and, for a major or important one, the 管理處主任 — a form's
 * `runMany` through `tellMany` (hooks/notify/tell.ts). Either way a sweep's statements do not grow with
 * the number of due records, and every message, recipient row, receipt and audit row is the one written
 * for a record swept alone (a site with one due record is swept a record at a time). MEMBER-02's
 * day-before reminders are texts in the SMS outbox, queued set-wise (`queueTexts`, CARE-18) — the rows
 * Payload's create of each text writes. OFFICE-07's meetings end set-wise, from either state they may be
 * in, and the rule on the state tells the cleaning lead about each as the notify hook does for one.
 */
import { describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { queueSms, type SmsInput } from '../../collections/care/sms/hooks'
import { queueTexts } from '../../hooks/notify/outbox'
import { makeElder } from '../helpers/care'
import { makeMember } from '../member/helpers'
import { lastAuditId, messagesWrittenAbout, sweepCounted, trailSince } from '../helpers/statements'
import { useWorld } from '../helpers/world'
import type { PositionSlug } from '../../src/seed/positions'
import { ownerComplaint, servicePlace, type ServicePlace } from '../property/service-fixture'

const w = useWorld({ sites: [{ type: 'care-home' }], holders: ['front-desk'] })

type Row = Record<string, any>
const rows = async (query: ReturnType<typeof sql>) => (await (w.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Row[] }> } }).drizzle.execute(query)).rows

/** A fresh site of `type` with a holder of each of `positions` (Chinese) and an English-reading front desk. */
async function siteWith(type: 'care-home' | 'property', positions: PositionSlug[]) {
  const fresh = await w.freshSite({ type })
  const people: Record<number, string> = {}
  for (const slug of positions) people[(await fresh.holder(slug)).id] = slug
  const en = await w.hire({ sites: [fresh.site], positions: ['front-desk'], language: 'en', name: '前台英文员工' })
  people[en.id] = 'front-desk-en'
  return { ...fresh, people }
}

const careHolders: PositionSlug[] = ['front-desk', 'health-mgmt-supervisor', 'life-care-supervisor', 'health-care-director']

/** `n` elders of `site` out since 18 November, due back at 17:00 on the 20th (Shanghai). */
async function outingsAt(site: number, n: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const elder = await makeElder(w.payload, site, `外出老人${i}`, { status: 'admitted' })
    const doc = await w.payload.create({
      collection: 'outings',
      data: { site, elder: elder.id, leftAt: '2026-11-18T01:30:00.000Z', expectedReturn: '2026-11-20T09:00:00.000Z', companion: '陈刚', relation: '儿子', companionPhone: '13600001111' } as never,
      overrideAccess: true,
      depth: 0,
    })
    ids.push(Number(doc.id))
  }
  return ids
}

const propertyHolders: PositionSlug[] = ['front-desk', 'cs-supervisor', 'engineer', 'department-head', 'office-director']

/** `n` complaints routed at `site`: to the engineering department, every other one major. */
async function complaintsAt(site: number, place: ServicePlace, n: number, major = (i: number) => i % 2 === 1): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const doc = await w.payload.create({
      collection: 'owner-complaints',
      data: ownerComplaint(site, place, { department: place.departments.engineering, severity: major(i) ? 'major' : 'ordinary', content: `投诉${i}` }) as never,
      overrideAccess: true,
      depth: 0,
    })
    ids.push(Number(doc.id))
  }
  return ids
}

/** The latest time limit of `ids`, a minute later: when all of them are past it. */
const pastTheirLimit = async (ids: number[]) =>
  new Date(Math.max(...(await rows(sql`SELECT handle_by FROM owner_complaints WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)).map((r) => new Date(r.handle_by).getTime())) + 60_000)

/** What was written about a record since `since`, its own words (`from`, e.g. an elder's name) made `to`. */
const written = async (collection: string, id: number, since: number, people: Record<number, string>, from?: string, to?: string) => {
  const json = JSON.stringify(await messagesWrittenAbout(w.payload, collection, id, since, people)).replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, 'DUE')
  return JSON.parse(from && to ? json.replaceAll(from, to) : json)
}

describe('JOB-01 a deadline’s message about each record is told set-wise', () => {
  it('JOB-01 WF-01 CARE-07 a batch of outings past their expected return is flagged and the desk told in a number of statements that does not grow with the batch, each message, receipt and audit row as for an outing swept alone', async () => {
    const one = await siteWith('care-home', careHolders)
    const four = await siteWith('care-home', careHolders)
    const twelve = await siteWith('care-home', careHolders)
    const [alone] = await outingsAt(one.site, 1)
    const few = await outingsAt(four.site, 4)
    const many = await outingsAt(twelve.site, 12)
    const now = new Date('2026-11-20T09:30:00Z')
    const since = await lastAuditId(w.payload)

    const sweep = (site: number) => sweepCounted(w.payload, 'outings', 'return', now, site)
    const a = await sweep(one.site)
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([a, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [4, 4, 0], [12, 12, 0]])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(20)
    expect(a.statements).toBeGreaterThan(c.statements)

    // The front desk is told in each reader's language, with the elder, the expected return and the companion.
    const reference = await written('outings', alone, since, one.people)
    expect(reference.map((m: Row) => [m.message.title, m.message.body, m.recipients.map((r: Row) => r.staff_id)]).sort()).toEqual([
      ['Outing overdue: 外出老人0', '外出老人0 was due back at 2026年11月20日17时 and has not been recorded as back. Companion: 陈刚 13600001111.', ['front-desk-en']],
      ['外出逾期未归:外出老人0', '外出老人0老人预计 2026年11月20日17时 回院,至今未登记回院。陪同人 陈刚 13600001111。', ['front-desk']],
    ])
    const flagged = await trailSince(w.payload, 'outings', alone, since)
    expect(flagged.map((r) => [r.action, r.channel, Object.keys(r.changes ?? {}).sort()])).toEqual([['update', 'job', ['overdue', 'returnDueAt']]])
    for (const [office, outings] of [[four, few], [twelve, many]] as const) {
      for (const [i, id] of outings.entries()) {
        expect(await written('outings', id, since, office.people, `外出老人${i}`, '外出老人0')).toEqual(reference)
        expect(await trailSince(w.payload, 'outings', id, since)).toEqual(flagged.map((r) => ({ ...r, site: office.site })))
      }
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 WF-01 PROP-07 a batch of complaints past their time limit tells each department head and the CS supervisor (and the 管理處主任 of a major one) set-wise, each message as for a complaint told alone', async () => {
    const sites = []
    for (let n = 0; n < 4; n++) {
      const s = await siteWith('property', propertyHolders)
      sites.push({ ...s, place: await servicePlace(w.payload, w.positions, s.site) })
    }
    const [ordinaryAlone, majorAlone, four, twelve] = sites
    const [ordinary] = await complaintsAt(ordinaryAlone.site, ordinaryAlone.place, 1, () => false)
    const [major] = await complaintsAt(majorAlone.site, majorAlone.place, 1, () => true)
    const few = await complaintsAt(four.site, four.place, 4)
    const many = await complaintsAt(twelve.site, twelve.place, 12)
    const now = await pastTheirLimit([ordinary, major, ...few, ...many])
    const since = await lastAuditId(w.payload)

    const sweep = (site: number) => sweepCounted(w.payload, 'owner-complaints', 'handle', now, site)
    const alone = [await sweep(ordinaryAlone.site), await sweep(majorAlone.site)]
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([...alone, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [1, 1, 0], [4, 4, 0], [12, 12, 0]])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(25)
    expect(Math.min(...alone.map((a) => a.statements))).toBeGreaterThan(c.statements)

    const reference = {
      ordinary: await written('owner-complaints', ordinary, since, ordinaryAlone.people),
      major: await written('owner-complaints', major, since, majorAlone.people),
    }
    expect(reference.ordinary.map((m: Row) => [m.message.title, m.message.body, m.recipients.map((r: Row) => r.staff_id).sort()])).toEqual([
      ['投诉处理超时:1-1-301', '工程部应于 DUE 前处理完毕,至今未反馈。', ['cs-supervisor', 'engineer']],
    ])
    expect(reference.major.map((m: Row) => m.recipients.map((r: Row) => r.staff_id).sort())).toEqual([['cs-supervisor', 'engineer', 'office-director']])
    for (const [office, complaints] of [[four, few], [twelve, many]] as const) {
      for (const [i, id] of complaints.entries()) {
        expect(await written('owner-complaints', id, since, office.people)).toEqual(i % 2 ? reference.major : reference.ordinary)
        expect((await w.payload.findByID({ collection: 'owner-complaints', id, depth: 0, overrideAccess: true })).handlingOverdue).toBe(true)
      }
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 PROP-07 a complaint of a batch with nobody left to tell fails alone: the others are told and flagged, it is left due', async () => {
    const s = await siteWith('property', ['front-desk', 'engineer', 'department-head'])
    const place = await servicePlace(w.payload, w.positions, s.site)
    const told = await complaintsAt(s.site, place, 2, () => false)
    // Routed to the department whose head then leaves; the site has no CS supervisor: nobody to tell about it.
    const [untold] = (await complaintsAt(s.site, { ...place, departments: { ...place.departments, engineering: place.departments.security } }, 1, () => false))
    await w.payload.update({ collection: 'staff', id: (await s.holder('department-head')).id, data: { active: false } as never, overrideAccess: true, depth: 0 })
    const now = await pastTheirLimit([...told, untold])
    expect(await sweepCounted(w.payload, 'owner-complaints', 'handle', now, s.site)).toMatchObject({ acted: 2, read: 3, failed: 1 })
    const state = async (id: number) => {
      const doc = (await w.payload.findByID({ collection: 'owner-complaints', id, depth: 0, overrideAccess: true })) as Row
      const messages = await rows(sql`SELECT id FROM messages WHERE related_collection = 'owner-complaints' AND related_id = ${String(id)} AND title LIKE '投诉处理超时%'`)
      return { flagged: doc.handlingOverdue, due: doc.handleDueAt !== null, told: messages.length }
    }
    expect(await Promise.all(told.map(state))).toEqual([{ flagged: true, due: false, told: 1 }, { flagged: true, due: false, told: 1 }])
    expect(await state(untold)).toEqual({ flagged: false, due: true, told: 0 })
  })

  it('JOB-01 MEMBER-02 a batch of day-before reminders queues its texts in a number of statements that does not grow with the batch, each in its member’s language; a member without a mobile is not reminded', async () => {
    const club = async () => {
      const fresh = await w.freshSite({ type: 'club' })
      await w.payload.update({ collection: 'sites', id: fresh.site, data: { deskPhone: '028-6555 8000' } as never, overrideAccess: true, depth: 0 })
      return { site: fresh.site, beautician: (await fresh.holder('beautician')).id }
    }
    const startAt = '2026-03-05T07:00:00.000Z' // 15:00 in Shanghai; reminded at 10:00 the day before
    const appointments = async (at: { site: number; beautician: number }, n: number, phone = (i: number) => `138 2000 ${String(1000 + i)}`) => {
      const ids: number[] = []
      for (let i = 0; i < n; i++) {
        const member = await makeMember(w.payload, at.site, { name: `顾客${i}`, phone: phone(i), language: i % 2 ? 'en' : 'zh' })
        const doc = await w.payload.create({ collection: 'appointments', data: { site: at.site, member: member.id, staff: at.beautician, startAt, service: '面部护理' } as never, overrideAccess: true, depth: 0 })
        ids.push(Number(doc.id))
      }
      return ids
    }
    const one = await club()
    const four = await club()
    const twelve = await club()
    const [alone] = await appointments(one, 1)
    const few = await appointments(four, 4)
    const many = await appointments(twelve, 12, (i) => (i === 11 ? '' : `138 2000 ${String(1000 + i)}`))
    const now = new Date('2026-03-04T02:30:00Z')
    const since = await lastAuditId(w.payload)
    const sweep = (site: number) => sweepCounted(w.payload, 'appointments', 'remind', now, site)
    const a = await sweep(one.site)
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([a, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [4, 4, 0], [11, 12, 0]])
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(25)
    expect(a.statements).toBeGreaterThan(c.statements)

    const texts = async (site: number) =>
      (await rows(sql`SELECT "to", text, kind, status, attempts FROM sms WHERE site_id = ${site} ORDER BY "to"`)).map((r) => ({ ...r, attempts: Number(r.attempts) }))
    const reminded = async (id: number) => {
      const doc = (await w.payload.findByID({ collection: 'appointments', id, depth: 0, overrideAccess: true })) as Row
      return { reminded: doc.reminded, due: doc.remindDueAt !== null }
    }
    expect(await texts(one.site)).toEqual([
      { to: '138 2000 1000', text: `【${await siteName(one.site)}】顾客0您好,提醒您明天(2026-03-05 15:00)的预约:面部护理,期待您的光临!如需改期请致电 028-6555 8000。`, kind: 'notice', status: 'queued', attempts: 0 },
    ])
    expect(await reminded(alone)).toEqual({ reminded: true, due: false })
    for (const [at, ids] of [[four, few], [twelve, many]] as const) {
      const name = await siteName(at.site)
      const expected = ids.flatMap((_, i) =>
        at === twelve && i === 11
          ? []
          : [{
              to: `138 2000 ${1000 + i}`,
              text: i % 2
                ? `[${name}] Dear 顾客${i}, a reminder of your appointment tomorrow (2026-03-05 15:00): 面部护理. We look forward to seeing you! To change it, call 028-6555 8000.`
                : `【${name}】顾客${i}您好,提醒您明天(2026-03-05 15:00)的预约:面部护理,期待您的光临!如需改期请致电 028-6555 8000。`,
              kind: 'notice',
              status: 'queued',
              attempts: 0,
            }],
      )
      expect(await texts(at.site)).toEqual(expected)
      for (const [i, id] of ids.entries()) expect(await reminded(id)).toEqual(at === twelve && i === 11 ? { reminded: false, due: false } : { reminded: true, due: false })
    }
    // Each text is audited as created, with the batch's.
    const audited = await rows(sql`SELECT count(*)::int AS n FROM audit_log WHERE collection = 'sms' AND action = 'create' AND id > ${since} AND site_id IN (${one.site}, ${four.site}, ${twelve.site})`)
    expect(audited[0].n).toBe(1 + 4 + 11)
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })

  it('JOB-01 CARE-18 texts queued set-wise are the rows (and audit rows) Payload’s create of each writes; a text the form refuses is created through Payload and refused', async () => {
    const { site } = await w.freshSite()
    const elder = await makeElder(w.payload, site, '短信老人')
    const input = (n: number): SmsInput => ({ site, to: `139 0000 ${String(1000 + n)}`, text: `通告 ${n}:明天上午消防演练。`, kind: n % 2 ? 'notice' : 'greeting', elder: n % 3 ? Number(elder.id) : undefined })
    const since = await lastAuditId(w.payload)
    const inTransaction = async (run: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<unknown>) => {
      const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
      expect(await initTransaction(req)).toBe(true)
      await run(req)
      await commitTransaction(req)
    }
    const six = [0, 1, 2, 3, 4, 5]
    await inTransaction(async (req) => {
      for (const n of six) await queueSms(w.payload, input(n), req)
    })
    await inTransaction((req) => queueTexts(req, six.map((n) => input(n + 6))))
    const written = async (n: number) => {
      const [sms] = await rows(sql`SELECT * FROM sms WHERE site_id = ${site} AND "to" = ${input(n).to}`)
      const trail = await rows(sql`SELECT collection, action, "from", "to", note, changes, actor_id, actor_name, channel, back_entry, site_id FROM audit_log WHERE id > ${since} AND collection = 'sms' AND record_id = ${String(sms.id)}`)
      const same = JSON.stringify({ sms: { ...sms, id: undefined, created_at: undefined, updated_at: undefined }, trail: trail.map((t) => ({ ...t, changes: { ...t.changes, id: { ...t.changes.id, to: 'ID' } } })) })
      return JSON.parse(same.replaceAll(input(n).to, 'TO').replaceAll(`通告 ${n}:`, '通告 N:'))
    }
    // The same kinds, with and without an elder, each as Payload writes it.
    for (const n of six) expect(await written(n + 6)).toEqual(await written(n))
    expect((await written(6)).trail).toHaveLength(1)
    // A number the form does not take: nothing set-wise, and Payload refuses it.
    await expect(inTransaction((req) => queueTexts(req, [input(12), { ...input(13), to: '13900001111 / 13900002222' }]))).rejects.toThrow('手机号')
    expect(await rows(sql`SELECT id FROM sms WHERE site_id = ${site} AND "to" = ${input(12).to}`)).toEqual([])
  })

  it('JOB-01 WF-08 OFFICE-07 a batch of meetings that have ended moves to 已結束 set-wise from either state, and the cleaning lead is told of each as of a meeting ended alone', async () => {
    const office = async () => {
      const fresh = await w.freshSite({ type: 'office' })
      const lead = await fresh.holder('cleaning-lead')
      return { site: fresh.site, people: { [lead.id]: 'cleaning-lead' } as Record<number, string> }
    }
    const endAt = '2026-03-02T07:30:00.000Z' // 15:30 in Shanghai
    const meetings = async (site: number, n: number, isReady = (i: number) => i % 2 === 1) => {
      const ids: number[] = []
      for (let i = 0; i < n; i++) {
        const doc = await w.payload.create({
          collection: 'meetings',
          data: { site, title: `部门例会${i}`, startAt: '2026-03-02T06:00:00.000Z', endAt, room: '二号会议室', headCount: 6, equipment: [{ item: 'projector', checked: true }] } as never,
          overrideAccess: true,
          depth: 0,
        })
        // Every other meeting had its equipment checked (ready); the others are still planned.
        if (isReady(i)) await w.payload.update({ collection: 'meetings', id: doc.id, data: { status: 'ready' } as never, overrideAccess: true, depth: 0, context: { lifecycleTransition: { from: 'planned', to: 'ready' } } })
        ids.push(Number(doc.id))
      }
      return ids
    }
    const [aloneP, aloneR, four, twelve] = [await office(), await office(), await office(), await office()]
    const [planned] = await meetings(aloneP.site, 1)
    const [ready] = await meetings(aloneR.site, 1, () => true)
    const few = await meetings(four.site, 4)
    const many = await meetings(twelve.site, 12)
    const now = new Date('2026-03-02T07:31:00Z')
    const since = await lastAuditId(w.payload)
    const sweep = (site: number) => sweepCounted(w.payload, 'meetings', 'end', now, site)
    const alone = [await sweep(aloneP.site), await sweep(aloneR.site)]
    const b = await sweep(four.site)
    const c = await sweep(twelve.site)
    expect([...alone, b, c].map((r) => [r.acted, r.read, r.failed])).toEqual([[1, 1, 0], [1, 1, 0], [4, 4, 0], [12, 12, 0]])
    // One set-wise transition for each of the two states: the same for 4 meetings as for 12.
    expect(c.statements).toBe(b.statements)
    expect(c.statements).toBeLessThanOrEqual(40)

    const state = async (id: number) => (await w.payload.findByID({ collection: 'meetings', id, depth: 0, overrideAccess: true })).status
    const trail = async (id: number) => (await trailSince(w.payload, 'meetings', id, since)).map((r) => ({ ...r, site: 'S' }))
    const reference = { planned: await written('meetings', planned, since, aloneP.people), ready: await written('meetings', ready, since, aloneR.people) }
    expect(reference.planned.map((m: Row) => [m.message.title, m.recipients.map((r: Row) => r.staff_id)])).toEqual([['会议已结束,请打扫二号会议室', ['cleaning-lead']]])
    const trails = { planned: await trail(planned), ready: await trail(ready) }
    expect(trails.planned.map((r) => [r.action, r.from, r.to, r.note])).toEqual([['update', null, null, null], ['transition', 'planned', 'ended', 'deadline:end']])
    expect(trails.ready.map((r) => [r.action, r.from, r.to])).toEqual([['update', null, null], ['transition', 'ready', 'ended']])
    for (const [at, ids] of [[four, few], [twelve, many]] as const) {
      for (const [i, id] of ids.entries()) {
        const from = i % 2 ? 'ready' : 'planned'
        expect(await state(id)).toBe('ended')
        expect(await written('meetings', id, since, at.people, `部门例会${i}`, '部门例会0')).toEqual(reference[from])
        expect(await trail(id)).toEqual(trails[from])
      }
    }
    expect(await sweep(twelve.site)).toMatchObject({ acted: 0, read: 0, failed: 0 })
  })
})

const siteName = async (site: number) => String((await w.payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true })).name)
