/** JOB-03: the desk timetable from the procedure document, as a site's first routine (mainland sites: Simplified Chinese). */
import type { Payload } from 'payload'

export const deskTimetable = [
  { from: '08:30', to: '08:35', title: '取消呼叫转移', kind: 'device', actions: ['forwarding-off'] },
  { from: '08:36', to: '08:40', title: '打开大堂电视', kind: 'device', actions: ['tv-on'] },
  { from: '08:40', to: '08:50', title: '整理前台桌面', kind: 'manual', actions: [] },
  { from: '17:25', to: '17:30', title: '呼叫转移到值班手机,关闭大堂电视', kind: 'device', actions: ['forwarding-on', 'tv-off'] },
] as const

/** Give a site the document's timetable unless it already has a routine. */
export async function seedRoutine(payload: Payload, site: number) {
  const { totalDocs } = await payload.count({ collection: 'routines', where: { site: { equals: site } }, overrideAccess: true })
  if (totalDocs) return
  await payload.create({
    collection: 'routines',
    data: { site, name: '前台每日值班流程', days: 'working', active: true, items: deskTimetable.map((i) => ({ ...i, actions: [...i.actions] })) },
    overrideAccess: true,
  })
}
