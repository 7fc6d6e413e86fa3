/**
 * The elder's file fills itself (issue 11 item 3):
 * - the exact birth date may be unknown: a birth year or an age gives an approximate one (1 July of
 *   that year in the site's calendar), flagged `birthDateApproximate`; an exact date clears the flag;
 * - `pickerLabel` (name · age · bed), kept by the server, is what pickers show, so that two elders of
 *   the same name can be told apart.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { recordAudits, updateEntries } from '../../../hooks/audit'
import { writeMany } from '../../../hooks/lifecycle/batch'
import type { LifecycleDoc } from '../../../hooks/lifecycle/types'
import { localDay, tryDay } from '../../../src/lib/calendar'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { siteInfo } from '../../../src/lib/site'

const blank = (v: unknown) => v === undefined || v === null || v === ''

/** The year the elder was born, from a birth year or an age in the site's current year; undefined when neither is given. */
export const approximateYear = (birthYear: unknown, age: unknown, today: string): number | undefined => {
  if (!blank(birthYear) && Number.isInteger(Number(birthYear))) return Number(birthYear)
  if (!blank(age) && Number.isInteger(Number(age))) return Number(today.slice(0, 4)) - Number(age)
  return undefined
}

/** Age in whole years on `today` ('yyyy-MM-dd') of a person born on `born` ('yyyy-MM-dd'). */
export const ageOn = (born: string, today: string): number => {
  const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4))
  return today.slice(5) < born.slice(5) ? years - 1 : years
}

export const approximateBirthDate: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const year = blank(data.birthYear) && blank(data.age) ? undefined : data
  const sameDate = (a: unknown, b: unknown) => !blank(a) && !blank(b) && new Date(a as string).getTime() === new Date(b as string).getTime()
  // A date given now (not the stored one sent back): exact.
  if (!blank(data.birthDate) && !(operation === 'update' && sameDate(data.birthDate, originalDoc?.birthDate))) {
    // An exact date given: it wins over a year or an age.
    data.birthDateApproximate = false
    return data
  }
  if (!year) return data
  const { timeZone } = await siteInfo(req.payload, siteOf(data) ?? siteOf(originalDoc), req)
  const today = localDay(new Date(), timeZone)
  const born = approximateYear(data.birthYear, data.age, today)
  // Not a whole number: validation of the number field answers (it runs after this hook).
  if (born === undefined) return data
  if (born < 1880 || born > Number(today.slice(0, 4))) {
    refuse(req, L('出生年份或年齡不合理', 'The birth year or age is not plausible'))
  }
  data.birthDate = `${born}-07-01`
  data.birthDateApproximate = true
  return data
}

const agePart = (e: Record<string, unknown>, born: string, timeZone: string) => `${e.birthDateApproximate ? '约' : ''}${ageOn(born, localDay(new Date(), timeZone))}岁`

/** The label pickers show: 张桂兰 · 82岁 · 201-1 (约82岁 when the birth date is approximate). */
export const elderPickerLabel: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const e = { ...originalDoc, ...data } as Record<string, unknown>
  const parts = [String(e.name ?? '')]
  const born = tryDay(e.birthDate, undefined, 'day')
  if (born) {
    const { timeZone } = await siteInfo(req.payload, siteOf(e), req)
    parts.push(agePart(e, born, timeZone))
  }
  let bed = idOf(e.bed)
  if (!bed && originalDoc?.id) {
    // Not living in the home yet: the bed its reservation is for (refreshed by the reservation's refreshElderLabel).
    const active = await req.payload.find({
      collection: 'reservations',
      where: { and: [{ elder: { equals: originalDoc.id } }, { status: { in: ['pending', 'held', 'confirmed'] } }] },
      sort: '-id', limit: 1, depth: 0, overrideAccess: true, req, select: { bed: true },
    })
    bed = idOf(active.docs[0]?.bed)
  }
  if (bed) {
    const doc = await req.payload.findByID({ collection: 'beds', id: bed, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (doc?.code) parts.push(String(doc.code))
  }
  data.pickerLabel = parts.filter(Boolean).join(' · ').slice(0, 200)
  return data
}

/**
 * The picker labels (`elderPickerLabel`) of many elders, as stored or about to be written: their active
 * reservations (for those without a bed), the beds' codes and the sites' zones read once each.
 */
async function pickerLabels(req: PayloadRequest, elders: Record<string, unknown>[]): Promise<string[]> {
  const { payload } = req
  const all = { pagination: false as const, limit: 0, req }
  const living = elders.filter((e) => !idOf(e.bed)).map((e) => e.id as number)
  const active = living.length
    ? ((await payload.db.find({ collection: 'reservations', where: { and: [{ elder: { in: living } }, { status: { in: ['pending', 'held', 'confirmed'] } }] }, sort: '-id', select: { elder: true, bed: true }, ...all })).docs as Record<string, unknown>[])
    : []
  const reserved = new Map<number, number>()
  for (const r of active) if (!reserved.has(idOf(r.elder) as number) && idOf(r.bed)) reserved.set(idOf(r.elder) as number, idOf(r.bed) as number)
  const bedOf = (e: Record<string, unknown>) => (idOf(e.bed) as number | undefined) ?? reserved.get(e.id as number)
  const bedIds = [...new Set(elders.map(bedOf).filter((b): b is number => b != null))]
  const codes = new Map(
    bedIds.length ? ((await payload.db.find({ collection: 'beds', where: { id: { in: bedIds } }, select: { code: true }, ...all })).docs as Record<string, unknown>[]).map((b) => [b.id as number, b.code as string | undefined]) : [],
  )
  const zones = new Map<number, string>()
  const labels: string[] = []
  for (const e of elders) {
    const parts = [String(e.name ?? '')]
    const born = tryDay(e.birthDate, undefined, 'day')
    if (born) {
      const site = siteOf(e) as number
      if (!zones.has(site)) zones.set(site, (await siteInfo(payload, site, req)).timeZone)
      parts.push(agePart(e, born, zones.get(site)!))
    }
    const bed = bedOf(e)
    const code = bed != null ? codes.get(bed) : undefined
    if (code) parts.push(String(code))
    labels.push(parts.filter(Boolean).join(' · ').slice(0, 200))
  }
  return labels
}

/** `writes[i]` written over `elders[i]` (as stored) with their picker labels, in one UPDATE, and their audit rows in one INSERT. */
async function writeElders(req: PayloadRequest, elders: Record<string, unknown>[], writes: Record<string, unknown>[]) {
  const labels = await pickerLabels(req, elders.map((e, i) => ({ ...e, ...writes[i] })))
  const all = writes.map((w, i) => ({ ...w, pickerLabel: labels[i] }))
  const changed = elders.flatMap((e, i) => (Object.entries(all[i]).some(([k, v]) => (e[k] ?? null) !== (v ?? null)) ? [i] : []))
  if (!changed.length) return
  const previous = changed.map((i) => elders[i] as LifecycleDoc)
  const written = await writeMany(req, 'elders', previous, changed.map((i) => all[i]))
  if (!written) throw new Error('elders: the batch could not be written set-wise')
  await recordAudits(req, updateEntries('elders', written.map((doc, n) => ({ previous: previous[n], doc }))))
}

/**
 * The batch form of refreshing the picker label (`elderPickerLabel`) of many elders at once (a sweep
 * cancelling 100 reservations): the changed labels written in one UPDATE and their audit rows in one INSERT.
 */
export async function refreshPickerLabels(req: PayloadRequest, elderIds: number[]) {
  const ids = [...new Set(elderIds)]
  if (!ids.length) return
  const elders = (await req.payload.db.find({ collection: 'elders', where: { id: { in: ids } }, pagination: false, limit: 0, req })).docs as Record<string, unknown>[]
  await writeElders(req, elders, elders.map(() => ({})))
}

/**
 * CARE-15, the batch form of a discharge's effect on its elder (`updateElder` of each: discharged, off
 * the bed, with the moment): the elders and their new picker labels in one UPDATE, their audit rows in
 * one INSERT, in `req`'s transaction. The elder's own hooks do nothing else for it (no birth date is
 * written). Returns the elders as they were (their beds, to be freed).
 */
export async function dischargeElders(req: PayloadRequest, leaving: { elder: number; dischargedAt: unknown }[]): Promise<Record<string, unknown>[]> {
  const ids = leaving.map((l) => l.elder)
  if (!ids.length) return []
  const { docs } = await req.payload.db.find({ collection: 'elders', where: { id: { in: ids } }, pagination: false, limit: 0, req })
  const byId = new Map((docs as Record<string, unknown>[]).map((e) => [Number(e.id), e]))
  const elders = ids.map((id) => byId.get(id)!)
  await writeElders(req, elders, leaving.map((l) => ({ status: 'discharged', bed: null, dischargedAt: l.dischargedAt ?? null })))
  return elders
}
