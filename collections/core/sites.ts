/** CORE-01: a facility. Every operational record belongs to one; staff see only theirs. */
import type { CollectionConfig } from 'payload'
import { adminsOnly, signedIn } from '../../hooks/access'
import { group, money, phone, select, text, textarea, validateWith } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { groups } from './labels'

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const hhmm = (name: string, label: ReturnType<typeof L>, defaultValue: string) =>
  text(name, label, {
    required: true,
    defaultValue,
    maxLength: 5,
    validate: validateWith((v) => HHMM.test(String(v)), L('時間格式為 HH:mm,例如 08:30', 'Use HH:mm, e.g. 08:30')),
  } as never)

export const siteTypes = {
  'care-home': L('養老院', 'Care home'),
  property: L('物業服務中心', 'Property service centre'),
  office: L('公司前臺', 'Company reception'),
  club: L('會所(美容/健身)', 'Member club (salon/gym)'),
}

export const modules = {
  care: L('頤養家苑', 'Care home'),
  property: L('物業客服', 'Property customer service'),
  office: L('行政前臺', 'Office reception'),
  member: L('會員服務', 'Members'),
}

export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: L('站點', 'Site'), plural: L('站點', 'Sites') },
  admin: { group: groups.core, useAsTitle: 'name', defaultColumns: ['name', 'type', 'deskPhone'] },
  access: { read: signedIn, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    text('name', L('名稱', 'Name'), { required: true, unique: true }),
    text('code', L('代碼', 'Code'), { required: true, unique: true, maxLength: 32 }),
    select('type', L('類型', 'Type'), siteTypes, { required: true, defaultValue: 'care-home' }),
    select('modules', L('啟用模塊', 'Enabled modules'), modules, { hasMany: true }),
    textarea('address', L('地址', 'Address'), { maxLength: 500 }),
    text('timeZone', L('時區', 'Time zone'), { required: true, defaultValue: 'Asia/Shanghai', maxLength: 64 }),
    {
      type: 'row',
      fields: [hhmm('opensAt', L('上班時間', 'Business hours from'), '08:30'), hhmm('closesAt', L('下班時間', 'Business hours to'), '17:30')],
    },
    phone('deskPhone', L('前臺電話', 'Desk line')),
    phone('dutyMobile', L('值班手機', 'Duty mobile')),
    // CARE-16: what a gathering's meal package costs per person at this site (its 點菜單 is charged by it).
    group('mealPrices', L('老友聚會套餐單價(元/人)', "Gathering meal packages (元 per person)"), [
      {
        type: 'row',
        fields: [money('packageA', L('A 套餐', 'Package A'), { min: 0 }), money('packageB', L('B 套餐', 'Package B'), { min: 0 })],
      },
    ]),
  ],
}
