/**
 * DEV-03 / DEV-06: what the devices module must remember, but nobody edits. Each event a device or
 * bridge delivered (by its event id, so a re-delivery after an outage counts once), and each request
 * nonce seen within the signing window (so a replay is refused).
 */
import type { CollectionConfig } from 'payload'
import { adminsOnly, isAdmin, nobody } from '../../hooks/access'
import { datetime, rel, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { devicesGroup } from './labels'

const internal = { read: adminsOnly, create: nobody, update: nobody, delete: nobody }

export const DeviceEvents: CollectionConfig = {
  slug: 'device-events',
  labels: { singular: L('設備事件', 'Device event'), plural: L('設備事件', 'Device events') },
  admin: { group: devicesGroup, useAsTitle: 'eventId', defaultColumns: ['createdAt', 'device', 'kind', 'eventId'], hidden: ({ user }) => !isAdmin(user) },
  access: internal,
  custom: { audit: false },
  fields: [
    text('eventId', L('事件編號', 'Event id'), { required: true, unique: true, maxLength: 100 }),
    rel('device', L('設備', 'Device'), 'devices', { index: true }),
    text('kind', L('類型', 'Kind'), { maxLength: 40 }),
    datetime('occurredAt', L('發生時間', 'Occurred at')),
    { name: 'result', type: 'json', label: L('處理結果', 'Result') },
  ],
}

export const DeviceNonces: CollectionConfig = {
  slug: 'device-nonces',
  labels: { singular: L('請求隨機數', 'Request nonce'), plural: L('請求隨機數', 'Request nonces') },
  admin: { group: devicesGroup, hidden: true },
  access: { ...internal, read: nobody },
  custom: { audit: false },
  indexes: [{ fields: ['keyId', 'nonce'], unique: true }],
  fields: [
    text('keyId', L('密鑰編號', 'Key id'), { required: true, maxLength: 40 }),
    text('nonce', L('隨機數', 'Nonce'), { required: true, maxLength: 64 }),
    datetime('seenAt', L('時間', 'Seen at'), { index: true }),
  ],
}
