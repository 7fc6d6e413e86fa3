/**
 * DEV-05 call forwarding: off at the start of business hours, on to the duty mobile at the end, driven
 * by the routine (JOB-03) through runDeviceAction. Each switch is a device command; the PBX is read
 * back afterwards and a disagreement fails the command and raises an alarm to the desk and engineering.
 */
import type { Payload } from 'payload'
import { sendMessage } from '../../hooks/notify/messages'
import { fill, L, languages, pick, type Label, type Lang } from '../../src/lib/i18n'
import { commandActions, commandResultIn } from '../../collections/devices/labels'
import { runCommand, type CommandRecord } from '../commands'
import type { DeviceDoc } from '../registry'
import { digits } from './known'
import { phoneDriver } from './manager'

export async function switchForwarding(
  payload: Payload,
  device: DeviceDoc,
  on: boolean,
  who: { staff?: { id: number; name?: string } | null; source?: string; channel?: 'admin' | 'job' | 'device' },
): Promise<CommandRecord> {
  const site = (await payload.findByID({ collection: 'sites', id: device.site, depth: 0, overrideAccess: true })) as { dutyMobile?: string | null }
  const extension = device.connection?.extension || 'desk'
  const target = on ? device.connection?.forwardTo || site.dutyMobile || '' : null
  const command = await runCommand(
    payload,
    { device, action: on ? 'forwarding-on' : 'forwarding-off', staff: who.staff, source: who.source, channel: who.channel, reason: on ? `转移到 ${target}` : '取消转移' },
    async () => {
      if (on && !target) throw new Error('no duty mobile to forward to (site duty mobile / device forward-to are empty)')
      const driver = phoneDriver(payload, device)
      await driver.setForwarding(extension, target ? digits(target) : null)
      const readBack = await driver.getForwarding(extension)
      const expected = target ? digits(target) : null
      if ((readBack ? digits(readBack) : null) !== expected) {
        throw new Error(`read-back disagrees: expected ${expected ?? 'no forwarding'}, PBX says ${readBack ?? 'no forwarding'}`)
      }
      return on ? `forwarding ${extension} → ${expected}; read back ${readBack}` : `forwarding of ${extension} cancelled; read back none`
    },
  )
  if (command.state === 'failed') {
    // Each recipient reads the alarm in their language: the command's name and its result in words.
    const inEach = (label: Label, values: (lang: Lang) => Record<string, unknown>) =>
      Object.fromEntries(languages.map((lang) => [lang, fill(label[lang], values(lang))])) as Label
    await sendMessage(payload, {
      site: device.site,
      to: ['front-desk', 'engineer'],
      title: inEach(L('呼叫轉移切換失敗:{device}', 'Call forwarding switch failed: {device}'), () => ({ device: device.name })),
      body: inEach(L('{action}未成功:{result}。請手動檢查電話轉移設置。', '{action} did not take effect: {result}. Check the forwarding by hand.'), (lang) => ({
        action: pick(commandActions[on ? 'forwarding-on' : 'forwarding-off'], lang),
        result: commandResultIn(command.result, lang),
      })),
      related: { collection: 'device-commands', id: command.id },
    }).catch((e: unknown) => payload.logger.error({ msg: 'forwarding alarm not delivered', err: e }))
  }
  return command
}
