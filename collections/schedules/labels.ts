import type { TextField } from 'payload'
import { text, validateWith } from '../../src/lib/fields'
import { L, type Label } from '../../src/lib/i18n'

/** Admin navigation group of the schedules module. */
export const schedulesGroup = L('排程與值班', 'Schedules & routines')

export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

/** A wall-clock time of day, 'HH:mm'. */
export const timeOfDay = (name: string, label: Label, o: Partial<TextField> = {}): TextField =>
  text(name, label, {
    required: true,
    maxLength: 5,
    validate: validateWith((v) => HHMM.test(String(v)), L('時間格式為 HH:mm,例如 08:30', 'Use HH:mm, e.g. 08:30')),
    ...o,
  } as never)
