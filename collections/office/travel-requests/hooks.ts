/**
 * OFFICE-03 travel requests: the leader's preferences come from their profile (asked once, then
 * never again); booking sends the itinerary as a short text to the leader's mobile through the SMS
 * outbox (the care desk's adapter: queued until a gateway takes it); the cashier confirms the
 * advance or the reimbursement.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '../../../src/lib/errors'
import { L, pick } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { isServerCall } from '../../../hooks/access'
import { siteInfo } from '../../../src/lib/site'
import { shortDateTime } from '../../../src/lib/format'
import type { LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'
import { staffOnSite } from '../affairs-shared'
import { checkIns, planeZones, preferenceLabels, preferenceNames, seatSides, trainSeats, type PreferenceName } from '../travel-preferences'

/** Which preferences a kind of booking needs. */
export const neededFor: Record<string, PreferenceName[]> = {
  train: ['trainSeat', 'seatSide'],
  flight: ['seatSide', 'planeZone', 'checkIn'],
  hotel: ['hotel'],
}

const filled = (v: unknown) => v !== undefined && v !== null && v !== ''

/** Fields a person may still change once the trip is booked (how it is paid); nothing once settled or cancelled. */
const afterBooking = new Set(['funding', 'amount', 'note'])

/**
 * Before a request is saved: the leader must be staff of the site; each preference comes from the
 * leader's stored profile; one the profile lacks is taken from the request and saved to the profile
 * (in the same transaction); one needed for this kind of booking and known nowhere refuses the request.
 */
export const travelBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const status = originalDoc?.status ?? 'requested'
  if (operation === 'update' && !isServerCall(req)) {
    const changed = Object.keys(data).filter((k) => !['id', 'createdAt', 'updatedAt', 'site'].includes(k) && JSON.stringify(data[k] ?? null) !== JSON.stringify(originalDoc?.[k] ?? null))
    const allowed = status === 'requested' ? null : status === 'booked' ? afterBooking : new Set<string>()
    const refused = allowed ? changed.filter((k) => !allowed.has(k)) : []
    if (refused.length) {
      refuse(req, L('行程目前為「{state}」,不能再修改;如需改簽請取消後重新申請', 'The trip is now "{state}" and cannot be changed; cancel it and request again'), {
        state: pick(travelLifecycle.states[status]?.label ?? L('處理', 'processed'), req.i18n?.language ?? 'zh'),
      }, 409)
    }
    if (status !== 'requested') return data
  }
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  const leader = await staffOnSite(req, o.leader, site, L('出行領導不存在', 'No such leader'))
  if (o.returnAt && o.departAt && new Date(o.returnAt) < new Date(o.departAt)) refuse(req, L('返回/離店時間不能早於出發/入住時間', 'The return cannot be before the departure'))
  const server = asServer(req)
  const { docs } = await req.payload.find({
    collection: 'travel-preferences',
    where: { and: [{ site: { equals: site } }, { staff: { equals: leader.id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: server,
  })
  const profile = docs[0] as unknown as Record<string, unknown> | undefined
  const given = (o.preferences ?? {}) as Record<string, unknown>
  const preferences: Record<string, unknown> = {}
  const toSave: Record<string, unknown> = {}
  for (const name of preferenceNames) {
    if (filled(profile?.[name])) preferences[name] = profile![name]
    else if (filled(given[name])) preferences[name] = toSave[name] = given[name]
    else preferences[name] = null
  }
  const lang = req.i18n?.language ?? (req.user as { language?: string } | null)?.language ?? 'zh'
  const missing = (neededFor[String(o.kind)] ?? []).filter((n) => !filled(preferences[n]))
  if (missing.length) {
    refuse(req, L('{name}的出行偏好還沒有登記,請問一次並填寫:{fields}(保存後存入領導檔案,以後自動帶出,不再詢問)', "{name}'s travel preferences are not on file yet; ask once and fill in: {fields} (they are saved to the profile and filled in from then on)"), {
      name: leader.name,
      fields: missing.map((n) => pick(preferenceLabels[n], lang)).join('、'),
    })
  }
  if (Object.keys(toSave).length) {
    if (profile) await req.payload.update({ collection: 'travel-preferences', id: profile.id as number, data: toSave, overrideAccess: true, depth: 0, req: server })
    else await req.payload.create({ collection: 'travel-preferences', data: { ...toSave, staff: leader.id, site }, overrideAccess: true, depth: 0, req: server })
  }
  Object.assign(data, { preferences, leaderName: leader.name, preferencesFrom: Object.keys(toSave).length ? 'saved' : 'profile' })
  return data
}

const option = (options: Record<string, ReturnType<typeof L>>, value: unknown) => (value && options[String(value)] ? options[String(value)].zh : '')

/** The itinerary as the leader reads it on the phone (Simplified Chinese, one short text). */
export async function itineraryText(req: PayloadRequest, doc: Record<string, any>): Promise<string> {
  const { timeZone } = await siteInfo(req.payload, siteOf(doc), req)
  const p = (doc.preferences ?? {}) as Record<string, unknown>
  const at = (v: unknown) => (v ? shortDateTime(String(v), timeZone) : '')
  const route = [doc.origin, doc.destination].filter(Boolean).join('→')
  const seat = doc.seat ? `座位${doc.seat}` : ''
  const who = doc.headCount > 1 ? `,共${doc.headCount}人${doc.travellers ? `(${String(doc.travellers).replace(/\s+/g, ' ')})` : ''}` : ''
  let body: string
  if (doc.kind === 'train') {
    body = `${at(doc.departAt)} ${doc.bookingRef}次 ${route},${[option(trainSeats, p.trainSeat), option(seatSides, p.seatSide), seat].filter(Boolean).join(' ')}`
  } else if (doc.kind === 'flight') {
    const checkIn = p.checkIn === 'desk' ? '前台已代办值机' : p.checkIn === 'self' ? '请自行值机' : ''
    body = `${at(doc.departAt)} 航班${doc.bookingRef} ${route},${[seat, [option(seatSides, p.seatSide), option(planeZones, p.planeZone)].filter(Boolean).join('、')].filter(Boolean).join(' ')}${checkIn ? `,${checkIn}` : ''}`
  } else {
    body = `${doc.bookingRef}${doc.destination ? `(${doc.destination})` : ''},${at(doc.departAt)}入住${doc.returnAt ? `,${at(doc.returnAt)}离店` : ''}${seat ? `,${doc.seat}` : ''}`
  }
  const back = doc.kind !== 'hotel' && doc.returnAt ? `;返程${at(doc.returnAt)}` : ''
  const text = `${doc.leaderName}您好,已为您订好:${body}${back}${who}。${doc.note ? `备注:${String(doc.note).slice(0, 80)}。` : ''}前台`
  return text.slice(0, 500)
}

/** Booking: the itinerary is queued as a text to the leader's mobile (the SMS outbox; sent when a gateway is configured). */
async function sendItinerary({ req, doc }: TransitionArgs) {
  const leader = await staffOnSite(req, doc.leader, doc.site, L('出行領導不存在', 'No such leader'))
  const text = await itineraryText(req, doc)
  const sms = await req.payload.create({
    collection: 'sms',
    data: { site: siteOf(doc)!, to: String(leader.mobile), text, kind: 'itinerary', status: 'queued' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await req.payload.update({ collection: 'travel-requests', id: doc.id, data: { itinerary: text, sms: sms.id }, overrideAccess: true, depth: 0, req, context: { lifecycleTransition: { from: 'booked', to: 'booked' } } })
}

export const fundings = {
  advance: L('向財務請款(預支)', 'Advance from finance'),
  reimburse: L('先墊付,事後報銷', 'Paid first, reimbursed afterwards'),
}

/** OFFICE-03: requested → booked (the itinerary text goes out) → settled by the cashier; cancelled before that. */
export const travelLifecycle: LifecycleSpec = {
  states: {
    requested: { label: L('待訂票', 'To book'), color: '#d97706' },
    booked: { label: L('已訂票', 'Booked'), color: '#2563eb' },
    settled: { label: L('財務已確認', 'Settled with finance'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'requested',
      to: 'booked',
      label: L('已訂好,發送行程短信', 'Booked: text the itinerary'),
      by: ['front-desk', 'admin-director'],
      tone: 'primary',
      guard: async ({ req, doc }) => {
        if (!doc.bookingRef || !doc.departAt) refuse(req, L('請先填寫車次/航班號/酒店和出發(入住)時間', 'Fill in the train, flight or hotel and the departure (check-in) time first'), {}, 409)
        const leader = await staffOnSite(req, doc.leader, doc.site, L('出行領導不存在', 'No such leader'))
        if (!leader.mobile) refuse(req, L('{name}沒有登記手機號,無法發送行程短信;請先在員工資料中填寫手機', '{name} has no mobile number on file, so the itinerary cannot be texted; add it to the staff record first'), { name: leader.name }, 409)
      },
      set: () => ({ bookedAt: new Date().toISOString() }),
      effects: [sendItinerary],
    },
    {
      from: 'booked',
      to: 'settled',
      label: L('財務確認(預支/報銷)', 'Finance confirms (advance or reimbursement)'),
      by: 'cashier',
      tone: 'primary',
      guard: ({ req, doc }) => {
        if (!doc.funding) refuse(req, L('請先選擇費用方式(預支或報銷)', 'Choose how it is paid (advance or reimbursement) first'), {}, 409)
        if (doc.amount == null) refuse(req, L('請先填寫費用金額', 'Fill in the amount first'), {}, 409)
      },
      set: ({ user }) => ({ settledAt: new Date().toISOString(), settledBy: idOf(user?.id) ?? null }),
    },
    { from: ['requested', 'booked'], to: 'cancelled', label: L('取消', 'Cancel'), by: ['front-desk', 'admin-director', 'author'], note: 'required' },
  ],
}
