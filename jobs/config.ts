/**
 * Payload's jobs queue, as the scheduler uses it (JOB-04): one task, `tick`, that runs a recorded
 * tick of a schedule. No autoRun: only the scheduler (the advisory-lock holder) runs the queue, and
 * nobody can queue or run jobs over REST.
 */
import type { JobsConfig } from 'payload'
import { isAdmin } from '../hooks/access'
import { L } from '../src/lib/i18n'
import { schedulesGroup } from '../collections/schedules/labels'

export const jobs: JobsConfig = {
  tasks: [
    {
      slug: 'tick',
      label: 'Schedule tick',
      retries: 0,
      inputSchema: [{ name: 'tick', type: 'number', required: true }],
      handler: async ({ input, req }) => {
        const { runTick } = await import('../src/scheduler/ticks')
        const { scheduleTable } = await import('./schedules')
        const { activeSchedules } = await import('../src/scheduler/registry')
        const table = new Map([...scheduleTable(), ...activeSchedules])
        const owner = `${(await import('node:os')).hostname()}:${process.pid}`
        return { output: (await runTick(req, Number((input as { tick: number }).tick), table, owner)) as Record<string, unknown> }
      },
    },
  ],
  // The tick row (schedule-ticks) is the lasting record of a run; the job itself is not kept.
  deleteJobOnComplete: true,
  access: { queue: () => false, run: () => false, cancel: ({ req }) => isAdmin(req.user) },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: { singular: L('後臺任務', 'Background job'), plural: L('後臺任務', 'Background jobs') },
    admin: { ...defaultJobsCollection.admin, group: schedulesGroup },
  }),
}
