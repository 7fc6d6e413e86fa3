/** PROP-03: the reading grant's rules — who reads, the archive's title, registration and its validity on the site's working days. */
import type { CollectionBeforeChangeHook } from 'payload'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { L } from '../../../src/lib/i18n'
import { idOf } from '../../../src/lib/hooks'
import { refuse } from '../../../src/lib/errors'
import { localDay, SiteCalendar } from '../../../src/lib/calendar'
import { mustBeOnSite } from '../../../hooks/onSite'
import type { LifecycleSpec, TransitionArgs } from '../../../hooks/lifecycle/types'

/** The reader is the person who asks (server code, e.g. the demo, names one); the archive's open title is copied. */
export const grantBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    if (req.user?.collection === 'staff' && !(req.payloadAPI === 'local' && data.reader)) data.reader = req.user.id
    if (!idOf(data.reader)) refuse(req, L('請指定查閱人', 'Name the reader'), {}, 400)
  }
  const archiveId = idOf(data.archive ?? originalDoc?.archive)
  if (archiveId && (operation === 'create' || idOf(originalDoc?.archive) !== archiveId)) {
    const archive = await mustBeOnSite<{ title?: string }>(req, 'owner-files', archiveId, data.site ?? originalDoc?.site, L('業主檔案不存在', 'No such owner archive'))
    data.archiveTitle = archive.title ?? ''
  }
  return data
}

/** Valid from now until the same time `workingDays` working days later on the site's calendar (default one). */
export async function validityFrom(req: TransitionArgs['req'], site: unknown, workingDays: number, now = new Date()) {
  const calendar = await SiteCalendar.of(req.payload, idOf(site)!)
  const day = await calendar.addWorkingDays(localDay(now, calendar.timeZone), Math.max(1, workingDays))
  const until = calendar.at(day, format(new TZDate(now.getTime(), calendar.timeZone), 'HH:mm'))
  return { validFrom: now.toISOString(), validUntil: until.toISOString() }
}

export const grantLifecycle: LifecycleSpec = {
  states: {
    requested: { label: L('申請中', 'Requested'), color: '#d97706' },
    registered: { label: L('已登記,可查閱', 'Registered: may read'), color: '#16a34a' },
    closed: { label: L('已結束', 'Closed'), color: '#6b7280' },
    expired: { label: L('已過期', 'Expired'), color: '#6b7280' },
  },
  authorField: 'reader',
  transitions: [
    {
      from: 'requested',
      to: 'registered',
      label: L('辦理查閱登記', 'Register the reading'),
      by: 'archive-keeper',
      tone: 'primary',
      guard: ({ req, doc }) => {
        if (doc.approvalStatus !== 'approved') refuse(req, L('管理處主任尚未批准這份查閱申請', 'The office director has not approved this request yet'), {}, 409)
      },
      set: async ({ req, doc, user }) => ({ registeredBy: idOf(user?.id), registeredAt: new Date().toISOString(), ...(await validityFrom(req, doc.site, Number(doc.workingDays ?? 1))) }),
    },
    { from: 'registered', to: 'closed', label: L('結束查閱', 'End the reading'), by: ['archive-keeper', 'office-director', 'author'] },
    { from: 'requested', to: 'closed', label: L('撤銷申請', 'Cancel the request'), by: ['archive-keeper', 'author'], tone: 'danger' },
    { from: 'registered', to: 'expired', label: L('查閱期限已過', 'Expired'), by: 'server' },
  ],
  // grantBeforeChange reads the archive only when a person chooses it: a server's state change (the
  // expiry sweep's batch) has nothing for it to do (hooks/lifecycle/batch.ts).
  batch: {},
}
