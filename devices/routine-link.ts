/**
 * JOB-03 → DEV-05: the devices module carries out the routine's device items (08:30 forwarding off,
 * 17:30 forwarding on, TV on/off). Registered when the schema loads, so every process that runs the
 * routine (the scheduler, tests) has it; the work is imported lazily to keep the schema light.
 */
import { handleRoutineAction, type RoutineAction } from '../jobs/routine-actions'

const actions: RoutineAction[] = ['forwarding-off', 'forwarding-on', 'tv-on', 'tv-off']

for (const action of actions) {
  handleRoutineAction(action, async (payload, site, a, reason) => {
    const { runDeviceAction } = await import('./actions')
    const { ok, commands } = await runDeviceAction(payload, site, a, { source: `日程 routine: ${reason}`.slice(0, 100) })
    if (!commands.length) return { ok: false, result: `${a}: no enabled device at this site / 本站點沒有可用設備` }
    return { ok, result: commands.map((c) => `${a} #${c.id} ${c.state}${c.result ? `: ${c.result}` : ''}`).join('\n') }
  })
}
