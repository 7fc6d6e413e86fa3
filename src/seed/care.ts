/**
 * Demo data of the care desk (千禾颐养家苑), in Chinese: two buildings with beds in every state,
 * elders living in the home (one out on an outing), families with visit cards, reservations holding
 * beds, a waitlist, and a few daily records. Called by seedDemo on an empty database.
 */
import type { Payload } from 'payload'
import { localDay, shiftDay } from '../lib/calendar'

type Id = number

const residents: { name: string; gender: 'male' | 'female'; birth: string; fee: number; cls: 'B' | 'C'; health: string; contacts: [string, string, string][] }[] = [
  { name: '王淑芬', gender: 'female', birth: '1938-04-12', fee: 3200, cls: 'B', health: '高血压,可自行行走', contacts: [['王建军', '儿子', '13808001001'], ['王丽', '女儿', '13808001002']] },
  { name: '刘德顺', gender: 'male', birth: '1935-09-30', fee: 4500, cls: 'C', health: '脑梗后遗症,需协助翻身', contacts: [['刘强', '儿子', '13808002001'], ['刘敏', '儿媳', '13808002002']] },
  { name: '陈桂英', gender: 'female', birth: '1941-01-18', fee: 3200, cls: 'B', health: '糖尿病,饮食需控制', contacts: [['陈志明', '儿子', '13808003001'], ['陈晓燕', '孙女', '13808003002']] },
  { name: '赵永福', gender: 'male', birth: '1939-06-05', fee: 3800, cls: 'B', health: '轻度失智,夜间需照看', contacts: [['赵海', '儿子', '13808004001'], ['赵红', '女儿', '13808004002']] },
  { name: '孙秀兰', gender: 'female', birth: '1937-11-22', fee: 4500, cls: 'C', health: '长期卧床', contacts: [['孙伟', '儿子', '13808005001'], ['孙芳', '女儿', '13808005002']] },
  { name: '周国强', gender: 'male', birth: '1942-03-03', fee: 3200, cls: 'B', health: '身体较好,喜欢下棋', contacts: [['周杰', '儿子', '13808006001'], ['周琳', '女儿', '13808006002']] },
  { name: '吴玉珍', gender: 'female', birth: '1940-08-15', fee: 3800, cls: 'B', health: '骨质疏松,行走需拐杖', contacts: [['吴斌', '儿子', '13808007001'], ['吴婷', '孙女', '13808007002']] },
]

export async function seedCare(payload: Payload, site: Id): Promise<void> {
  const opts = { overrideAccess: true, depth: 0 } as const
  const create = (collection: string, data: Record<string, unknown>) =>
    payload.create({ collection: collection as never, data: { site, ...data } as never, ...opts }) as Promise<{ id: Id }>

  // Buildings, floors, rooms, beds: 1号楼 three floors, 2号楼 two; two rooms a floor, two beds a room.
  const beds: Id[] = []
  for (const [name, floors, order] of [['1号楼', 3, 1], ['2号楼', 2, 2]] as const) {
    const building = await create('buildings', { name, floors, order })
    for (let floor = 1; floor <= floors; floor++) {
      for (let room = 1; room <= 2; room++) {
        for (const bedNo of ['1', '2']) {
          const prefix = name === '1号楼' ? '' : 'B'
          beds.push((await create('beds', { building: building.id, floor, room: `${prefix}${floor}0${room}`, bedNo })).id)
        }
      }
    }
  }

  // Elders living in the home, each on a bed (as after admission).
  const elders: Id[] = []
  for (const [i, r] of residents.entries()) {
    const bed = beds[i]
    const elder = await create('elders', {
      name: r.name, gender: r.gender, birthDate: r.birth, health: r.health, status: 'admitted', bed, nursingFee: r.fee, contractClass: r.cls,
      admittedAt: new Date(Date.now() - (40 + i * 20) * 86_400_000).toISOString(),
      contacts: r.contacts.map(([name, relation, phone], k) => ({ name, relation, phone, sponsor: k === 0 })),
    })
    await payload.update({ collection: 'beds', id: bed, data: { status: 'occupied', elder: elder.id }, ...opts })
    elders.push(elder.id)
  }
  // One bed under repair.
  await payload.update({ collection: 'beds', id: beds[11], data: { outOfService: true }, ...opts })

  // 周国强 is out with his son until tomorrow (外出老人请假单).
  await create('outings', {
    elder: elders[5], leftAt: new Date(Date.now() - 2 * 3600_000).toISOString(), expectedReturn: new Date(Date.now() + 26 * 3600_000).toISOString(),
    companion: '周杰', relation: '儿子', companionPhone: '13808006001', destination: '儿子家', reason: '周末回家团聚', signed: true,
  })

  // Reservations with the 500 元 deposit: one held, one confirmed by the family; one waiting for its deposit.
  const reserved = [
    { name: '张桂兰', gender: 'female', birth: '1944-05-20', family: '张女士', phone: '13980001111', bed: beds[12], receipt: 'SJ20261120-01', confirmed: false },
    { name: '李德明', gender: 'male', birth: '1948-02-11', family: '李先生', phone: '13760002222', bed: beds[13], receipt: 'SJ20261124-03', confirmed: true },
    { name: '黄美华', gender: 'female', birth: '1943-12-01', family: '黄先生', phone: '13660004444', bed: beds[14], receipt: '', confirmed: false },
  ]
  for (const r of reserved) {
    const elder = await create('elders', { name: r.name, gender: r.gender, birthDate: r.birth, contacts: [{ name: r.family, relation: '子女', phone: r.phone, sponsor: true }] })
    const reservation = await create('reservations', { elder: elder.id, bed: r.bed, familyName: r.family, familyPhone: r.phone, deposit: 500, depositReceipt: r.receipt || undefined, expectedArrival: shiftDay(localDay(new Date()), 7) })
    if (r.confirmed) await payload.update({ collection: 'reservations', id: reservation.id, data: { familyConfirmed: true }, ...opts })
  }

  // The waitlist (预定登记表), in order of registration.
  const waiting: [string, string, string, string, number][] = [
    ['马先生', '13550005555', '马玉兰', '双人间,低楼层', 30],
    ['郭女士', '13450006666', '郭长青', '单人间', 21],
    ['何先生', '13350007777', '何淑珍', '不限', 9],
  ]
  for (const [familyName, familyPhone, elderName, wanted, daysAgo] of waiting) {
    await create('waitlist', { familyName, familyPhone, elderName, wanted, registeredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString() })
  }

  // Family visit cards, issued against the deposit receipt.
  const cards: [string, number, string, string, string, string][] = [
    ['0012345601', 0, '王建军', '儿子', 'YJ-0001', 'active'],
    ['0012345602', 1, '刘强', '儿子', 'YJ-0002', 'active'],
    ['0012345603', 2, '陈晓燕', '孙女', 'YJ-0003', 'lost'],
  ]
  for (const [cardNumber, i, holderName, relation, depositReceipt, status] of cards) {
    await create('visit-cards', { cardNumber, elder: elders[i], holderName, relation, holderPhone: residents[i].contacts.find((c) => c[0] === holderName)?.[2], deposit: 50, depositReceipt, status })
  }

  // A complaint, a repair request and a business trip, as the desk meets them.
  await create('complaints', { receivedAt: new Date(Date.now() - 10 * 60_000).toISOString(), channel: 'phone', complainant: '刘强', relation: '儿子', phone: '13808002001', elder: elders[1], about: '生活照料', content: '父亲房间的呼叫器反应慢', status: 'open' })
  await create('repair-requests', { category: 'tv', item: '大厅电视无信号', location: '一楼大厅', reporterName: '林小雨', status: 'open' })
  const driver = (await payload.find({ collection: 'staff', where: { email: { equals: 'driver@care.demo.local' } }, limit: 1, ...opts })).docs[0]
  if (driver) await create('business-trips', { staff: driver.id, destination: '市第一人民医院', task: '陪同刘德顺复诊', leftAt: new Date(Date.now() + 86_400_000).toISOString(), expectedReturn: new Date(Date.now() + 86_400_000 + 4 * 3600_000).toISOString(), workOrderNo: 'PG-20261127-01', assignedBy: undefined })
}
