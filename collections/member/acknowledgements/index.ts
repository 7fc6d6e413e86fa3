/**
 * MEMBER-06 / CORE-06 培訓確認: every desk person acknowledges the current version of each script
 * (greeting, 六聲八句, forbidden phrases): who, when, which version. A new version asks everyone again
 * (the scripts form creates the rows); the person is reminded each morning until done (declared
 * deadline with repeat); the manager sees who has not (status 待確認, `GET /api/acknowledgements/pending?site=`).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { checkbox, datetime, number, rel, select, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { isServerCall } from '../../../hooks/access'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import { idOf } from '../../../src/lib/hooks'
import { siteParam } from '../access'
import { memberGroup, sidebar } from '../labels'

export const ackLifecycle: LifecycleSpec = {
  states: {
    pending: { label: L('待確認', 'Not yet acknowledged'), color: '#d97706' },
    acknowledged: { label: L('已閱讀確認', 'Acknowledged'), color: '#16a34a' },
    superseded: { label: L('已有新版本', 'Superseded'), color: '#6b7280' },
  },
  authorField: 'staff',
  transitions: [
    { from: 'pending', to: 'acknowledged', label: L('我已閱讀並確認', 'I have read it'), by: 'author', tone: 'primary', note: 'none', set: () => ({ acknowledgedAt: new Date().toISOString() }) },
    { from: 'pending', to: 'superseded', label: L('已有新版本', 'Superseded'), by: 'server' },
  ],
}

/** GET /api/acknowledgements/pending?site= — who has not acknowledged the current version of which script. */
const pendingEndpoint: Endpoint = {
  path: '/pending',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const site = siteParam(req)
    const { docs } = await req.payload.find({ collection: 'acknowledgements', where: { and: [{ site: { equals: site } }, { status: { equals: 'pending' } }] }, sort: 'askedAt', pagination: false, depth: 1, overrideAccess: true, req })
    return Response.json({
      site,
      pending: (docs as Record<string, any>[]).map((d) => ({ id: d.id, staff: idOf(d.staff), name: d.staff?.name, script: idOf(d.script), title: d.scriptTitle, version: d.version, askedAt: d.askedAt, reminders: d.reminders ?? 0 })),
    })
  },
}

const form = defineForm({
  slug: 'acknowledgements',
  label: L('培訓確認', 'Acknowledgement'),
  plural: L('話術與禮儀培訓確認', 'Script and etiquette acknowledgements'),
  group: memberGroup,
  title: 'scriptTitle',
  columns: ['staff', 'scriptTitle', 'version', 'status', 'askedAt', 'acknowledgedAt', 'overdue'],
  retention: 'forever',
  print: false,
  paper: false,
  access: { create: ({ req }) => isServerCall(req), delete: () => false },
  indexes: [{ fields: ['script', 'version', 'staff'], unique: true }],
  lifecycle: ackLifecycle,
  deadlines: [
    {
      name: 'remind', rule: 'MEMBER-06', label: L('培訓確認:每天提醒未確認新版話術的人', 'Acknowledgements: remind those who have not read the new version'),
      from: 'askedAt', after: { days: 1 }, at: 'opens', while: { status: 'pending' },
      then: {
        flag: 'overdue', unflag: true, repeat: { days: 1 }, count: 'reminders',
        message: { to: [{ field: 'staff' }], title: L('請閱讀並確認新版「{scriptTitle}」(第 {version} 版)', 'Please read and acknowledge “{scriptTitle}” (version {version})') },
      },
    },
  ],
  fields: [
    serverOwned(rel('staff', L('員工', 'Staff member'), 'staff', { required: true, index: true })),
    serverOwned(rel('script', L('話術/禮儀文件', 'Script'), 'scripts', { required: true, index: true })),
    serverOwned(number('version', L('版本', 'Version'), { required: true, min: 1 })),
    serverOwned(text('scriptTitle', L('文件', 'Document'), { maxLength: 200 })),
    serverOwned(select('scriptKind', L('類別', 'Kind'), { greeting: L('接聽問候語', 'Greeting'), call: L('通話話術', 'Call script'), 'six-eight': L('六聲八句', 'The six sounds and eight phrases'), forbidden: L('服務忌語', 'Forbidden phrases') })),
    select('status', L('狀態', 'Status'), stateOptions(ackLifecycle), { defaultValue: 'pending', index: true, admin: sidebar }),
    serverOwned(datetime('askedAt', L('要求確認時間', 'Asked at'), { admin: sidebar })),
    serverOwned(datetime('acknowledgedAt', L('確認時間', 'Acknowledged at'), { admin: sidebar })),
    serverOwned(number('reminders', L('已提醒次數', 'Reminders sent'), { defaultValue: 0, admin: sidebar })),
    serverOwned(checkbox('overdue', L('逾期未確認', 'Overdue'), { index: true, admin: sidebar })),
  ],
})

export const Acknowledgements = { ...form, endpoints: [pendingEndpoint, ...((form.endpoints || []) as Endpoint[])] }
