/**
 * Tests run the care desk's deadlines by name (JOB-01). Each is declared on its form (`deadlines`) and run by
 * the one engine (hooks/deadlines.ts); these run one of them now and return how many records it acted on.
 */
import type { Payload } from 'payload'
import { sweepDeadline } from '../../hooks/deadlines'

/** CARE-08: a held reservation the family has not confirmed is cancelled on the 6th working day; its bed is freed. */
export const cancelUnconfirmedReservations = (payload: Payload, now: Date = new Date()): Promise<number> => sweepDeadline(payload, 'reservations', 'hold', now)

/** CARE-07: open outings past their expected return are flagged and the desk is told. */
export const flagOverdueOutings = (payload: Payload, now: Date = new Date()): Promise<number> => sweepDeadline(payload, 'outings', 'return', now)

/** CARE-11: admissions whose filing is not complete by the end of the admission day are flagged. */
export const flagLateFiling = (payload: Payload, now: Date = new Date()): Promise<number> => sweepDeadline(payload, 'admissions', 'filing', now)

/** CARE-15: approved discharges whose day has come (in the site's time zone) are completed. */
export const completeDueDischarges = (payload: Payload, now: Date = new Date()): Promise<number> => sweepDeadline(payload, 'discharges', 'leave', now)

export { deliverSms } from '../../collections/care/sms/hooks'
