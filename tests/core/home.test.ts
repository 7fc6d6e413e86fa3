/**
 * The desk home (issue 11, item 1): what `homeFor` lists for a desk person, a manager and an approver,
 * and that each due sentence links to a list filtered to exactly the records it counts (the link's
 * query string is sent to the REST list as the person, and must return exactly those records).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld, type Client } from '../helpers/world'
import { makeElder } from '../helpers/care'
import { sweepDeadline } from '../../hooks/deadlines'
import { sendMessage } from '../../hooks/notify/messages'
import { homeFor, type Home, type HomeUser } from '../../src/admin/home/data'
import { fill, pick } from '../../src/lib/i18n'

const w = useWorld({ sites: [{ type: 'care-home' }, { type: 'property' }] })

const userOf = async (id: number) => (await w.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true })) as unknown as HomeUser
const homeOf = async (slug: keyof typeof w.staff, now = new Date()) => homeFor(w.payload, await userOf(w.staff[slug].id), now)
const ids = (docs: { id: number }[]) => docs.map((d) => d.id).sort((a, b) => a - b)

/** The REST list of a home link's query, as `client`: the ids it returns. */
async function listed(client: Client, href: string) {
  const [path, query] = href.split('?')
  const collection = path.split('/collections/')[1]
  const res = await client.get(`/api/${collection}?${query}&depth=0&limit=100`)
  expect(res.status).toBe(200)
  return ids(res.body.docs)
}

const hour = 3600_000
const outing = async (site: number, elder: number, expectedReturn: Date) =>
  (
    await w.payload.create({
      collection: 'outings',
      data: { site, elder, leftAt: new Date(expectedReturn.getTime() - 5 * hour).toISOString(), expectedReturn: expectedReturn.toISOString(), companion: '陈刚', companionPhone: '13600001111' } as never,
      overrideAccess: true,
    })
  ).id as number

describe('the desk home', () => {
  const now = new Date()
  let late: number, soon: number, later: number, elsewhere: number
  let deskHome: Home

  beforeAll(async () => {
    const p = w.payload
    const elders = await Promise.all(['陈秀珍', '李桂兰', '王淑芬'].map((name, i) => makeElder(p, w.site, name, { status: 'admitted', bed: w.beds[i] })))
    late = await outing(w.site, elders[0].id, new Date(now.getTime() - 2 * hour))
    soon = await outing(w.site, elders[1].id, new Date(now.getTime() + 2 * hour))
    later = await outing(w.site, elders[2].id, new Date(now.getTime() + 72 * hour))
    // Another site's outing, overdue too: never on this site's home.
    const otherElder = await makeElder(p, w.otherSite, '赵淑英', { status: 'admitted' })
    elsewhere = await outing(w.otherSite, otherElder.id, new Date(now.getTime() - 3 * hour))
    expect(await sweepDeadline(p, 'outings', 'return', now)).toBeGreaterThanOrEqual(2)
    deskHome = await homeOf('front-desk', now)
  })

  it('CARE-07 JOB-01 a desk person sees the overdue outings as a readable sentence whose link lists exactly them', async () => {
    const site = deskHome.sites.find((s) => s.id === w.site)!
    const overdue = site.due.find((d) => d.key === 'outings.return:overdue')!
    expect(overdue.count).toBe(1)
    const sentence = fill(pick(overdue.sentence, 'zh'), { n: overdue.count })
    expect(sentence).toContain('1')
    expect(sentence).not.toMatch(/[A-Za-z]/)
    expect(sentence).not.toBe(pick(overdue.sentence, 'zh')) // the count is in the sentence
    expect(fill(pick(overdue.sentence, 'en'), { n: 1 })).toMatch(/1/)
    expect(overdue.href).toMatch(/^\/admin\/collections\/outings\?/)
    expect(await listed(w.desk, overdue.href)).toEqual([late])
  })

  it('JOB-01 what is due within the day is listed apart, and its link lists exactly the records due (not the later ones)', async () => {
    const site = deskHome.sites.find((s) => s.id === w.site)!
    const due = site.due.find((d) => d.key === 'outings.return:due')!
    expect(due.count).toBe(1)
    expect(await listed(w.desk, due.href)).toEqual([soon])
    expect(await listed(w.desk, due.href)).not.toContain(later)
    // Overdue sentences come before due ones.
    expect(site.due.findIndex((d) => d.kind === 'overdue')).toBeLessThan(site.due.findIndex((d) => d.kind === 'due'))
  })

  it('CORE-01 a person of another site never sees this site nor counts its records', async () => {
    const outsider = await homeFor(w.payload, await userOf(w.otherStaff['front-desk'].id), now)
    expect(outsider.sites.map((s) => s.id)).toEqual([w.otherSite])
    // The other site is a property centre: the care desk is not enabled there, so no outing is listed nor its quick actions.
    expect(outsider.sites[0].due.some((d) => d.collection === 'outings')).toBe(false)
    expect(outsider.sites[0].quickActions.some((a) => a.href.includes('/collections/outings/'))).toBe(false)
    expect(elsewhere).toBeGreaterThan(0)
  })

  it('JOB-01 WF-10 shared deadlines (call tasks) are listed for the desk too, with links that match exactly', async () => {
    const p = w.payload
    const task = await p.create({ collection: 'call-tasks', data: { site: w.site, title: '回电家属', dueAt: new Date(now.getTime() - hour).toISOString() } as never, overrideAccess: true })
    await sweepDeadline(p, 'call-tasks', 'call', now)
    const home = await homeOf('front-desk', now)
    const item = home.sites[0].due.find((d) => d.key === 'call-tasks.call:overdue')!
    expect(item.count).toBeGreaterThanOrEqual(1)
    const listedIds = await listed(w.desk, item.href)
    expect(listedIds).toContain(task.id)
    expect(listedIds.length).toBe(item.count)
  })

  it('issue 11 the desk person: routine, messages, inbox, due in order; the care desk quick actions link to new records and the desk views', async () => {
    expect(deskHome.roles).toMatchObject({ desk: true, manager: false, approver: false })
    expect(deskHome.order).toEqual(['today', 'routine', 'messages', 'inbox', 'due'])
    const site = deskHome.sites[0]
    expect(site.desks.map((d) => d.slug)).toEqual(['care'])
    const hrefs = site.quickActions.map((a) => a.href)
    expect(hrefs).toContain('/admin/collections/reception-records/create?type=phone')
    expect(hrefs).toContain('/admin/collections/visits/create')
    expect(hrefs).toContain('/admin/collections/reservations/create')
    expect(hrefs).toContain('/admin/bed-map')
    for (const a of site.quickActions) expect(pick(a.label, 'zh')).not.toMatch(/[A-Za-z]/)
    expect(site.figures).toBeUndefined()
  })

  it('WF-01 messages unread and to confirm are counted, and their links list exactly those receipts', async () => {
    const p = w.payload
    const me = w.staff['front-desk'].id
    await sendMessage(p, { site: w.site, title: '请核对今日访客登记', to: [{ staff: me }] })
    await sendMessage(p, { site: w.site, title: '明日消防演练', to: [{ staff: me }] })
    const receipts = await p.find({ collection: 'message-receipts', where: { recipient: { equals: me } }, sort: '-createdAt', depth: 0, overrideAccess: true, limit: 100 })
    const read = receipts.docs[0]
    expect((await w.desk.patch(`/api/message-receipts/${read.id}`, { state: 'read' })).status).toBe(200)
    const home = await homeOf('front-desk')
    const unread = receipts.docs.filter((r) => r.id !== read.id && r.state === 'unread')
    expect(home.messages.unread).toBe(unread.length)
    expect(home.messages.toConfirm).toBe(1)
    expect(await listed(w.desk, home.messages.unreadHref)).toEqual(ids(unread as never))
    expect(await listed(w.desk, home.messages.toConfirmHref)).toEqual([read.id])
    expect(home.messages.latest.map((m) => m.title)).toContain('请核对今日访客登记')
  })

  it('WF-07 an approver sees the inbox first, with the form waiting for them', async () => {
    const p = w.payload
    const elder = await makeElder(p, w.site, '孙玉兰', { status: 'admitted', bed: w.beds[3] })
    const res = await w.desk.post('/api/fee-changes', { site: w.site, elder: elder.id, newFee: 4800, reason: '失能等级提高', familyMember: '孙女士(女儿)', familyPhone: '13912340000' })
    expect(res.status).toBe(201)
    const home = await homeOf('health-care-supervisor')
    expect(home.roles.approver).toBe(true)
    expect(home.order[0]).toBe('inbox')
    expect(home.waiting.map((x) => `${x.slug}:${x.id}`)).toContain(`fee-changes:${res.body.doc.id}`)
    // The desk person is no approver: the form is not waiting for them.
    expect((await homeOf('front-desk')).waiting).toEqual([])
  })

  it('CARE-23 a manager sees the day’s figures and what is late first', async () => {
    expect((await w.desk.post('/api/reception-records', { site: w.site, type: 'phone', visitorName: '周先生', phone: '13800001234', receivedAt: new Date().toISOString() })).status).toBe(201)
    const home = await homeOf('general-manager')
    expect(home.roles.manager).toBe(true)
    expect(home.roles.approver).toBe(false)
    expect(home.order.slice(0, 2)).toEqual(['figures', 'late'])
    const figures = home.sites[0].figures!
    expect(figures.find((f) => f.key === 'calls')!.value).toBeGreaterThanOrEqual(1)
    // What is late is the overdue part of the desk's list.
    expect(home.sites[0].due.filter((d) => d.kind === 'overdue').map((d) => d.key)).toContain('outings.return:overdue')
    // The dean is both: the inbox first, then the figures.
    const dean = await homeOf('dean')
    expect(dean.roles).toMatchObject({ manager: true, approver: true })
    expect(dean.order.slice(0, 3)).toEqual(['inbox', 'figures', 'late'])
  })
})
