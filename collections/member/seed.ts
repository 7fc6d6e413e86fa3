/**
 * Demo data of the member desk (simplified Chinese), for a site with the `member` module: a salon
 * (美容美发) or a gym (健身, when the site's code or name says so) — its desk people, tiers with their
 * gifts, reasons for not closing, members with birthdays this week, appointments and targets today and
 * tomorrow, a few consultations, the class timetable or service list, and the site's scripts.
 */
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { localDay, shiftDay, SiteCalendar } from '../../src/lib/calendar'

const PASSWORD = 'demo1234'

const forbidden = '嘿!喂,找谁?\n老头儿!\n打错啦!\n不知道!\n问别人去!\n你有完没完!\n管不着!\n越忙越添乱,真烦人!\n有意见找经理去!\n我解决不了,你愿意找谁找谁去!\n没看见我正忙着呢,着什么急啊!'
const sixEight =
  '六声:客人来时有欢迎声,尊重客人有称呼声,体贴客人有问候声,客人表扬有致谢声,不足之处有道歉声,客人离开有道别声。\n' +
  '八句:迎接客人时说“你好”;客人提出要求时说“明白了”;不能立即办到时说“请您稍等一下”;让客人等候时间较长时说“让您久等了”;打扰客人时说“实在抱歉”;客人表扬时说“谢谢您”;客人离开时说“欢迎下次光临”。'

export async function seedMember(payload: Payload, site: number): Promise<void> {
  const s = (await payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true })) as { name: string; code?: string; timeZone?: string }
  const gym = /gym|健身/.test(`${s.code ?? ''}${s.name}`)
  const domain = gym ? 'gym.demo.local' : 'salon.demo.local'
  const tz = s.timeZone || 'Asia/Shanghai'
  const cal = new SiteCalendar(payload, site, tz)
  const today = localDay(new Date(), tz)
  const at = (day: string, hhmm: string) => cal.at(day, hhmm).toISOString()
  const create = <S extends CollectionSlug>(collection: S, data: Omit<RequiredDataFromCollectionSlug<S>, 'site'>) =>
    payload.create({ collection, data: { ...data, site } as RequiredDataFromCollectionSlug<S>, overrideAccess: true, depth: 0 }) as Promise<{ id: number }>

  // The desk people.
  const { docs: positions } = await payload.find({ collection: 'positions', pagination: false, depth: 0, overrideAccess: true })
  const pos = (slug: string) => positions.find((p) => p.slug === slug)?.id as number
  const people: [string, string, string][] = gym
    ? [['store-manager', '周店长', 'store-manager'], ['front-desk', '李前台', 'front-desk'], ['coach', '王教练', 'coach'], ['coach', '陈教练', 'coach-2'], ['member-consultant', '赵顾问', 'member-consultant']]
    : [['store-manager', '刘店长', 'store-manager'], ['front-desk', '张前台', 'front-desk'], ['beautician', '孙美容师', 'beautician'], ['beautician', '吴美容师', 'beautician-2'], ['member-consultant', '郑顾问', 'member-consultant']]
  const staff: Record<string, number> = {}
  for (const [slug, name, login] of people) {
    const p = await payload.create({
      collection: 'staff',
      data: { name, email: `${login}@${domain}`, password: PASSWORD, positions: [pos(slug)].filter(Boolean), language: 'zh', roles: ['staff'], sites: [{ site }] },
      overrideAccess: true,
    })
    staff[login] = p.id as number
  }
  const workers = gym ? [staff.coach, staff['coach-2']] : [staff.beautician, staff['beautician-2']]

  // Settings, tiers and the reasons a consultation did not close.
  await create('member-settings', { tierMonths: 12, contractWarnDays: 30, reportTo: [pos('store-manager')], reportCc: [pos('general-manager')].filter(Boolean) })
  // name, the spending from which it applies, the birthday gift, the perks
  const tierRows: [string, number, string, string][] = gym
    ? [['普通会员', 0, '运动毛巾一条', '免费体测一次'], ['银卡会员', 3000, '蛋白粉一罐', '私教课九折'], ['金卡会员', 8000, '私教体验课一节', '私教课八五折,免费储物柜'], ['钻石会员', 20000, '定制运动礼包', '私教课八折,专属教练,免费停车']]
    : [['普卡', 0, '护手霜一支', '生日当月护理九五折'], ['银卡', 3000, '面膜礼盒', '全年护理九折'], ['金卡', 8000, '精油护理一次', '全年护理八五折,免费修眉'], ['钻石卡', 20000, '定制护肤礼盒', '全年护理八折,专属美容师']]
  const tiers: number[] = []
  for (const [i, [name, minSpend, birthdayGift, perks]] of tierRows.entries()) tiers.push((await create('member-tiers', { name, minSpend, birthdayGift, perks, order: i })).id)
  const reasons: number[] = []
  for (const [i, name] of ['价格超出预算', '需要和家人商量', '时间不合适', '对效果有顾虑', '已在别家办卡', '其他'].entries()) reasons.push((await create('lost-reasons', { name, order: i })).id)

  // Members: one birthday today, two more this week.
  const birth = (year: number, inDays: number) => `${year}${shiftDay(today, inDays).slice(4)}`
  // name, phone, gender, birthday, package, sessions left, the contract ends in … days
  const memberRows: [string, string, 'female' | 'male', string, string, number | null, number | null][] = gym
    ? [['林晓峰', '139 1000 0001', 'male', birth(1990, 0), '私教课 20 节', 12, 20], ['何佳怡', '139 1000 0002', 'female', birth(1995, 2), '年卡', null, 25], ['马俊', '139 1000 0003', 'male', birth(1988, 5), '次卡 30 次', 3, 200], ['郭思雨', '139 1000 0004', 'female', '1992-11-20', '年卡', null, 300], ['Tom Brown', '139 1000 0005', 'male', '1985-03-02', '月卡', null, 10]]
    : [['陈丽华', '138 2000 0001', 'female', birth(1978, 0), '面部护理 10 次', 4, 120], ['黄雅琴', '138 2000 0002', 'female', birth(1985, 3), '身体护理 12 次', 6, 90], ['杨芳', '138 2000 0003', 'female', birth(1990, 6), '美发年卡', null, 20], ['许婷', '138 2000 0004', 'female', '1993-08-16', '面部护理 10 次', 9, 200], ['罗美玲', '138 2000 0005', 'female', '1980-01-25', '', null, null]]
  const members: number[] = []
  for (const [i, [name, phone, gender, birthday, packageName, sessionsLeft, contractIn]] of memberRows.entries()) {
    const m = await create('members', {
      name, phone, gender, birthday, packageName: packageName || undefined, sessionsLeft: sessionsLeft ?? undefined,
      contractEnds: contractIn != null ? shiftDay(today, contractIn) : undefined,
      responsibleStaff: workers[i % 2], language: name === 'Tom Brown' ? 'en' : 'zh',
      notes: i === 0 ? (gym ? '膝盖旧伤,避免深蹲大重量' : '皮肤敏感,不用含酒精产品') : undefined,
    })
    members.push(m.id)
  }
  // Deals that set the tiers (spending over the last 12 months).
  const deals: [number, string, number][] = gym
    ? [[0, '私教课 20 节', 8800], [1, '年卡续费', 3600], [2, '次卡 30 次', 1500], [3, '年卡 + 私教 30 节', 21000]]
    : [[0, '面部护理 10 次', 9800], [1, '身体护理 12 次', 4200], [2, '美发年卡', 2600], [3, '抗衰疗程', 22000]]
  for (const [i, item, amount] of deals) {
    await create('consultations', { at: at(shiftDay(today, -20 - i), '15:00'), member: members[i], staff: workers[i % 2], item, outcome: 'closed', amount })
  }

  // The morning meeting's targets and the appointments of today and tomorrow.
  for (const [d, n] of [[today, 0], [shiftDay(today, 1), 1]] as const) {
    for (const [j, w] of workers.entries()) await create('daily-targets', { day: d, staff: w, target: 4 + j + n, note: j === 0 ? '重点跟进生日会员,准备生日礼物' : undefined })
  }
  const services = gym ? ['私教课', '体测', '私教课', '瑜伽体验课'] : ['面部护理', '身体护理', '剪发造型', '美甲']
  const times = ['10:00', '11:30', '14:00', '16:00']
  for (const [i, time] of times.entries()) {
    await create('appointments', { member: members[i % members.length], staff: workers[i % 2], startAt: at(today, time), service: services[i] })
    await create('appointments', { member: members[(i + 2) % members.length], staff: workers[(i + 1) % 2], startAt: at(shiftDay(today, 1), time), service: services[(i + 1) % 4] })
  }

  // MEMBER-05 the timetable (gym) or the service list (salon), printable as a handout.
  await create('timetables', gym
    ? {
        title: '团体课课程表', kind: 'classes', language: 'zh', intro: '会员凭卡免费参加团体课,请提前 10 分钟到场。', contact: '前台 028-6777 9000',
        entries: [
          { weekday: 'mon', startTime: '19:00', endTime: '20:00', name: '动感单车', teacher: '王教练', room: '单车房' },
          { weekday: 'tue', startTime: '18:30', endTime: '19:30', name: '流瑜伽', teacher: '陈教练', room: '瑜伽室' },
          { weekday: 'wed', startTime: '19:00', endTime: '20:30', name: '跆拳道', teacher: '王教练', room: '综合训练区', description: '初学者可参加,提供护具' },
          { weekday: 'sat', startTime: '10:00', endTime: '11:00', name: '普拉提', teacher: '陈教练', room: '瑜伽室' },
        ],
      }
    : {
        title: '服务项目介绍', kind: 'services', language: 'zh', intro: '所有项目均需提前预约。', contact: '前台 028-6888 5000',
        entries: [
          { weekday: 'daily', name: '深层清洁面部护理', price: '298 元/次', description: '约 60 分钟' },
          { weekday: 'daily', name: '肩颈舒缓身体护理', price: '368 元/次', description: '约 75 分钟' },
          { weekday: 'daily', name: '剪发造型', price: '128 元起' },
        ],
      })
  if (gym) {
    await create('timetables', {
      title: 'Group class timetable', kind: 'classes', language: 'en', intro: 'Group classes are free for members. Please arrive 10 minutes early.', contact: 'Front desk 028-6777 9000',
      entries: [
        { weekday: 'mon', startTime: '19:00', endTime: '20:00', name: 'Spinning', teacher: 'Coach Wang' },
        { weekday: 'wed', startTime: '19:00', endTime: '20:30', name: 'Taekwondo', teacher: 'Coach Wang', description: 'Beginners welcome; gear provided' },
      ],
    })
  }

  // CORE-06 / MEMBER-06 the site's scripts (each person is asked to acknowledge them).
  const name = gym ? '葩特娜健身会馆' : s.name
  await create('scripts', { kind: 'greeting', title: '接听问候语', body: `您好,${name},很高兴为您服务,请问有什么可以帮您?`, order: 0 })
  await create('scripts', { kind: 'six-eight', title: '六声八句', body: sixEight, order: 1 })
  await create('scripts', { kind: 'forbidden', title: '服务忌语', body: forbidden, order: 2 })
  void reasons
}
