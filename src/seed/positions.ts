/** CORE-02 position slugs: approval chains, gates and notices name positions by these. */
import { simplified } from '../lib/i18n'

export const positionList = [
  ['dean', '院長', 'Dean'],
  ['general-manager', '總經理', 'General manager'],
  ['chairman', '董事長', 'Chairman'],
  ['admin-director', '綜合行政部主任', 'Admin director'],
  ['admin-specialist', '行政專員', 'Admin specialist'],
  ['health-care-director', '健康照料部主任', 'Health-care director'],
  ['health-care-supervisor', '健康照料部主管', 'Health-care supervisor'],
  ['health-mgmt-supervisor', '健康管理主管', 'Health-management supervisor'],
  ['life-care-supervisor', '生活照料主管', 'Life-care supervisor'],
  ['storekeeper', '庫管人員', 'Storekeeper'],
  ['property-staff', '物業人員', 'Property staff'],
  ['catering-supervisor', '餐飲主管', 'Catering supervisor'],
  ['cleaning-lead', '保潔組長', 'Cleaning lead'],
  ['front-desk', '前臺', 'Front desk'],
  ['hr', '人力資源部', 'Human resources'],
  ['recreation-specialist', '文娛專員', 'Recreation specialist'],
  ['driver', '司機', 'Driver'],
  ['engineer', '工程部 / 弱電工程師', 'Engineering'],
  ['office-director', '管理處主任', 'Management office director'],
  ['cs-supervisor', '客服主管', 'Customer-service supervisor'],
  ['cs-assistant', '客服助理', 'Customer-service assistant'],
  ['archive-keeper', '檔案管理員', 'Archive keeper'],
  ['sales', '售樓 / 營銷', 'Sales'],
  ['department-head', '部門主管', 'Department head'],
  ['cashier', '財務出納', 'Cashier'],
  ['store-manager', '店長', 'Store manager'],
  ['beautician', '美容師', 'Beautician'],
  ['coach', '教練', 'Coach'],
  ['member-consultant', '會籍顧問', 'Member consultant'],
] as const satisfies readonly (readonly [slug: string, zhTW: string, en: string])[]

/**
 * A position named in code (approval chains, gates, notifications, holders): a wrong slug does not
 * compile. Sites may add positions as data at run time; code that passes such a slug on (read from
 * the database or a request) says so with the recipient `{ position: slug }` (hooks/form/types.ts).
 */
export type PositionSlug = (typeof positionList)[number][0]

/** The seeded position slugs, for checks at run time. */
export const positionSlugs: readonly PositionSlug[] = positionList.map(([slug]) => slug)

/** Create the positions that are missing; never touch ones an admin has edited. */
export async function ensurePositions(payload: import('payload').Payload): Promise<Map<string, number>> {
  const existing = await payload.find({ collection: 'positions', limit: 1000, depth: 0, pagination: false })
  const ids = new Map<string, number>(existing.docs.map((p) => [p.slug as string, p.id as number]))
  for (const [slug, zhTW, en] of positionList) {
    if (ids.has(slug)) continue
    const doc = await payload.create({ collection: 'positions', data: { slug, name: simplified(zhTW), nameTW: zhTW, nameEn: en } })
    ids.set(slug, doc.id as number)
  }
  return ids
}
