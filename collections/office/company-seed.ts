/**
 * The demo company (新华速汇): its departments and its people, in simplified Chinese. The other
 * sections' seeds find these people by their e-mail (`<login>@office.demo.local`, password demo1234).
 */
import type { Payload } from 'payload'

const PASSWORD = 'demo1234'

/** Department name → its people: [login, name, position slug or null, work phone]. */
export const companyPeople: Record<string, [login: string, name: string, position: string | null, phone: string][]> = {
  总经办: [
    ['chairman', '王建国', 'chairman', '028-6555 8001'],
    ['general-manager', '李志远', 'general-manager', '028-6555 8002'],
  ],
  行政部: [
    ['admin-director', '陈静', 'admin-director', '028-6555 8010'],
    ['front-desk', '刘晓雨', 'front-desk', '028-6555 8000'],
    ['cleaning-lead', '赵阿姨', 'cleaning-lead', '028-6555 8011'],
    ['driver', '孙师傅', 'driver', '028-6555 8012'],
  ],
  人力资源部: [
    ['hr', '周敏', 'hr', '028-6555 8020'],
    ['hr-assistant', '吴婷', null, '028-6555 8021'],
  ],
  财务部: [
    ['cashier', '郑秀梅', 'cashier', '028-6555 8030'],
  ],
  市场部: [
    ['market-head', '黄磊', 'department-head', '028-6555 8040'],
    ['market-1', '杨帆', null, '028-6555 8041'],
    ['market-2', '何琳', null, '028-6555 8042'],
  ],
  技术部: [
    ['tech-head', '马超', 'department-head', '028-6555 8050'],
    ['tech-1', '林涛', null, '028-6555 8051'],
    ['tech-2', '宋雪', null, '028-6555 8052'],
  ],
}

/** OFFICE-10: who heads each department (its `headStaff`): they sign their staff's leave slips first. */
export const departmentHeads: Record<string, string> = {
  总经办: 'general-manager',
  行政部: 'admin-director',
  人力资源部: 'hr',
  财务部: 'cashier',
  市场部: 'market-head',
  技术部: 'tech-head',
}

export const officeEmail = (login: string) => `${login}@office.demo.local`

export async function seedCompany(payload: Payload, site: number): Promise<void> {
  const { docs: positions } = await payload.find({ collection: 'positions', pagination: false, depth: 0, overrideAccess: true })
  const pos = (slug: string | null) => positions.find((p) => p.slug === slug)?.id as number | undefined
  for (const [department, people] of Object.entries(companyPeople)) {
    const d = await payload.create({ collection: 'departments', data: { name: department, site }, overrideAccess: true })
    const staff = new Map<string, number>()
    for (const [login, name, position, workPhone] of people) {
      const p = pos(position)
      const person = await payload.create({
        collection: 'staff',
        data: {
          name, email: officeEmail(login), password: PASSWORD, positions: p ? [p] : [], department: d.id, workPhone,
          mobile: `136 0000 ${workPhone.slice(-4)}`, language: 'zh', roles: ['staff'], sites: [{ site }],
        },
        overrideAccess: true,
      })
      staff.set(login, person.id as number)
    }
    // OFFICE-10: the department's head (e.g. 黄磊 of 市场部) signs its staff's leave slips first; `head` is
    // the position they hold.
    const head = departmentHeads[department]
    const position = people.find(([login]) => login === head)?.[2] ?? null
    await payload.update({ collection: 'departments', id: d.id, data: { headStaff: staff.get(head) ?? null, head: pos(position) ?? null }, overrideAccess: true })
  }
  await payload.create({
    collection: 'scripts',
    data: { kind: 'greeting', title: '接听问候语', body: '您好,新华速汇,请问有什么可以帮您?', order: 0, site },
    overrideAccess: true,
  })
}
