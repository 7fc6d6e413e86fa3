/**
 * CARE-20 repair requests: the lifecycle (open → in progress → done, or cancelled) and a repair
 * filed by code (device health checks, DEV-02), once per open failure.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { refuse } from '../../../src/lib/errors'
import { L, pick, type Label } from '../../../src/lib/i18n'
import { tellAbout } from '../../../hooks/notify/tell'
import { idOf } from '../../../src/lib/hooks'
import { shortDateTime } from '../../../src/lib/format'
import { siteInfo } from '../../../src/lib/site'
import type { DeviceDown } from '../../desk'
import { deviceDrivers, deviceKinds } from '../../devices/labels'

const repairers = ['engineer', 'property-staff']

/** CARE-20: who starts, finishes and cancels a repair; the reporter is told when it is done. */
export const repairLifecycle: LifecycleSpec = {
  initial: 'open',
  states: {
    open: { label: L('待維修', 'Open'), color: '#d97706' },
    'in-progress': { label: L('維修中', 'In progress'), color: '#2563eb' },
    done: { label: L('已完成', 'Done'), color: '#16a34a' },
    cancelled: { label: L('已取消', 'Cancelled'), color: '#6b7280' },
  },
  transitions: [
    {
      from: 'open',
      to: 'in-progress',
      label: L('開始維修', 'Start the repair'),
      by: 'staff',
      tone: 'primary',
      guard: ({ req, doc }) => {
        if (!idOf(doc.repairer)) refuse(req, L('請先指定維修人', 'Choose the repairer first'), {}, 409)
      },
    },
    {
      from: 'in-progress',
      to: 'done',
      label: L('維修完成', 'Repaired'),
      by: [...repairers, 'front-desk'],
      tone: 'primary',
      set: ({ doc }) => ({ doneAt: doc.doneAt ?? new Date().toISOString() }),
      effects: [
        // The member of staff who reported it is told (in the same transaction).
        async ({ req, doc }) => {
          if (!idOf(doc.reportedBy)) return
          await tellAbout(req, 'repair-requests', doc, {
            to: [{ staff: idOf(doc.reportedBy)! }],
            title: L('維修已完成:{item}', 'Repaired: {item}'),
            body: L('{location} {item}', '{location} {item}'),
            values: { item: doc.item, location: doc.location ?? '' },
          })
        },
      ],
    },
    { from: ['open', 'in-progress'], to: 'cancelled', label: L('取消報修', 'Cancel'), by: ['author', ...repairers, 'front-desk'], note: 'required', tone: 'danger' },
  ],
}

export type RepairInput = {
  site: number | string
  category: 'phone' | 'tv' | 'card-reader' | 'cctv' | 'gate' | 'facility' | 'electrical' | 'other'
  item: string
  device?: string
  location?: string
  description?: string
  reporterName?: string
  at?: Date | string
}

/** Files a repair request; if the same device already has an open one, returns it instead. */
export async function fileRepair(payload: Payload, input: RepairInput, req?: Partial<PayloadRequest>) {
  if (input.device) {
    const open = await payload.find({
      collection: 'repair-requests',
      where: {
        and: [
          { site: { equals: input.site } },
          { device: { equals: input.device } },
          { status: { in: ['open', 'in-progress'] } },
        ],
      },
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (open.docs[0]) return { created: false, repair: open.docs[0] }
  }
  const repair = await payload.create({
    collection: 'repair-requests',
    data: {
      site: input.site as number,
      category: input.category,
      item: input.item.slice(0, 100),
      device: input.device,
      location: input.location,
      description: input.description,
      reporterName: input.reporterName ?? '系统自动报修',
      reportedAt: new Date(input.at ?? Date.now()).toISOString(),
    },
    overrideAccess: true,
    req,
  })
  return { created: true, repair }
}

const deviceCategories: Record<string, RepairInput['category']> = {
  gate: 'gate', reader: 'card-reader', phone: 'phone', camera: 'cctv', tv: 'tv', bridge: 'other',
}

const words = (labels: Record<string, Label>, code: string) => (labels[code] ? pick(labels[code], 'zh') : code)

/** DEV-02: a device that stopped answering gets one repair request per outage (the desk's `devices.deviceDown`). */
export async function repairForDevice(payload: Payload, device: DeviceDown) {
  const { timeZone } = await siteInfo(payload, idOf(device.site))
  return fileRepair(payload, {
    site: idOf(device.site)!,
    category: deviceCategories[device.kind] ?? 'other',
    item: `${device.name} 无响应`.slice(0, 100),
    device: `设备#${device.id}`,
    description: `设备健康检查:${device.name}(${words(deviceKinds, device.kind)} · ${words(deviceDrivers, device.driver)})自 ${shortDateTime(device.since, timeZone)} 起没有响应。`,
  })
}
