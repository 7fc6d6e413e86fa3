/**
 * Demo data of the people section (新华速汇, simplified Chinese): access cards issued to several staff,
 * one leaver (何琳, left yesterday) whose card is not back and whose checklist is blocked by it, paper
 * attendance entered afterwards, leave slips (one approved, one waiting for 黄磊, head of the applicant's
 * own department 市场部) and personnel files by department.
 */
import type { Payload } from 'payload'
import type { AccessCard } from '../../src/payload-types'
import { SiteCalendar, localDay, shiftDay } from '../../src/lib/calendar'
import { siteInfo } from '../../src/lib/site'
import { officeEmail } from './company-seed'

const DAY = 86_400_000

async function staffId(payload: Payload, login: string): Promise<number | undefined> {
  const { docs } = await payload.find({ collection: 'staff', where: { email: { equals: officeEmail(login) } }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0]?.id as number | undefined
}

export async function seedPeople(payload: Payload, site: number): Promise<void> {
  const { timeZone } = await siteInfo(payload, site)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const today = localDay(new Date(), timeZone)
  const id = async (login: string) => (await staffId(payload, login))!
  if (!(await staffId(payload, 'front-desk'))) return

  // OFFICE-08: cards signed for on the hire day.
  const cards: [string, string, AccessCard['kind'], number][] = [
    ['general-manager', 'MJ-0001', 'both', 400],
    ['admin-director', 'MJ-0002', 'both', 380],
    ['front-desk', 'MJ-0003', 'access', 300],
    ['hr', 'MJ-0004', 'both', 360],
    ['market-head', 'MJ-0010', 'both', 200],
    ['market-1', 'MJ-0011', 'access', 120],
    ['market-2', 'MJ-0012', 'access', 90],
    ['market-2', 'DT-0012', 'elevator', 90],
    ['tech-1', 'MJ-0021', 'access', 60],
  ]
  for (const [login, cardNumber, kind, daysAgo] of cards) {
    await payload.create({
      collection: 'access-cards',
      data: { site, holder: await id(login), cardNumber, kind, issuedAt: new Date(Date.now() - daysAgo * DAY).toISOString(), holderSigned: true, note: '新员工入职领卡,已签字登记' },
      overrideAccess: true,
    })
  }
  // The elevator card came back; the access card did not.
  const { docs: back } = await payload.find({ collection: 'access-cards', where: { and: [{ site: { equals: site } }, { cardNumber: { equals: 'DT-0012' } }] }, depth: 0, limit: 1, overrideAccess: true })
  if (back[0]) await payload.update({ collection: 'access-cards', id: back[0].id, data: { status: 'returned', returnedAt: new Date(Date.now() - DAY).toISOString(), receivedBy: await id('front-desk') }, overrideAccess: true })

  // OFFICE-11: personnel files, numbered by department (HR's cabinet).
  const files: [string, string, string][] = [
    ['general-manager', '510104197503120011', '2015-08-01'],
    ['front-desk', '510105199806180022', '2024-03-01'],
    ['hr', '510106198911230023', '2019-06-10'],
    ['market-head', '510107198405060034', '2017-02-20'],
    ['market-2', '510108199602140025', '2025-09-01'],
    ['tech-1', '510109199309090036', '2026-08-01'],
  ]
  for (const [login, idNumber, hiredOn] of files) {
    await payload.create({
      collection: 'personnel-files',
      data: {
        site, person: await id(login), idNumber, hiredOn, cabinet: '人事档案柜 A 层', emergencyContact: '家属 138 0000 0000',
        documents: [
          { document: 'application', present: true },
          { document: 'staff-info', present: true },
          { document: 'id-copy', present: true },
          { document: 'contract', present: true, note: '三年期劳动合同' },
          { document: 'medical', present: login !== 'tech-1', note: login === 'tech-1' ? '体检报告待补交' : '' },
        ],
        notes: '人事档案袋单独保存,按部门编号。',
      },
      overrideAccess: true,
    })
  }

  // OFFICE-08: 何琳 left yesterday; her access card is not back, so her checklist cannot be completed (and the card is flagged).
  await payload.create({
    collection: 'leaving-checklists',
    data: {
      site, person: await id('market-2'), leavingDate: shiftDay(today, -1), reason: '个人原因辞职',
      items: [
        { kind: 'equipment', description: '笔记本电脑(联想)', returned: true },
        { kind: 'key', description: '市场部文件柜钥匙', returned: false },
      ],
    },
    overrideAccess: true,
  })

  // OFFICE-10: paper attendance of the last working days (the touch screen was down), entered afterwards.
  const days: string[] = []
  for (let d = shiftDay(today, -1); days.length < 3; d = shiftDay(d, -1)) if (await calendar.isWorkingDay(d)) days.push(d)
  const times: [string, string, string][] = [
    ['front-desk', '08:20', '17:35'],
    ['market-1', '08:45', '17:40'],
    ['tech-1', '08:28', '18:05'],
    ['tech-2', '09:05', '17:30'],
  ]
  for (const day of days) {
    for (const [login, signIn, signOut] of times) {
      await payload.create({
        collection: 'attendance',
        data: { site, person: await id(login), signedInAt: calendar.at(day, signIn).toISOString(), signedOutAt: calendar.at(day, signOut).toISOString(), reason: 'screen-down', note: '触摸屏故障,纸质考勤登记表补录' },
        overrideAccess: true,
      })
    }
  }

  // OFFICE-10: leave slips — one approved (annual leave next week), one waiting for 杨帆's department head (黄磊 of 市场部, only him).
  const approved = await payload.create({
    collection: 'leave-slips',
    data: { site, person: await id('tech-2'), kind: 'annual', fromDay: shiftDay(today, 7), toDay: shiftDay(today, 8), reason: '回老家探亲' },
    overrideAccess: true,
  })
  await payload.update({ collection: 'leave-slips', id: approved.id, data: { approvalStatus: 'approved', approvalPosition: null }, overrideAccess: true, context: { approvalTransition: true } })
  await payload.create({
    collection: 'leave-slips',
    data: { site, person: await id('market-1'), kind: 'sick', fromDay: today, toDay: today, reason: '发烧,去医院就诊' },
    overrideAccess: true,
  })
}
