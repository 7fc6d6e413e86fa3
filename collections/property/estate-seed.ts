/**
 * Demo data of the estate section (simplified Chinese): two buildings of 香堤左岸 with their units and
 * owners (one transfer and one phone change in the units' history), owner archives in various states of
 * completeness, reading grants (one waiting for the director, one registered, one expired), finance's
 * arrears list (one overdue a follow-up, one followed up, one settled) and household censuses.
 */
import type { Payload } from 'payload'
import type { ArchiveGrant, Arrear } from '../../src/payload-types'
import { localDay, shiftDay, SiteCalendar } from '../../src/lib/calendar'
import { requiredDocuments } from './owner-files/checklist'

const DAY = 24 * 3600_000

const owners: [code: string, name: string, phone: string, id: string, members: [string, string][]][] = [
  ['1-1-301', '张伟', '139 1000 2000', '110101198001011234', [['刘芳', '配偶'], ['张小明', '儿子']]],
  ['1-1-302', '李娜', '137 0000 1111', '110105198505052345', [['王磊', '配偶']]],
  ['1-1-401', '王建国', '135 2222 3333', '110108196510103456', [['赵秀兰', '配偶'], ['王丽', '女儿'], ['王小宝', '外孙']]],
  ['1-2-502', '陈静', '186 1234 5678', '310104199003034567', []],
  ['1-2-601', '刘洋', '188 8765 4321', '440106198812125678', [['周敏', '配偶']]],
  ['2-1-101', '赵丽', '139 5555 6666', '510107197707076789', [['孙浩', '配偶'], ['孙悦', '女儿']]],
  ['2-1-201', '孙强', '136 7777 8888', '320102198209097890', []],
  ['2-2-1202', '周杰', '158 3333 4444', '330106199411118901', [['吴婷', '配偶']]],
]

async function staffOf(payload: Payload, site: number, slug: string) {
  const pos = await payload.find({ collection: 'positions', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  if (!pos.docs[0]) return undefined
  const { docs } = await payload.find({
    collection: 'staff',
    where: { and: [{ positions: { in: [pos.docs[0].id] } }, { 'sites.site': { equals: site } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id as number | undefined
}

export async function seedEstate(payload: Payload, site: number): Promise<void> {
  const existing = await payload.count({ collection: 'units', where: { site: { equals: site } }, overrideAccess: true })
  if (existing.totalDocs) return
  const calendar = await SiteCalendar.of(payload, site)
  const today = localDay(new Date(), calendar.timeZone)
  // The department head receives the monthly archive report (JOB-05); the demo's property site has none yet.
  if (!(await staffOf(payload, site, 'department-head'))) {
    const pos = await payload.find({ collection: 'positions', where: { slug: { equals: 'department-head' } }, limit: 1, depth: 0, overrideAccess: true })
    const email = 'department-head@property.demo.local'
    const taken = await payload.count({ collection: 'staff', where: { email: { equals: email } }, overrideAccess: true })
    if (pos.docs[0] && !taken.totalDocs) {
      await payload.create({ collection: 'staff', data: { name: '韩经理', email, password: 'demo1234', positions: [pos.docs[0].id], language: 'zh', roles: ['staff'], sites: [{ site }] }, overrideAccess: true })
    }
  }

  const buildings = new Map<string, number>()
  for (const [name, floors, order] of [['1号楼', 18, 1], ['2号楼', 26, 2]] as const) {
    const b = await payload.create({ collection: 'estate-buildings', data: { name, floors, order, site }, overrideAccess: true })
    buildings.set(name[0]!, b.id as number)
  }
  const codes = ['1-1-301', '1-1-302', '1-1-401', '1-2-502', '1-2-601', '1-2-602', '2-1-101', '2-1-201', '2-2-1202', '2-2-1501']
  const units = new Map<string, number>()
  for (const code of codes) {
    const room = code.split('-')[2]!
    const u = await payload.create({
      collection: 'units',
      data: { building: buildings.get(code[0]!)!, code, floor: Number(room.slice(0, -2)), area: room.endsWith('01') ? 128.6 : 96.3, occupied: !['1-2-602', '2-2-1501'].includes(code), site },
      overrideAccess: true,
    })
    units.set(code, u.id as number)
  }
  const ownerIds = new Map<string, number>()
  for (const [code, name, phone, idNumber, members] of owners) {
    const o = await payload.create({
      collection: 'owners',
      data: { unit: units.get(code)!, name, phone, idNumber, movedInOn: '2023-06-18', members: members.map(([n, relation]) => ({ name: n, relation })), site },
      overrideAccess: true,
    })
    ownerIds.set(code, o.id as number)
  }
  // PROP-02: a phone change and a transfer, in the units' history.
  await payload.update({ collection: 'owners', id: ownerIds.get('1-1-302')!, data: { phone: '137 0000 2222' }, overrideAccess: true })
  const buyer = await payload.create({ collection: 'owners', data: { unit: units.get('2-1-201')!, name: '郑海', phone: '131 2345 6789', idNumber: '320102199101011111', movedInOn: shiftDay(today, -40), site }, overrideAccess: true })
  ownerIds.set('2-1-201', buyer.id as number)

  // PROP-01: archives from complete to barely started.
  const filed = (n: number) => requiredDocuments.map((document, i) => ({ document, present: i < n, filedOn: i < n ? '2023-06-18' : undefined, note: i === 13 && i < n ? '身份证正反面复印件' : undefined }))
  const archives = new Map<string, number>()
  for (const [code, n, notes] of [
    ['1-1-301', 17, '资料齐全。2024年装修已验收。'],
    ['1-1-302', 14, '缺复式平台装修管理规定(非复式户型不适用)、违章整改通知单(无违章)、过户记录。'],
    ['1-1-401', 9, '装修资料待补交,已电话通知业主。'],
    ['1-2-502', 5, '业主委托亲属办理入住,授权书待补。'],
    ['2-1-101', 12, ''],
    ['2-1-201', 3, '2026年过户,新业主资料补充中。'],
  ] as const) {
    const a = await payload.create({ collection: 'owner-files', data: { unit: units.get(code)!, owner: ownerIds.get(code)!, items: filed(n), notes, site }, overrideAccess: true })
    archives.set(code, a.id as number)
  }

  // PROP-03: reading grants — waiting for the director, registered (valid today), expired.
  const assistant = await staffOf(payload, site, 'cs-assistant')
  const keeper = await staffOf(payload, site, 'archive-keeper')
  const director = await staffOf(payload, site, 'office-director')
  if (assistant && keeper && director) {
    await payload.create({ collection: 'archive-grants', data: { archive: archives.get('2-1-201')!, reader: assistant, reason: '新业主办理过户后续手续,需核对原业主授权书', workingDays: 1, site }, overrideAccess: true })
    const now = new Date()
    const grants: [string, string, Date, Date, ArchiveGrant['status']][] = [
      ['1-1-401', '业主申请装修,需查阅原装修申请审批表和图纸', now, new Date(now.getTime() + DAY), 'registered'],
      ['1-1-301', '核对业主家庭成员登记信息', new Date(now.getTime() - 10 * DAY), new Date(now.getTime() - 9 * DAY), 'expired'],
    ]
    for (const [code, reason, from, until, status] of grants) {
      const g = await payload.create({ collection: 'archive-grants', data: { archive: archives.get(code)!, reader: assistant, reason, workingDays: 1, site }, overrideAccess: true })
      await payload.update({
        collection: 'archive-grants',
        id: g.id,
        data: { approvalStatus: 'approved', approvalPosition: null, status, registeredBy: keeper, registeredAt: from.toISOString(), validFrom: from.toISOString(), validUntil: until.toISOString() },
        overrideAccess: true,
        context: { approvalTransition: true },
      })
    }
  }

  // PROP-04: finance's arrears list.
  const arrears: [string, Arrear['feeType'], number, string, { at: string; result: string }[], boolean][] = [
    ['1-1-401', 'management', 2580, shiftDay(today, -75), [], false],
    ['1-2-502', 'utility', 436.5, shiftDay(today, -50), [{ at: new Date(Date.now() - 3 * DAY).toISOString(), result: '业主出差,答应下周回来缴清' }], false],
    ['2-1-101', 'management', 1290, shiftDay(today, -20), [], false],
    ['2-2-1202', 'other', 300, shiftDay(today, -90), [{ at: new Date(Date.now() - 30 * DAY).toISOString(), result: '已缴清车位服务费' }], true],
  ]
  for (const [code, feeType, amount, since, followUps, settled] of arrears) {
    await payload.create({
      collection: 'arrears',
      data: { unit: units.get(code)!, feeType, amount, since, source: '财务部欠费清单', followUps: followUps.map((f) => ({ ...f, way: 'phone' as const })), settled, site },
      overrideAccess: true,
    })
  }

  // PROP-05: this quarter's censuses done for a few units.
  for (const code of ['1-1-301', '1-1-302', '2-1-101']) {
    await payload.create({ collection: 'household-censuses', data: { unit: units.get(code)!, censusOn: shiftDay(today, -12), by: assistant, residents: 3, phoneChecked: true, membersChecked: true, site }, overrideAccess: true })
  }
}
