/**
 * Demo data of the complaints and follow-ups section (simplified Chinese): the site's settings, the
 * departments complained about with a head each, complaints at every stage (received, with the
 * department — one past its time limit —, reported back, told, closed, reopened) and follow-ups due
 * and overdue of several kinds. Everything goes through the forms' own rules (doors and transitions).
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { transition } from '../../../hooks/lifecycle'
import { holdersOf } from '../../../src/lib/holders'
import { handleBy } from './timeLimit'
import { defaultTargets } from '../follow-ups/options'
import type { FollowUp, OwnerComplaint } from '../../../src/payload-types'

const DAY = 24 * 3600_000
const HOUR = 3600_000

const departments: [name: string, head: string, staff: string][] = [
  ['工程部', 'engineer', '罗工'],
  ['秩序维护部', 'department-head', '唐队长'],
  ['环境部', 'cleaning-lead', '马桂英'],
  ['客服部', 'cs-supervisor', ''],
]

async function positionId(payload: Payload, slug: string) {
  const { docs } = await payload.find({ collection: 'positions', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]?.id as number | undefined
}

export async function seedComplaintsAndFollowUps(payload: Payload, site: number): Promise<void> {
  const existing = await payload.count({ collection: 'owner-complaints', where: { site: { equals: site } }, overrideAccess: true })
  if (existing.totalDocs) return
  // A request of its own for each step: a transition leaves its mark on the request's context, and
  // the field doors (the department, toldAt, followedAt) must see a fresh one.
  const fresh = async () => (await createLocalReq({ context: { channel: 'job' } }, payload)) as PayloadRequest
  const office = await positionId(payload, 'office-director')
  const supervisor = await positionId(payload, 'cs-supervisor')
  const settings = await payload.count({ collection: 'complaint-settings', where: { site: { equals: site } }, overrideAccess: true })
  if (!settings.totalDocs) {
    await payload.create({
      collection: 'complaint-settings',
      data: {
        site,
        limits: [
          { severity: 'major', hours: 4 },
          { severity: 'important', hours: 8 },
          { severity: 'ordinary', hours: 16 },
          { category: 'repair', severity: 'ordinary', hours: 24 },
          { category: 'cleaning', severity: 'ordinary', hours: 4 },
        ],
        targets: defaultTargets,
        monthlyTo: [supervisor, office].filter((x): x is number => x != null),
        quarterlyTo: [supervisor, office].filter((x): x is number => x != null),
      },
      overrideAccess: true,
    })
  }
  // The departments complained about, each with a head who holds its position here.
  const dept: Record<string, number> = {}
  for (const [name, head, person] of departments) {
    const headId = await positionId(payload, head)
    const found = await payload.find({ collection: 'departments', where: { and: [{ site: { equals: site } }, { name: { equals: name } }] }, limit: 1, depth: 0, overrideAccess: true })
    dept[name] = (found.docs[0]?.id as number) ?? ((await payload.create({ collection: 'departments', data: { name, head: headId, site }, overrideAccess: true })).id as number)
    if (person && headId && !(await holdersOf(payload, site, [head])).length) {
      const taken = await payload.count({ collection: 'staff', where: { email: { equals: `${head}@property.demo.local` } }, overrideAccess: true })
      if (!taken.totalDocs) {
        await payload.create({
          collection: 'staff',
          data: { name: person, email: `${head}@property.demo.local`, password: 'demo1234', positions: [headId], language: 'zh', roles: ['staff'], sites: [{ site }] },
          overrideAccess: true,
        })
      }
    }
  }
  const { docs: units } = await payload.find({ collection: 'units', where: { site: { equals: site } }, sort: 'code', limit: 12, depth: 0, overrideAccess: true })
  if (units.length < 2) return
  const unit = (i: number) => units[i % units.length].id as number
  const now = Date.now()
  const at = (ms: number) => new Date(now - ms).toISOString()

  type Step = 'received' | 'routed' | 'late' | 'reported' | 'told' | 'closed' | 'reopened'
  const complaint = async (
    step: Step,
    c: { unit: number; who: string; phone: string; category: OwnerComplaint['category']; severity: OwnerComplaint['severity']; content: string; dept: string; ago: number; handling?: string; channel?: OwnerComplaint['channel'] },
  ) => {
    const doc = await payload.create({
      collection: 'owner-complaints',
      data: { site, unit: c.unit, complainant: c.who, phone: c.phone, category: c.category, severity: c.severity, content: c.content, channel: c.channel ?? 'phone', receivedAt: at(c.ago) },
      overrideAccess: true,
      req: await fresh(),
    })
    const id = doc.id as number
    if (step === 'received') return id
    // Routed when it was received (its time limit counted from then).
    const routedAt = new Date(now - c.ago + 10 * 60_000)
    const limit = await handleBy(payload, site, routedAt, c.category, c.severity)
    await payload.update({ collection: 'owner-complaints', id, data: { department: dept[c.dept] }, overrideAccess: true, req: await fresh() })
    await payload.update({ collection: 'owner-complaints', id, data: { routedAt: routedAt.toISOString(), handleBy: limit.dueAt.toISOString(), limitHours: limit.hours }, overrideAccess: true, req: await fresh() })
    if (step === 'routed') return id
    if (step === 'late') {
      await payload.update({ collection: 'owner-complaints', id, data: { handlingOverdue: true }, overrideAccess: true, req: await fresh() })
      return id
    }
    const reportedAt = step === 'reported' ? new Date(now - HOUR) : new Date(Math.min(limit.dueAt.getTime(), now - c.ago + 6 * HOUR))
    await payload.update({ collection: 'owner-complaints', id, data: { handling: c.handling ?? '已安排人员上门处理完毕' }, overrideAccess: true, req: await fresh() })
    await transition(await fresh(), 'owner-complaints', id, 'reported', { server: true, data: { reportedAt: reportedAt.toISOString() } })
    if (step === 'reported') return id
    await payload.update({ collection: 'owner-complaints', id, data: { toldHow: 'phone', toldAt: new Date(reportedAt.getTime() + 2 * HOUR).toISOString(), ownerResponse: '业主表示知悉' }, overrideAccess: true, req: await fresh() })
    if (step === 'told') return id
    const { followUp } = (await payload.findByID({ collection: 'owner-complaints', id, depth: 0, overrideAccess: true, req: await fresh() })) as unknown as { followUp: number }
    const unsatisfied = step === 'reopened'
    await payload.update({
      collection: 'follow-ups',
      id: followUp,
      data: {
        followedAt: new Date(reportedAt.getTime() + DAY).toISOString(),
        method: 'phone',
        workQuality: unsatisfied ? 'poor' : 'good',
        attitude: 'good',
        satisfaction: unsatisfied ? 'unsatisfied' : 'satisfied',
        serviceEffect: unsatisfied ? '问题仍未解决' : '问题已解决',
        goodPoints: '响应及时',
        shortfalls: unsatisfied ? '雨天仍然渗水' : '',
        suggestions: unsatisfied ? '请彻底排查' : '',
      },
      overrideAccess: true,
      req: await fresh(),
    })
    return id
  }

  await complaint('received', { unit: unit(0), who: '陈女士', phone: '13880001001', category: 'neighbours', severity: 'ordinary', content: '楼上住户深夜装修噪音扰民', dept: '秩序维护部', ago: 20 * 60_000 })
  await complaint('routed', { unit: unit(1), who: '刘先生', phone: '13880001002', category: 'cleaning', severity: 'ordinary', content: '单元门口垃圾桶满溢无人清运', dept: '环境部', ago: HOUR })
  await complaint('late', { unit: unit(2), who: '张先生', phone: '13880001003', category: 'repair', severity: 'important', content: '电梯经常停在 8 楼不动', dept: '工程部', ago: 4 * DAY })
  await complaint('reported', { unit: unit(3), who: '黄女士', phone: '13880001004', category: 'security', severity: 'ordinary', content: '外来车辆随意停放堵塞消防通道', dept: '秩序维护部', ago: 5 * HOUR, handling: '已劝离并张贴告示,加强巡逻' })
  await complaint('told', { unit: unit(4), who: '周先生', phone: '13880001005', category: 'repair', severity: 'ordinary', content: '卫生间顶部漏水', dept: '工程部', ago: DAY + 8 * HOUR, handling: '楼上防水层已修补' })
  await complaint('told', { unit: unit(5), who: '吴女士', phone: '13880001006', category: 'landscape', severity: 'ordinary', content: '楼下绿化带长期未修剪', dept: '环境部', ago: 6 * DAY, handling: '已修剪并清运枝叶' })
  await complaint('closed', { unit: unit(0), who: '陈女士', phone: '13880001001', category: 'neighbours', severity: 'ordinary', content: '楼上住户养狗夜间吠叫', dept: '秩序维护部', ago: 20 * DAY, handling: '已上门沟通,住户承诺夜间看管' })
  await complaint('reopened', { unit: unit(2), who: '张先生', phone: '13880001003', category: 'repair', severity: 'major', content: '外墙渗水导致卧室墙面发霉', dept: '工程部', ago: 12 * DAY, handling: '外墙已做防水处理' })

  // Follow-ups of other services: due now (a repair in its window), overdue, and within their week.
  const followUp = async (kind: FollowUp['kind'], data: { unit: number; ownerName: string; subject: string; completedAt: string; repairItem?: string; stage?: FollowUp['stage'] }) =>
    payload.create({ collection: 'follow-ups', data: { site, kind, ...data }, overrideAccess: true, req: await fresh() })
  await followUp('repair', { unit: unit(1), ownerName: '刘先生', subject: '报修回访:厨房下水道堵塞', repairItem: '下水道堵塞', completedAt: at(40 * DAY) })
  const lateRepair = await followUp('repair', { unit: unit(3), ownerName: '黄女士', subject: '报修回访:入户门锁更换', repairItem: '门锁', completedAt: at(65 * DAY) })
  await payload.update({ collection: 'follow-ups', id: lateRepair.id, data: { overdue: true }, overrideAccess: true, req: await fresh() })
  await followUp('emergency', { unit: unit(6), ownerName: '郑阿姨', subject: '急救回访:老人夜间突发心脏不适,协助送医', completedAt: at(2 * DAY) })
  await followUp('publication', { unit: unit(7), ownerName: '孙先生', subject: '活动回访:中秋游园会', completedAt: at(10 * DAY) })
  await followUp('special', { unit: unit(8), ownerName: '冯女士', subject: '特约工程回访:阳台封闭(合同中期)', stage: 'mid', completedAt: at(3 * DAY) })
  const lateHelp = await followUp('help', { unit: unit(9), ownerName: '何先生', subject: '求助回访:代为联系开锁', completedAt: at(10 * DAY) })
  await payload.update({ collection: 'follow-ups', id: lateHelp.id, data: { overdue: true }, overrideAccess: true, req: await fresh() })
}
