/**
 * OFFICE-01 登記 from the call pop-up: a new phone-log entry filled from the phone's call — its time,
 * the number, the caller and company as the desk knows them (the phone's caller name; else, and for the
 * company always, the latest entry of the same number at the site), the call linked, taken by the
 * person who clicked. Declared as the reception's `devices.callLog` (collections/desk.ts).
 */
import type { Payload } from 'payload'
import type { LoggedCall } from '../../desk'
import { phoneTail, samePhone } from '../../../src/lib/phoneNumbers'

type Entry = { callerName?: string | null; company?: string | null; phone?: string | null }

/** The latest phone-log entry of this number at the site (numbers compared however they were written). */
async function lastEntryOf(payload: Payload, site: number, number: string | null | undefined): Promise<Entry | undefined> {
  if (!number || phoneTail(number).length < 3) return undefined
  const { docs } = await payload.find({
    collection: 'phone-log',
    where: { and: [{ site: { equals: site } }, { phone: { contains: phoneTail(number) } }] },
    sort: '-receivedAt',
    limit: 20,
    depth: 0,
    select: { callerName: true, company: true, phone: true },
    overrideAccess: true,
  })
  return (docs as unknown as Entry[]).find((e) => samePhone(e.phone, number) && (e.callerName || e.company))
}

export async function phoneLogFromCall(payload: Payload, call: LoggedCall, staff: { id: number }): Promise<Record<string, string | number>> {
  const before = await lastEntryOf(payload, call.site, call.callerNumber)
  const values: Record<string, string | number | null | undefined> = {
    site: call.site,
    call: call.id,
    receivedAt: call.startedAt,
    outcome: call.status === 'missed' ? 'missed' : 'answered',
    takenBy: staff.id,
    phone: call.callerNumber,
    callerName: (call.callerName || before?.callerName)?.slice(0, 50),
    company: before?.company,
  }
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string | number] => e[1] != null && e[1] !== ''))
}
