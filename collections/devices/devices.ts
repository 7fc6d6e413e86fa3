/**
 * DEV-01..DEV-06 設備登記: the gate, card readers, the phone, cameras and bridges of a site, each with
 * its driver, how to reach it, its own key (DEV-06, kept encrypted, never readable through any API)
 * and its health (DEV-02: up / down, repair request filed once per outage).
 */
import { checkbox, datetime, group, number, phone, rel, select, text } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { defineForm } from '../../hooks/form/defineForm'
import { serverOwned } from '../../hooks/serverOwned'
import { adminField, adminsOnly } from '../../hooks/access'
import { secret } from '../../hooks/audit'
import { deviceDrivers, deviceKinds, deviceStatuses, devicesGroup } from './labels'

const never = () => false
const hidden = { read: never, create: never, update: never }

export const Devices = defineForm({
  slug: 'devices',
  label: L('設備', 'Device'),
  plural: L('設備', 'Devices'),
  group: devicesGroup,
  title: 'name',
  columns: ['name', 'kind', 'driver', 'status', 'lastSeenAt'],
  paper: false,
  retention: 'forever',
  access: { create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  indexes: [{ fields: ['site', 'kind'] }],
  fields: [
    {
      type: 'row',
      fields: [
        text('name', L('名稱', 'Name'), { required: true, maxLength: 80 }),
        select('kind', L('類型', 'Kind'), deviceKinds, { required: true, index: true }),
        select('driver', L('驅動', 'Driver'), deviceDrivers, { required: true, defaultValue: 'simulator' }),
      ],
    },
    rel('bridge', L('所屬橋接', 'Bridge'), 'devices', {
      admin: { description: L('設備接在現場橋接上時填寫;空白表示由應用直接連接', 'When the device hangs off a standalone bridge; empty means the app talks to it') },
    }),
    group('connection', L('連接', 'Connection'), [
      text('address', L('地址(主機:端口)', 'Address (host:port)'), { maxLength: 120 }),
      number('unitId', L('Modbus 站號', 'Modbus unit id'), { max: 247 }),
      text('serialNumber', L('設備序列號(SN)', 'Serial number (SN)'), { maxLength: 64, index: true }),
      text('serialPath', L('串口', 'Serial port'), { maxLength: 120 }),
      text('snapshotUrl', L('快照地址', 'Snapshot URL'), { maxLength: 500 }),
      rel('camera', L('攝像頭', 'Camera'), 'devices'),
      text('amiUser', L('AMI 用戶名', 'AMI user'), { maxLength: 64 }),
      secret(text('amiSecret', L('AMI 密碼', 'AMI secret'), { maxLength: 128, access: { read: adminField } })),
      text('extension', L('前臺分機', 'Desk extension'), { maxLength: 32 }),
      phone('forwardTo', L('轉移到(默認值班手機)', 'Forward to (default: duty mobile)')),
      text('recordingsUrl', L('錄音文件地址前綴', 'Recordings URL prefix'), { maxLength: 300 }),
      text('allowedAddress', L('允許的來源地址', 'Allowed source address'), { maxLength: 64 }),
    ]),
    serverOwned(select('status', L('狀態', 'Status'), deviceStatuses, { defaultValue: 'unknown', index: true })),
    serverOwned(datetime('lastSeenAt', L('最近響應', 'Last seen'))),
    serverOwned(datetime('downSince', L('無響應自', 'Down since'))),
    serverOwned(number('repairRequest', L('維修申請', 'Repair request'))),
    // The controller's code, shown in the reader's words (src/admin/devices/GateState.tsx).
    serverOwned(text('state', L('最近讀回狀態', 'Last state read back'), {
      maxLength: 40,
      admin: { components: { Field: '/src/admin/devices/GateState#GateStateField', Cell: '/src/admin/devices/GateState#GateStateCell' } },
    })),
    checkbox('enabled', L('啟用', 'Enabled'), { defaultValue: true }),
    serverOwned(text('keyId', L('密鑰編號', 'Key id'), { maxLength: 40, unique: true, index: true })),
    serverOwned(datetime('keyIssuedAt', L('密鑰簽發時間', 'Key issued at'))),
    secret(text('keyCipher', L('密鑰(加密)', 'Key (encrypted)'), { maxLength: 400, access: hidden, hidden: true })),
  ],
})
