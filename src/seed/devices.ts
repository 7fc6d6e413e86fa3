/**
 * Demo devices for the care home: a simulated gate (with its simulated camera picture), the desk's
 * keyboard-wedge card reader, a simulated phone on the desk extension and the lobby TV. If the care
 * demo has no visit card yet, one family card to swipe (0001234567).
 */
import type { Payload } from 'payload'

export async function seedDevices(payload: Payload, site: number): Promise<void> {
  const device = (data: Record<string, unknown>) =>
    payload.create({ collection: 'devices', data: { site, driver: 'simulator', ...data } as never, overrideAccess: true })
  await device({ name: '正门电动伸缩门', kind: 'gate' })
  await device({ name: '前台刷卡器', kind: 'reader', driver: 'wedge' })
  await device({ name: '前台电话', kind: 'phone', connection: { extension: '8001' } })
  await device({ name: '大堂电视', kind: 'tv' })
  const cards = await payload.count({ collection: 'visit-cards', where: { site: { equals: site } }, overrideAccess: true })
  if (cards.totalDocs > 0) return
  const elder = await payload.create({
    collection: 'elders',
    data: { name: '张桂兰', gender: 'female', birthDate: '1944-05-12', site } as never,
    overrideAccess: true,
  })
  await payload.update({ collection: 'elders', id: elder.id, data: { status: 'admitted' } as never, overrideAccess: true })
  await payload.create({
    collection: 'visit-cards',
    data: { cardNumber: '0001234567', status: 'active', holderName: '张女士', relation: '女儿', holderPhone: '139 8000 1111', elder: elder.id, deposit: 50, depositReceipt: 'YJ-2026-001', site } as never,
    overrideAccess: true,
  })
}
