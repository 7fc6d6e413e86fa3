/** The schedules this process runs, by name: the `tick` task looks them up here (see jobs/config.ts). */
import type { Schedule } from '../../jobs/schedule'

export const activeSchedules = new Map<string, Schedule>()
