/**
 * CARE-12 床位: building, floor, room, bed. Its status is a declared lifecycle (free → held → occupied
 * → free, ./hooks.ts) moved only by the server from reservations (held), admission (occupied), bed
 * changes and discharge (free again); its occupant is written with the state.
 */
import { checkbox, number, rel, select, text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { groups } from '../../core/labels'
import { stateOptions } from '../../../hooks/lifecycle'
import { bedLifecycle } from './hooks'

export const Beds = defineForm({
  slug: 'beds',
  label: L('床位', 'Bed'),
  plural: L('床位', 'Beds'),
  group: groups.care,
  // Pickers show the building with the code (201-1 exists in every building).
  title: 'pickerLabel',
  columns: ['code', 'building', 'floor', 'room', 'bedNo', 'status', 'elder'],
  retention: 'forever',
  paper: false,
  lifecycle: bedLifecycle,
  indexes: [
    { fields: ['site', 'status'] },
    { fields: ['building', 'room', 'bedNo'], unique: true },
  ],
  fields: [
    {
      type: 'row',
      fields: [
        rel('building', L('樓棟', 'Building'), 'buildings', { required: true, index: true }),
        number('floor', L('樓層', 'Floor'), { required: true, min: -5, max: 100 }),
        text('room', L('房間號', 'Room'), { required: true, maxLength: 20 }),
        text('bedNo', L('床號', 'Bed number'), { required: true, maxLength: 10 }),
      ],
    },
    text('code', L('床位編號', 'Bed code'), {
      maxLength: 100,
      admin: { readOnly: true, description: L('自動生成:房間號-床號', 'Generated: room-bed') },
      hooks: { beforeChange: [({ siblingData }) => `${siblingData.room}-${siblingData.bedNo}`] },
    }),
    select('status', L('狀態', 'Status'), stateOptions(bedLifecycle), { required: true, index: true }),
    serverOwned(rel('elder', L('老人', 'Elder'), 'elders', { index: true })),
    checkbox('outOfService', L('停用(維修中)', 'Out of service (repairs)')),
    text('pickerLabel', L('選擇時顯示', 'Shown in pickers'), {
      maxLength: 200,
      admin: { hidden: true, readOnly: true },
      hooks: {
        beforeChange: [
          async ({ siblingData, previousSiblingDoc, req }) => {
            const get = (k: string) => (siblingData[k] !== undefined ? siblingData[k] : previousSiblingDoc?.[k])
            const b = get('building') as { id?: number } | number | undefined
            const buildingId = typeof b === 'object' && b ? b.id : b
            const building = buildingId ? await req.payload.findByID({ collection: 'buildings', id: buildingId, depth: 0, overrideAccess: true, req, disableErrors: true }) : null
            return [building?.name, `${get('room')}-${get('bedNo')}`].filter(Boolean).join(' ')
          },
        ],
      },
    }),
  ],
})
