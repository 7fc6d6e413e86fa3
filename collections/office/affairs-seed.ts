/**
 * Demo data of the office's affairs (新华速汇, simplified Chinese): the chairman's stored travel
 * preferences and one booked trip (its itinerary text queued), this quarter's supply plans of 市场部
 * and 技术部 consolidated, approved by 陈静 and 李志远 and bought, one issue, the numbering rule and a
 * few archives.
 */
import type { Payload, Where } from 'payload'
import type { Archive } from '../../src/payload-types'
import { transition } from '../../hooks/lifecycle'
import { actingAs, decide, inTransaction } from '../../hooks/approval/engine'
import { siteInfo } from '../../src/lib/site'
import { wallClockInstant, localDay } from '../../src/lib/calendar'
import { officeEmail } from './company-seed'
import { quarterOf } from './affairs-shared'
import { DEFAULT_PATTERN } from './archive-settings'

const one = async (payload: Payload, collection: 'staff' | 'departments', where: Where) =>
  (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })).docs[0] as { id: number } | undefined

export async function seedAffairs(payload: Payload, site: number): Promise<void> {
  const person = (login: string) => one(payload, 'staff', { email: { equals: officeEmail(login) } })
  const department = (name: string) => one(payload, 'departments', { and: [{ name: { equals: name } }, { site: { equals: site } }] })
  const [chairman, director, manager, desk] = await Promise.all([person('chairman'), person('admin-director'), person('general-manager'), person('front-desk')])
  const [market, tech, office] = await Promise.all([department('市场部'), department('技术部'), department('行政部')])
  if (!chairman || !director || !manager || !market || !tech) return
  const { timeZone } = await siteInfo(payload, site)
  const today = localDay(new Date(), timeZone)
  const inDays = (n: number, hhmm: string) => wallClockInstant(`${localDay(new Date(Date.now() + n * 86_400_000), timeZone)} ${hhmm}`, timeZone)!.toISOString()

  // OFFICE-03: the chairman's preferences, asked once; a trip filled from them and texted.
  await payload.create({
    collection: 'travel-preferences',
    data: { site, staff: chairman.id, trainSeat: 'first', seatSide: 'window', planeZone: 'front', checkIn: 'desk', hotel: '全季酒店,大床房,高楼层,无烟', notes: '出行前一天提醒带身份证' },
    overrideAccess: true,
  })
  const trip = await payload.create({
    collection: 'travel-requests',
    data: {
      site, leader: chairman.id, kind: 'train', headCount: 2, travellers: '王建国、陈静', origin: '成都东', destination: '重庆北',
      departAt: inDays(3, '08:30'), returnAt: inDays(4, '17:10'), bookingRef: 'G8501', seat: '05车 1F', funding: 'advance', amount: 308, note: '到达后由客户接站',
    },
    overrideAccess: true,
  })
  await transition(await actingAs(payload, desk?.id ?? director.id, 'admin'), 'travel-requests', trip.id, 'booked')

  // OFFICE-05: this quarter's plans of two departments, consolidated, approved and bought; one issue.
  const quarter = quarterOf(new Date(), timeZone)
  const plan = (dept: number, items: [string, string, number][]) =>
    payload.create({ collection: 'supply-plans', data: { site, quarter, department: dept, items: items.map(([item, unit, quantity]) => ({ item, unit, quantity })) }, overrideAccess: true })
  await plan(market.id, [['A4复印纸', '包', 20], ['签字笔', '支', 50], ['文件夹', '个', 30]])
  await plan(tech.id, [['A4复印纸', '包', 10], ['签字笔', '支', 30], ['白板笔', '支', 12]])
  const submitter = await actingAs(payload, desk?.id ?? director.id, 'admin')
  const purchase = await inTransaction(submitter, () =>
    payload.create({ collection: 'supply-purchases', data: { site, quarter, note: '按部门计划汇总,统一采购' }, overrideAccess: true, req: submitter }),
  )
  for (const [who, step] of [[director.id, 0], [manager.id, 1]] as const) {
    const acting = await actingAs(payload, who, 'admin')
    await inTransaction(acting, () => decide(acting, { slug: 'supply-purchases', id: purchase.id, decision: 'approved', comment: '同意', expect: { round: 1, step } }))
  }
  await transition(await actingAs(payload, desk?.id ?? director.id, 'admin'), 'supply-purchases', purchase.id, 'purchased', { note: '京东企业购,合计 1,286.00 元' })
  await payload.create({
    collection: 'supply-issues',
    data: { site, quarter, department: market.id, issuedAt: new Date().toISOString(), items: [{ item: 'A4复印纸', unit: '包', quantity: 5 }, { item: '签字笔', unit: '支', quantity: 10 }], receivedBy: '杨帆' },
    overrideAccess: true,
  })

  // OFFICE-06: the numbering rule and a few archives.
  await payload.create({ collection: 'archive-settings', data: { site, pattern: DEFAULT_PATTERN }, overrideAccess: true })
  const year = Number(today.slice(0, 4))
  const archives: [string, Archive['type'], string, number | undefined, string, string][] = [
    ['办公场地租赁合同', 'contract', `${year}-01-05`, office?.id, 'A柜-01', '租赁 合同 场地'],
    ['年度广告投放合同', 'contract', `${year}-03-18`, market.id, 'A柜-01', '广告 合同 市场'],
    ['关于调整作息时间的通知', 'outgoing', `${year}-04-01`, office?.id, 'B柜-02', '作息 通知'],
    ['第一季度经营分析会会议纪要', 'minutes', `${year}-04-10`, undefined, 'B柜-03', '经营分析 会议纪要'],
    ['营业执照副本', 'licence', `${year}-01-02`, office?.id, 'C柜-01', '营业执照 证照'],
  ]
  for (const [title, type, documentDate, dept, location, keywords] of archives) {
    await payload.create({ collection: 'archives', data: { site, title, type, documentDate, department: dept, location, keywords, keeper: '刘晓雨' }, overrideAccess: true })
  }
}
