/**
 * JOB-01: run the registered sweeps of one kind for every site. `working-morning` and `end-of-day`
 * sweeps run only on the site's working days (JOB-02); each sweep gets batches until it has no more.
 */
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar } from '../src/lib/calendar'
import type { Sweep, SweepContext, SweepSite, SweepWhen } from './sweep'
import { sweeps as registry } from './sweeps'
import type { TickArgs } from './schedule'

const BATCH = Number(process.env.SWEEP_BATCH ?? 500)

export const sitesOf = async (payload: Payload): Promise<SweepSite[]> => {
  const { docs } = await payload.find({ collection: 'sites', limit: 0, pagination: false, depth: 0 })
  return docs.map((s) => ({
    id: s.id as number,
    name: String(s.name),
    timeZone: String(s.timeZone || 'Asia/Shanghai'),
    opensAt: String(s.opensAt || '08:30'),
    closesAt: String(s.closesAt || '17:30'),
  }))
}

/** One sweep over one site, batch after batch; returns how many items it acted on. */
export async function runSweep(sweep: Sweep, ctx: SweepContext): Promise<number> {
  let acted = 0
  for (let round = 0; round < 10_000; round++) {
    const result = await sweep.run(ctx)
    const n = typeof result === 'number' ? result : (result?.acted ?? 0)
    acted += n
    if (typeof result !== 'object' || !result?.more || n === 0) break
  }
  return acted
}

export type SweepReport = Record<string, number | string>

export async function sweepAll(payload: Payload, req: PayloadRequest, when: SweepWhen, { now = new Date(), list = registry } = {}): Promise<SweepReport> {
  const report: SweepReport = {}
  const due = list.filter((s) => s.when === when)
  if (!due.length) return report
  for (const site of await sitesOf(payload)) {
    const calendar = new SiteCalendar(payload, site.id, site.timeZone)
    if (when !== 'frequent' && !(await calendar.isWorkingDay(now))) continue
    for (const sweep of due) {
      try {
        report[`${site.id}/${sweep.name}`] = await runSweep(sweep, { payload, req, site, calendar, now, batch: BATCH })
      } catch (error) {
        payload.logger.error({ err: error, sweep: sweep.name, site: site.id }, 'sweep failed')
        report[`${site.id}/${sweep.name}`] = `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
      }
    }
  }
  return report
}

export const runSweeps = (when: SweepWhen) => ({ payload, req }: TickArgs) => sweepAll(payload, req, when)
