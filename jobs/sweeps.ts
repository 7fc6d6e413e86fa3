/**
 * JOB-01: the sweep registry. A module adds its sweep here with one line: the function lives with
 * the rule it enforces; this list says when it runs and what the dashboard shows for it.
 */
import { cancelUnconfirmedReservations } from '../src/care/sweeps'
import { flagOverdueCallTasks } from '../src/lib/callTasks'
import { L } from '../src/lib/i18n'
import { chaseUnconfirmed } from '../src/lib/messages'
import type { Sweep } from './sweep'

const iso = (d: Date) => d.toISOString()

export const sweeps: Sweep[] = [
  { name: 'reservations', rule: 'CARE-08', when: 'frequent', label: L('預定入住:第 6 個工作日取消未確認的預定', 'Reservations: cancel unconfirmed ones on the 6th working day'), run: ({ payload, now }) => cancelUnconfirmedReservations(payload, now), watch: { collection: 'reservations', due: (now) => ({ status: { equals: 'held' }, cancelOn: { less_than_equal: iso(new Date(now.getTime() + 86_400_000)) } }) } },
  { name: 'call-tasks', rule: 'WF-10', when: 'frequent', label: L('電話跟進:超過 30 分鐘未打標記逾期', 'Call tasks: flag those past 30 minutes'), run: ({ payload, now }) => flagOverdueCallTasks(payload, now), watch: { collection: 'call-tasks', due: () => ({ status: { equals: 'open' }, overdue: { not_equals: true } }), overdue: () => ({ status: { equals: 'open' }, overdue: { equals: true } }) } },
  { name: 'chase', rule: 'WF-04', when: 'working-morning', perSite: true, label: L('催辦:每個工作日早上提醒未確認的人', 'Chasing: remind unconfirmed recipients each working morning'), run: ({ payload, now, site }) => chaseUnconfirmed(payload, { now, site: site.id }) },
]
