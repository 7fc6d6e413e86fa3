/**
 * CARE-18 短信: the SMS outbox. Route-guidance texts (行車路線) are written by the desk and go straight
 * to the family; parcel notices are queued by the parcel form; notices and holiday greetings come
 * from an approved 短信通告 (sms-notices). Without an SMS provider the texts stay here, queued.
 */
import { datetime, number, phone, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { smsBeforeChange } from './rules'
import { smsLifecycle } from './hooks'
import { stateOptions } from '../../../hooks/lifecycle'

export const smsKinds = {
  route: L('行車路線', 'Route guidance'),
  parcel: L('快遞到達', 'Parcel arrived'),
  notice: L('通告', 'Notice'),
  greeting: L('節日慰問', 'Holiday greeting'),
  /** OFFICE-03: a leader's itinerary, queued by the company reception's travel requests. */
  itinerary: L('行程通知', 'Itinerary'),
}

export const smsStatuses = stateOptions(smsLifecycle)

const sidebar = { position: 'sidebar' as const }

export const Sms = defineForm({
  slug: 'sms',
  label: L('短信', 'Text message'),
  plural: L('短信發件箱', 'SMS outbox'),
  group: groups.care,
  title: 'to',
  columns: ['createdAt', 'kind', 'to', 'text', 'status', 'sentAt'],
  retention: { years: 2, dateField: 'createdAt' },
  paper: false,
  indexes: [{ fields: ['status', 'retryAt'] }],
  access: { update: () => false },
  hooks: { beforeChange: [smsBeforeChange] },
  lifecycle: smsLifecycle,
  fields: [
    select('kind', L('類型', 'Kind'), smsKinds, { required: true, defaultValue: 'route' }),
    phone('to', L('手機號', 'Mobile number'), { required: true }),
    textarea('text', L('短信內容', 'Text'), { required: true, maxLength: 500 }),
    rel('elder', L('相關老人', 'Elder'), 'elders'),
    serverOwned(rel('notice', L('短信通告', 'SMS notice'), 'sms-notices', { admin: sidebar })),
    select('status', L('狀態', 'Status'), smsStatuses, { index: true, admin: sidebar }),
    serverOwned(datetime('sentAt', L('發送時間', 'Sent at'), { admin: sidebar })),
    serverOwned(number('attempts', L('嘗試次數', 'Attempts'), { defaultValue: 0, admin: sidebar })),
    serverOwned(datetime('retryAt', L('下次重試', 'Next attempt'), { admin: sidebar })),
    serverOwned(text('providerId', L('服務商編號', 'Provider id'), { maxLength: 100, admin: sidebar })),
    serverOwned(text('error', L('錯誤', 'Error'), { maxLength: 500, admin: sidebar })),
  ],
})
