/**
 * The schedule table (JOB-04): every recurring job of the app, one line each. Cron expressions are
 * in SCHEDULE_TIME_ZONE (default Asia/Shanghai); jobs that depend on a site's working days check
 * them per site (JOB-02).
 */
import { L } from '../src/lib/i18n'
import { runSweeps } from './run-sweeps'
import { routinesTick } from './routines'
import type { Schedule } from './schedule'

export const schedules: Schedule[] = [
  { name: 'sweeps', cron: '*/5 * * * *', label: L('到期檢查', 'Deadline sweeps'), run: runSweeps('frequent') },
  { name: 'morning-sweeps', cron: '45 8 * * *', label: L('工作日早間檢查(催辦)', 'Working-morning sweeps (chasing)'), run: runSweeps('working-morning') },
  { name: 'evening-sweeps', cron: '0 18 * * *', label: L('工作日下班檢查', 'End-of-day sweeps'), run: runSweeps('end-of-day') },
  { name: 'routines', cron: '* * * * *', label: L('值班流程', 'Shift routines'), run: routinesTick },
]

/**
 * A probe for the multi-process tests and for checking a deployment: SCHEDULER_PROBE_CRON='*\/2 * * * * *'
 * adds a schedule that does nothing but get recorded.
 */
const probe = (): Schedule[] =>
  process.env.SCHEDULER_PROBE_CRON
    ? [{ name: 'probe', cron: process.env.SCHEDULER_PROBE_CRON, label: L('探針', 'Probe'), run: async () => ({ pid: process.pid }) }]
    : []

export const scheduleTable = () => new Map([...schedules, ...probe()].map((s) => [s.name, s]))
