/**
 * The schedule table (JOB-04): every recurring job of the app, one line each. Cron expressions are
 * in SCHEDULE_TIME_ZONE (default Asia/Shanghai); jobs that depend on a site's working days check
 * them per site (JOB-02).
 */
import { L } from '../src/lib/i18n'
import { digestTick } from './digest/daily'
import { runSweeps } from './run-sweeps'
import { retentionTick } from './retention'
import { routinesTick } from './routines'
import { deviceHealthTick } from '../devices/health'
import { backup } from '../src/cli/backup-lib'
import type { Schedule } from './schedule'

export const schedules: Schedule[] = [
  { name: 'sweeps', cron: '*/5 * * * *', label: L('到期檢查', 'Deadline sweeps'), run: runSweeps('frequent'), onFirstStart: true },
  { name: 'morning-sweeps', cron: '45 8 * * *', label: L('工作日早間檢查(催辦)', 'Working-morning sweeps (chasing)'), run: runSweeps('working-morning') },
  { name: 'evening-sweeps', cron: '0 18 * * *', label: L('工作日下班檢查', 'End-of-day sweeps'), run: runSweeps('end-of-day') },
  { name: 'daily-digest', cron: '*/10 * * * *', label: L('前臺接待統計郵件', 'Daily reception statistics e-mail'), run: digestTick },
  { name: 'routines', cron: '* * * * *', label: L('值班流程', 'Shift routines'), run: routinesTick, onFirstStart: true },
  { name: 'device-health', cron: '* * * * *', label: L('設備健康檢查', 'Device health check'), run: deviceHealthTick },
  { name: 'retention', cron: '30 2 * * *', label: L('過期記錄清理', 'Retention'), run: retentionTick },
  ...(process.env.BACKUP_SCHEDULE === 'off' ? [] : [{ name: 'backup', cron: process.env.BACKUP_CRON ?? '0 3 * * *', label: L('數據庫備份', 'Database backup'), run: () => backup() }]),
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
