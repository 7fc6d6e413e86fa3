/**
 * JOB-01: run the registered sweeps of one kind for every site. `working-morning` and `end-of-day`
 * sweeps run only on the site's working days (JOB-02).
 */
import type { Payload, PayloadRequest } from 'payload'
import { SiteCalendar } from '../src/lib/calendar'
import type { SweepResult, SweepSite, SweepWhen } from './sweep'
import { sweeps as registry } from './sweeps'
import type { TickArgs } from './schedule'

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

const acted = (result: SweepResult) => (typeof result === 'number' ? result : result.acted)

export type SweepReport = Record<string, number | string>

/** Run the registered sweeps of one kind: global ones once, per-site ones for each site (working days only unless `frequent`). */
export async function sweepAll(payload: Payload, req: PayloadRequest, when: SweepWhen, { now = new Date(), list = registry } = {}): Promise<SweepReport> {
  const report: SweepReport = {}
  const attempt = async (key: string, run: () => Promise<SweepResult>) => {
    try {
      report[key] = acted(await run())
    } catch (error) {
      payload.logger.error({ err: error, sweep: key }, 'sweep failed')
      report[key] = `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
    }
  }
  const due = list.filter((s) => s.when === when)
  for (const sweep of due) if (!sweep.perSite) await attempt(sweep.name, () => sweep.run({ payload, req, now }))
  const perSite = due.filter((s) => s.perSite)
  if (!perSite.length) return report
  for (const site of await sitesOf(payload)) {
    const calendar = new SiteCalendar(payload, site.id, site.timeZone)
    if (when !== 'frequent' && !(await calendar.isWorkingDay(now))) {
      report[`${site.id}`] = 'not a working day'
      continue
    }
    for (const sweep of perSite) if (sweep.perSite) await attempt(`${site.id}/${sweep.name}`, () => sweep.run({ payload, req, now, site, calendar }))
  }
  return report
}

export const runSweeps = (when: SweepWhen) => ({ payload, req }: TickArgs) => sweepAll(payload, req, when)
