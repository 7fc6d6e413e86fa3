import { L } from '../../src/lib/i18n'

/** Admin navigation group of the schedules module. */
export const schedulesGroup = L('排程與值班', 'Schedules & routines')

export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
