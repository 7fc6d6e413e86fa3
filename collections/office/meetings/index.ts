/**
 * OFFICE-07 會議安排: time, head count, room, the equipment checked before (projector, microphone …),
 * refreshments, the LED screen's text for important guests; half an hour before the start a meeting
 * whose equipment is not checked is flagged and the desk told; at the end time the meeting ends and
 * the cleaning lead is told to clean the room (會議后通知保潔立即打掃會議室).
 */
import { checkbox, datetime, list, number, rel, select, text, textarea } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { serverOwned } from '../../../hooks/serverOwned'
import { stateOptions } from '../../../hooks/lifecycle'
import { groups } from '../../core/labels'
import { meetingChecks, meetingLifecycle } from './hooks'

export const equipmentItems = {
  projector: L('投影儀', 'Projector'),
  microphone: L('麥克風', 'Microphone'),
  led: L('LED 顯示屏', 'LED screen'),
  laptop: L('筆記本電腦', 'Laptop'),
  video: L('視頻會議設備', 'Video conferencing'),
  whiteboard: L('白板', 'Whiteboard'),
  camera: L('相機(攝影拍照)', 'Camera (photos)'),
  other: L('其他', 'Other'),
}

export const refreshmentItems = {
  tea: L('茶水', 'Tea'),
  drinks: L('飲料', 'Drinks'),
  fruit: L('水果', 'Fruit'),
  snacks: L('點心', 'Snacks'),
  napkins: L('餐紙', 'Napkins'),
}

const sidebar = { position: 'sidebar' as const }

export const Meetings = defineForm({
  slug: 'meetings',
  label: L('會議安排', 'Meeting'),
  plural: L('會議安排', 'Meetings'),
  group: groups.office,
  title: 'title',
  columns: ['startAt', 'endAt', 'title', 'room', 'headCount', 'status', 'notReady'],
  retention: { years: 2, dateField: 'startAt' },
  indexes: [{ fields: ['site', 'startAt'] }],
  hooks: { beforeChange: [meetingChecks] },
  lifecycle: meetingLifecycle,
  print: { title: L('會議安排表', 'Meeting arrangements'), signatures: [L('前臺經辦', 'Front desk'), L('會議負責人', 'Organiser')] },
  notify: [
    {
      on: { field: 'status', to: 'ended' },
      message: ['cleaning-lead'],
      subject: L('會議已結束,請打掃{room}', 'Meeting over: please clean {room}'),
      body: L('「{title}」已於 {endAt} 結束({headCount} 人),請立即打掃{room};剩餘水果點心飲料能保存的放入冰箱。', '"{title}" ended at {endAt} ({headCount} people). Please clean {room} now; keep what is left of the fruit, snacks and drinks in the fridge where possible.'),
    },
  ],
  deadlines: [
    {
      name: 'check', rule: 'OFFICE-07', label: L('會議:開始前 30 分鐘設備未檢查標記', 'Meetings: flag equipment not checked 30 minutes before'),
      from: 'startAt', after: { minutes: -30 }, while: { status: 'planned' },
      // Its checks (meetingChecks) read what a person enters; the flag and the due column are the server's.
      batch: true,
      then: { flag: 'notReady', unflag: true, message: { to: ['front-desk'], title: L('會議設備未檢查:{title}', 'Equipment not checked: {title}'), body: L('「{title}」半小時內將在{room}開始,設備尚未檢查完畢。', '"{title}" starts within half an hour in {room}; the equipment is not checked yet.') } },
      sentence: { due: L('{n} 個會議即將開始', '{n} meetings start soon'), overdue: L('{n} 個會議設備未檢查', '{n} meetings with equipment not checked') },
    },
    {
      name: 'end', rule: 'OFFICE-07', label: L('會議:結束時通知保潔打掃', 'Meetings: tell the cleaning lead at the end'),
      from: 'endAt', while: { status: ['planned', 'ready'] }, then: { to: 'ended' }, watch: false,
    },
  ],
  fields: [
    text('title', L('會議名稱', 'Meeting'), { required: true, maxLength: 100 }),
    {
      type: 'row',
      fields: [
        datetime('startAt', L('開始時間', 'Starts'), { required: true, index: true }),
        datetime('endAt', L('結束時間', 'Ends'), { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        text('room', L('會議室', 'Room'), { required: true, maxLength: 50 }),
        number('headCount', L('人數', 'Head count'), { required: true, min: 1, max: 1000 }),
        rel('organiser', L('會議負責人', 'Organiser'), 'staff'),
      ],
    },
    list('equipment', L('設備檢查', 'Equipment checklist'), [
      {
        type: 'row',
        fields: [
          select('item', L('設備', 'Equipment'), equipmentItems, { required: true }),
          checkbox('checked', L('已檢查正常', 'Checked, working')),
          text('note', L('說明', 'Note'), { maxLength: 100 }),
        ],
      },
    ], { maxRows: 20 }),
    select('refreshments', L('茶點準備', 'Refreshments'), refreshmentItems, { hasMany: true }),
    {
      type: 'row',
      fields: [
        checkbox('importantGuests', L('重要客人', 'Important guests')),
        text('ledText', L('LED 顯示屏內容', 'LED screen text'), { maxLength: 100, admin: { condition: (d) => Boolean(d?.importantGuests) } }),
      ],
    },
    textarea('notes', L('備註', 'Notes'), { maxLength: 1000 }),
    select('status', L('狀態', 'Status'), stateOptions(meetingLifecycle), { defaultValue: 'planned', index: true, admin: sidebar }),
    serverOwned(checkbox('notReady', L('設備未檢查', 'Equipment not checked'), { index: true, admin: sidebar })),
    serverOwned(datetime('checkedAt', L('設備檢查時間', 'Equipment checked at'), { admin: sidebar })),
  ],
})
