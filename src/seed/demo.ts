/**
 * Demo data, in Chinese: a care home with a staff member in every position, a property service
 * centre, scripts and a few reception records. Runs only on an empty database.
 */
import type { Payload } from 'payload'
import { positionList, ensurePositions } from './positions'
import { desks } from '../../collections'
import { seedRoutine } from '../../jobs/routine-seed'
import { seedDevices } from './devices'
import { digestSettings } from '../../jobs/digest/daily'

export const DEMO_PASSWORD = 'demo1234'

export const demoLogins = [
  { email: 'admin@demo.local', role: '系統管理員 / Administrator' },
  { email: 'front-desk@care.demo.local', role: '前臺(千禾頤養家苑)/ Front desk, care home' },
  { email: 'dean@care.demo.local', role: '院長 / Dean' },
  { email: 'cs-assistant@property.demo.local', role: '客服助理(香堤左岸)/ CS assistant, property' },
  { email: 'front-desk@salon.demo.local', role: '前臺(悅享美容美髮沙龍)/ Front desk, salon' },
  { email: 'front-desk@gym.demo.local', role: '前臺(葩特娜健身會館)/ Front desk, gym' },
]

const careStaffNames: Record<string, string> = {
  dean: '王建国', 'general-manager': '李振华', chairman: '张伟民', 'admin-director': '刘晓梅',
  'admin-specialist': '陈静', 'health-care-director': '杨丽', 'health-care-supervisor': '赵敏',
  'health-mgmt-supervisor': '黄磊', 'life-care-supervisor': '周芳', storekeeper: '吴强',
  'property-staff': '徐刚', 'catering-supervisor': '孙丽娟', 'cleaning-lead': '马桂英',
  'front-desk': '林小雨', hr: '何婷', 'recreation-specialist': '郭欢', driver: '高师傅',
  engineer: '罗工', 'office-director': '梁主任', 'cs-supervisor': '宋佳', 'cs-assistant': '谢宁',
  'archive-keeper': '韩雪', sales: '唐明', 'department-head': '冯涛', cashier: '董娜',
}

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'sites' })
  return totalDocs === 0
}

export async function seedDemo(payload: Payload): Promise<void> {
  const positions = await ensurePositions(payload)
  const care = await payload.create({
    collection: 'sites',
    data: {
      name: '千禾颐养家苑', code: 'qianhe', type: 'care-home', modules: ['care'],
      mealPrices: { packageA: 68, packageB: 98 },
      address: '成都市武侯区千禾路 8 号', deskPhone: '028-8888 6666', dutyMobile: '138 0000 8888',
      timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30',
    },
  })
  const property = await payload.create({
    collection: 'sites',
    data: {
      name: '香堤左岸物业客户中心', code: 'xiangdi', type: 'property', modules: ['property'],
      address: '成都市青羊区香堤路 1 号', deskPhone: '028-6666 1234', dutyMobile: '139 0000 6666',
      timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30',
    },
  })
  // The company reception (新華速匯) and the member club (salon and gym) have their own desks.
  const office = await payload.create({
    collection: 'sites',
    data: {
      name: '新华速汇公司前台', code: 'xinhua', type: 'office', modules: ['office'],
      address: '成都市高新区天府大道 88 号', deskPhone: '028-6555 8000', dutyMobile: '136 0000 8000',
      timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30',
    },
  })
  const club = await payload.create({
    collection: 'sites',
    data: {
      name: '悦享美容美发沙龙', code: 'salon', type: 'club', modules: ['member'],
      address: '成都市锦江区春熙路 20 号', deskPhone: '028-6888 5000', dutyMobile: '137 0000 9000',
      timeZone: 'Asia/Shanghai', opensAt: '09:00', closesAt: '21:00',
    },
  })
  const gym = await payload.create({
    collection: 'sites',
    data: {
      name: '葩特娜健身会馆', code: 'gym', type: 'club', modules: ['member'],
      address: '成都市锦江区红星路 66 号', deskPhone: '028-6777 9000', dutyMobile: '137 0000 9001',
      timeZone: 'Asia/Shanghai', opensAt: '07:00', closesAt: '22:00',
    },
  })
  const departments = new Map<string, number>()
  for (const name of ['综合行政部', '健康照料部', '客户服务部', '餐饮部', '财务部', '工程部']) {
    const d = await payload.create({ collection: 'departments', data: { name, site: care.id } })
    departments.set(name, d.id as number)
  }
  await payload.create({
    collection: 'staff',
    data: { name: '系统管理员', email: 'admin@demo.local', password: DEMO_PASSWORD, roles: ['admin', 'staff'], language: 'zh', sites: [{ site: care.id }, { site: property.id }, { site: office.id }, { site: club.id }, { site: gym.id }] },
  })
  for (const [slug] of positionList) {
    await payload.create({
      collection: 'staff',
      data: {
        name: careStaffNames[slug] ?? slug,
        email: `${slug}@care.demo.local`,
        password: DEMO_PASSWORD,
        positions: [positions.get(slug)!],
        language: 'zh',
        roles: ['staff'],
        sites: [{ site: care.id }],
        workPhone: `028-8888 ${String(6600 + positionList.findIndex(([s]) => s === slug)).padStart(4, '0')}`,
      },
    })
  }
  for (const slug of ['office-director', 'cs-supervisor', 'cs-assistant', 'archive-keeper', 'front-desk']) {
    await payload.create({
      collection: 'staff',
      data: {
        name: { 'office-director': '彭主任', 'cs-supervisor': '邓晓', 'cs-assistant': '许丹', 'archive-keeper': '曾琳', 'front-desk': '苏悦' }[slug]!,
        email: `${slug}@property.demo.local`, password: DEMO_PASSWORD, positions: [positions.get(slug)!], language: 'zh', roles: ['staff'], sites: [{ site: property.id }],
      },
    })
  }
  const scripts: [string, string, string][] = [
    ['greeting', '接听问候语', '您好,千禾颐养家苑,请问有什么可以帮您?'],
    ['six-eight', '六声八句', '六声:问候声、致歉声、感谢声、称赞声、祝福声、送别声。八句:您好、请、谢谢、对不起、请原谅、没关系、不客气、再见。'],
    ['forbidden', '服务忌语', '不知道;这不归我管;你去问别人;没看我正忙着吗;下班了,明天再来。'],
  ]
  for (const [i, [kind, title, body]] of scripts.entries()) {
    await payload.create({ collection: 'scripts', data: { kind: kind as 'greeting', title, body, order: i, site: care.id } })
  }
  await payload.create({
    collection: 'scripts',
    data: { kind: 'greeting', title: '接听问候语', body: '您好,香堤左岸物业客户中心,请问您有什么需要帮助吗!', order: 0, site: property.id },
  })
  const desk = await payload.find({ collection: 'staff', where: { email: { equals: 'front-desk@care.demo.local' } }, limit: 1 })
  const records = [
    { type: 'phone', visitorName: '张女士', visitorPhone: '139 8000 1111', relation: '女儿', elderName: '张桂兰', elderAge: 82, elderSituation: '行动缓慢,需要助行器,能自己吃饭', needs: '想了解双人间价格和护理等级', source: 'internet', rating: 'very-likely', ratingNote: '本周末来参观' },
    { type: 'visit', visitorName: '李先生', visitorPhone: '137 6000 2222', relation: '儿子', elderName: '李德明', elderAge: 78, elderSituation: '轻度失智,夜间需要照看', needs: '长期入住,单人间', source: 'referral', rating: 'possible', ratingNote: '与家人商量后答复' },
    { type: 'phone', visitorName: '王阿姨', visitorPhone: '135 5000 3333', relation: '本人', elderName: '王秀英', elderAge: 70, elderSituation: '身体健康,能完全自理', needs: '询问老友聚会和午餐', source: 'walk-by', rating: 'normal' },
  ] as const
  for (const r of records) {
    await payload.create({ collection: 'reception-records', data: { ...r, site: care.id, staff: desk.docs[0]?.id } as never })
  }
  void departments
  // JOB-03 the desk timetable; JOB-05 digest recipients (admin director, cc dean and general manager).
  for (const site of [care.id, property.id, office.id, club.id, gym.id]) {
    await seedRoutine(payload, site as number)
    await digestSettings(payload, site as number)
  }
  await seedDevices(payload, care.id as number)
  // Each desk seeds its own demo records on the sites where its module is enabled.
  for (const site of [care, property, office, club, gym]) {
    for (const desk of desks) if ((site.modules ?? []).some((module) => module === desk.slug)) await desk.seed?.(payload, site.id as number)
  }
}
