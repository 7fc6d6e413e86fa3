/**
 * JOB-01: the sweep registry. Deadlines are declared on their forms (`deadlines`, hooks/deadlines.ts):
 * one sweep per declaration is generated here, with its dashboard watch. A rule that is not a
 * record's deadline (a delivery queue) adds its sweep with one line below.
 */
import { collections } from '../collections'
import { deadlineSweeps } from '../hooks/deadlines'
import { deliverSms } from '../src/care/sweeps'
import { L } from '../src/lib/i18n'
import type { Sweep } from './sweep'

export const sweeps: Sweep[] = [
  ...deadlineSweeps(collections),
  { name: 'sms', rule: 'CARE-18', when: 'frequent', label: L('短信:發送發件箱中的短信', 'SMS: send the outbox'), run: ({ payload, now }) => deliverSms(payload, now), watch: { collection: 'sms', due: () => ({ status: { equals: 'queued' } }) } },
]
