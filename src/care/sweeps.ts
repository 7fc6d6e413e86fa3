/**
 * Deadline sweeps of the care desk (JOB-01). Each is `(payload, now) => number of records changed`,
 * idempotent, and queries only what is due through an index. The schedules module runs them.
 */
import type { Payload } from 'payload'
import { sweepDeadline } from '../../hooks/deadlines'
import { cancelReservation } from './reservations'

const BATCH = 100

/** Run `fn` on every due record, a batch at a time, until none is left (each call changes what it handled). */
async function eachDue(
  payload: Payload,
  find: () => Promise<{ docs: { id: number | string }[] }>,
  fn: (doc: any) => Promise<boolean>,
): Promise<number> {
  let changed = 0
  for (let round = 0; round < 1000; round++) {
    const { docs } = await find()
    if (!docs.length) break
    let progressed = false
    for (const doc of docs) {
      try {
        if (await fn(doc)) {
          changed++
          progressed = true
        }
      } catch (error) {
        payload.logger.error({ err: error, msg: `care sweep: record ${doc.id} failed` })
      }
    }
    if (!progressed || docs.length < BATCH) break
  }
  return changed
}

/** CARE-08: a held reservation the family has not confirmed is cancelled on the 6th working day; its bed is freed. */
export async function cancelUnconfirmedReservations(payload: Payload, now: Date = new Date()): Promise<number> {
  return eachDue(
    payload,
    () =>
      payload.find({
        collection: 'reservations',
        where: { and: [{ status: { equals: 'held' } }, { cancelOn: { less_than_equal: now.toISOString() } }] },
        sort: 'cancelOn',
        limit: BATCH,
        depth: 0,
        overrideAccess: true,
      }),
    async (r) => {
      // One update, one transaction: the cancellation, the freed bed and the desk's message commit together.
      await cancelReservation(payload, r.id)
      return true
    },
  )
}

export { flagLateFiling } from './admission'
export { completeDueDischarges } from './discharge'
export { deliverSms } from './sms'

/** CARE-07: open outings past their expected return are flagged and the desk is told. */
export const flagOverdueOutings = (payload: Payload, now: Date = new Date()): Promise<number> => sweepDeadline(payload, 'outings', 'return', now)
