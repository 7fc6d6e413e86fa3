/**
 * Demo keys (in simplified Chinese) for a property site: the cabinet filled from the developer's and a
 * contractor's hand-overs, two keys lent (one to a contractor through engineering), one out for nine
 * days (overdue, with its 借匙催还单), one returned, one lost, one collected by its owner, and this
 * month's count sheet. Uses the estate's units (seeded before this section); without units it does nothing.
 */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { sweepDeadline } from '../../../hooks/deadlines'
import { localDay, shiftDay, SiteCalendar } from '../../../src/lib/calendar'
import { siteInfo } from '../../../src/lib/site'

const DEMO_PASSWORD = 'demo1234'

async function findOrCreate(payload: Payload, collection: 'departments', site: number, name: string, head?: number) {
  const { docs } = await payload.find({ collection, where: { and: [{ site: { equals: site } }, { name: { equals: name } }] }, limit: 1, depth: 0, overrideAccess: true })
  return (docs[0] ?? (await payload.create({ collection, data: { name, head, site }, overrideAccess: true }))) as { id: number }
}

async function staffMember(payload: Payload, site: number, slug: string, name: string, department?: number) {
  const email = `${slug}@property.demo.local`
  const { docs } = await payload.find({ collection: 'staff', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  if (docs[0]) return docs[0] as { id: number }
  const position = (await payload.find({ collection: 'positions', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  return (await payload.create({
    collection: 'staff',
    data: { name, email, password: DEMO_PASSWORD, positions: position ? [position.id] : [], department, language: 'zh', roles: ['staff'], sites: [{ site }] },
    overrideAccess: true,
  })) as unknown as { id: number }
}

export async function seedKeys(payload: Payload, site: number): Promise<void> {
  const units = (await payload.find({ collection: 'units', where: { site: { equals: site } }, sort: 'code', limit: 14, depth: 0, overrideAccess: true })).docs as { id: number; code: string }[]
  if (units.length < 6) return
  const head = (await payload.find({ collection: 'positions', where: { slug: { equals: 'department-head' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id as number | undefined
  const engineering = await findOrCreate(payload, 'departments', site, '工程部', head)
  const landscaping = await findOrCreate(payload, 'departments', site, '绿化部', head)
  const salesDept = await findOrCreate(payload, 'departments', site, '售楼部', head)
  await findOrCreate(payload, 'departments', site, '营销部', head)
  const engineer = await staffMember(payload, site, 'engineer', '罗建军', engineering.id)
  await staffMember(payload, site, 'sales', '唐明', salesDept.id)
  await staffMember(payload, site, 'department-head', '冯涛', engineering.id)

  const now = new Date()
  const { timeZone } = await siteInfo(payload, site)
  const calendar = new SiteCalendar(payload, site, timeZone)
  const today = localDay(now, timeZone)
  /** A site-local time `d` days ago. */
  const daysAgo = (d: number, hour = 10) => calendar.at(shiftDay(today, -d), `${String(hour).padStart(2, '0')}:00`).toISOString()
  const keyIds: number[] = []
  for (const [i, unit] of units.entries()) {
    const slot = `A-${String(i + 1).padStart(2, '0')}`
    const line = { site, unit: unit.id, keyNumber: `K${unit.code}`, cabinet: '1号柜', slot }
    if (i < 2) {
      const doc = await payload.create({
        collection: 'key-acceptances',
        data: { ...line, acceptedAt: daysAgo(40), contractor: '成都宏达门窗工程有限公司', handedBy: '刘师傅', engineer: engineer.id, quantity: 3, received: i === 1 ? 2 : 3, remark: i === 1 ? '实收 2 把,施工队称另 1 把随后补交' : undefined, contractorSigned: true, receiverSigned: true },
        overrideAccess: true,
        depth: 0,
      })
      keyIds.push(Number((doc as { key: unknown }).key))
    } else if (i < 8) {
      const doc = await payload.create({
        collection: 'key-entrustments',
        data: { ...line, receivedAt: daysAgo(30), developer: '香堤置业有限公司', handedBy: '陈经理', quantity: 3, handerSigned: true, receiverSigned: true },
        overrideAccess: true,
        depth: 0,
      })
      keyIds.push(Number((doc as { key: unknown }).key))
    } else {
      const doc = await payload.create({ collection: 'keys', data: { ...line, quantity: 2, source: 'other', notes: '公共区域及空置单元备用钥匙' }, overrideAccess: true })
      keyIds.push(doc.id as number)
    }
  }
  const lend = (key: number, data: Omit<RequiredDataFromCollectionSlug<'key-loans'>, 'site' | 'key' | 'quantity'>) =>
    payload.create({ collection: 'key-loans', data: { site, key, quantity: 1, borrowerSigned: true, ...data }, overrideAccess: true })
  // Lent now: a gardener, and a contractor through engineering.
  await lend(keyIds[2], { lentAt: daysAgo(1, 9), borrowerKind: 'staff', borrowerName: '张海', workId: 'LH-012', department: landscaping.id, purpose: '入户检查阳台绿植' })
  await lend(keyIds[3], { lentAt: daysAgo(3, 14), borrowerKind: 'contractor', borrowerName: '王师傅', workId: 'SG-3307', contractor: '成都安居水电安装公司', agent: engineer.id, department: engineering.id, purpose: '卫生间漏水维修' })
  // Out for nine days: overdue, with its reminder.
  await lend(keyIds[4], { lentAt: daysAgo(9, 10), borrowerKind: 'contractor', borrowerName: '李师傅', workId: 'SG-2051', contractor: '四川美家装饰工程公司', agent: engineer.id, department: engineering.id, purpose: '厨房吊顶返修' })
  // Lent and brought back with the count checked.
  const back = await lend(keyIds[5], { lentAt: daysAgo(5, 9), borrowerKind: 'staff', borrowerName: '赵工', workId: 'GC-008', department: engineering.id, purpose: '抄水表' })
  await payload.update({ collection: 'key-loans', id: back.id, data: { returnedAt: daysAgo(5, 16), returnedQuantity: 1 }, overrideAccess: true })
  await sweepDeadline(payload, 'key-loans', 'due', now)
  // A key reported lost, the owner's consent obtained, a re-cut under way.
  const memo = await payload.create({
    collection: 'key-memos',
    data: { site, key: keyIds[6], kind: 'lost', occurredAt: daysAgo(2, 11), reportedBy: '许丹', whatHappened: '盘点时发现该套钥匙少一把,查借用记录无借出,疑为遗失', ownerName: '周先生', ownerConsent: true, measure: 'recut' },
    overrideAccess: true,
  })
  void memo
  // Keys collected by their owner on ID.
  await payload.create({
    collection: 'key-handovers',
    data: { site, key: keyIds[7], quantity: 3, collectorName: '孙丽', relation: 'owner', idType: 'id-card', idNumber: '510104198805061234', idChecked: true, ownerSigned: true, handedAt: daysAgo(6, 15) },
    overrideAccess: true,
  })
  // This month's count sheet.
  await payload.create({ collection: 'key-counts', data: { site, countedOn: today }, overrideAccess: true })
}
