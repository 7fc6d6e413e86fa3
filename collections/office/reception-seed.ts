/**
 * Demo records of the company reception (新华速汇): a day's calls, visitors (one registered ahead, an
 * interview candidate), parcels (one signed for with consent and postage paid) and meetings, in
 * simplified Chinese, for the people of company-seed.ts (found by their e-mail).
 */
import type { CollectionSlug, Payload } from 'payload'
import { officeEmail } from './company-seed'
import { handleCallEvent } from '../../devices/phone/calls'

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString()

export async function seedReception(payload: Payload, site: number): Promise<void> {
  const person = async (login: string) => {
    const { docs } = await payload.find({ collection: 'staff', where: { email: { equals: officeEmail(login) } }, limit: 1, depth: 0, overrideAccess: true })
    return docs[0]?.id as number | undefined
  }
  const desk = await person('front-desk')
  const market = await person('market-head')
  const tech = await person('tech-head')
  const hr = await person('hr')
  const tech1 = await person('tech-1')
  const market1 = await person('market-1')
  if (!desk || !market || !tech || !hr || !tech1 || !market1) return
  const make = (collection: CollectionSlug, data: Record<string, unknown>) =>
    payload.create({ collection: collection, data: { site, ...data }, overrideAccess: true, depth: 0, context: { seed: true } })

  // The desk phone (a simulator; the devices panel rings it), on 刘晓雨's extension 8000: its calls pop up
  // with 登記 and count for the one who answers (OFFICE-01). The morning's calls as the phone saw them:
  // 张经理's answered in 6 s and 刘女士's in 18 s (both logged below), and one answered but not logged.
  const phones = await payload.count({ collection: 'devices', where: { and: [{ site: { equals: site } }, { kind: { equals: 'phone' } }] }, overrideAccess: true })
  const calls: number[] = []
  if (!phones.totalDocs) {
    const phone = await payload.create({ collection: 'devices', data: { site, name: '前台电话', kind: 'phone', driver: 'simulator', connection: { extension: '8000' } }, overrideAccess: true })
    const device = { id: phone.id as number, site, driver: 'simulator', connection: { extension: '8000' } }
    // The call's number on the exchange as Asterisk writes it (seconds.sequence): shown on the call record.
    const rang = async (sequence: number, caller: string, at: string, answerAfter: number) => {
      const t = Date.parse(at)
      const id = `${Math.floor(t / 1000)}.${site}${sequence}`
      await handleCallEvent(payload, device, { type: 'ringing', id, caller, at })
      await handleCallEvent(payload, device, { type: 'answered', id, at: new Date(t + answerAfter * 1000).toISOString() })
      const call = await handleCallEvent(payload, device, { type: 'ended', id, at: new Date(t + 180_000).toISOString() })
      return (call as { id: number } | undefined)?.id
    }
    for (const id of [await rang(1, '02887654321', hours(-3), 6), await rang(2, '13980001234', hours(-2), 18)]) if (id) calls.push(id)
    await rang(3, '13700002222', hours(-0.5), 4)
  }

  await make('phone-log', { receivedAt: hours(-3), outcome: 'answered', takenBy: desk, callerName: '张经理', company: '成都蓉城物流有限公司', phone: '028-8765 4321', purpose: '询问下季度合作报价', messageFor: market, message: '请黄经理今天下午回电,报价单已发邮箱。', ...(calls[0] ? { call: calls[0] } : {}) })
  await make('phone-log', { receivedAt: hours(-2), outcome: 'answered', takenBy: desk, callerName: '刘女士', company: '个人客户', phone: '139 8000 1234', purpose: '查询汇款到账时间', ...(calls[1] ? { call: calls[1] } : {}) })
  await make('phone-log', { receivedAt: hours(-1), outcome: 'missed', takenBy: desk, phone: '028-6111 2233', purpose: '未接来电' })

  await make('visitor-log', { purpose: 'business', appointment: 'yes', preRegistered: true, expectedAt: hours(2), visitorName: '陈总', company: '西南科技股份有限公司', visitorPhone: '138 1111 2222', visitorCount: '2', reason: '商谈系统对接', host: market, hostTold: 'message', decision: 'go-in', receivedBy: desk })
  await make('visitor-log', { purpose: 'business', appointment: 'no', visitorName: '王师傅', company: '城西净水公司', reason: '饮水机清洗', host: desk, hostTold: 'phone', decision: 'go-in', timeIn: hours(-1), receivedBy: desk })
  await make('visitor-log', { purpose: 'interview', appointment: 'yes', preRegistered: true, expectedAt: hours(20), visitorName: '赵一鸣', visitorPhone: '137 2222 3333', position: '前端开发工程师', interviewAt: hours(20), interviewer: tech, host: tech, hostTold: 'phone', decision: 'wait', receivedBy: desk })

  await make('parcel-consents', { employee: tech1, givenAt: hours(-24 * 30), postage: true, signed: true, notes: '出差较多,同意前台代签并垫付邮费' })
  await make('office-parcels', { receivedAt: hours(-26), recipient: market1, carrier: '顺丰', trackingNo: 'SF1234567890' })
  await make('office-parcels', { receivedAt: hours(-2), recipient: tech1, carrier: '中通', trackingNo: 'ZT7788990011', signedAt: hours(-2), signedBy: desk, postagePaid: true, postage: 12 })

  await make('meetings', {
    title: '季度经营分析会', startAt: hours(24), endAt: hours(26), room: '一号会议室', headCount: 12, organiser: hr,
    equipment: [{ item: 'projector', checked: false }, { item: 'microphone', checked: false }, { item: 'led', checked: false }],
    refreshments: ['tea', 'fruit'], importantGuests: true, ledText: '热烈欢迎西南科技股份有限公司领导莅临指导',
  })
}
