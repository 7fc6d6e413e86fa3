/**
 * DEV-01 / DEV-05: every command to a device (open the gate, switch call forwarding …) is a record,
 * written before the hardware is touched: queued → sent → done or failed. The record is the audit.
 * Only the devices module creates and advances them (src: devices/commands.ts).
 */
import { nobody } from '../../hooks/access'
import { datetime, rel, select, text } from '../../src/lib/fields'
import { L, pick } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { commandActions, commandResultIn, commandStates, devicesGroup } from './labels'

export const DeviceCommands = defineForm({
  slug: 'device-commands',
  label: L('設備指令', 'Device command'),
  plural: L('設備指令', 'Device commands'),
  group: devicesGroup,
  title: 'action',
  columns: ['createdAt', 'device', 'action', 'state', 'requestedByName', 'result'],
  paper: false,
  retention: { years: 3, dateField: 'createdAt' },
  access: { create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['device', 'createdAt'] }],
  hooks: {
    // The driver's technical result, read by a person, in their language (forwarding read-backs, gate states).
    afterRead: [
      ({ doc, req }) => {
        const lang = (req.user as { language?: string } | null)?.language
        if (doc && lang) {
          doc.result = commandResultIn(doc.result as string | null | undefined, lang)
          if (doc.requestedByName === 'routine' && !doc.requestedBy) doc.requestedByName = pick(L('每日流程(自動)', 'Daily routine (automatic)'), lang)
        }
        return doc
      },
    ],
  },
  fields: [
    serverOwned(rel('device', L('設備', 'Device'), 'devices', { required: true, index: true })),
    serverOwned(select('action', L('指令', 'Command'), commandActions, { required: true })),
    serverOwned(text('reason', L('原因', 'Why'), { maxLength: 200 })),
    serverOwned(rel('requestedBy', L('操作人', 'Requested by'), 'staff')),
    serverOwned(text('requestedByName', L('操作人/來源', 'Requested by'), { maxLength: 100 })),
    serverOwned(select('state', L('狀態', 'State'), commandStates, { defaultValue: 'queued', index: true })),
    serverOwned(text('result', L('結果', 'Result'), { maxLength: 500 })),
    serverOwned(datetime('sentAt', L('發送時間', 'Sent at'))),
    serverOwned(datetime('finishedAt', L('完成時間', 'Finished at'))),
  ],
})
