/** Words of the care desk's admin views. */
import { L } from '../../lib/i18n'

export const words = {
  bedMap: L('床位圖', 'Bed map'),
  followUps: L('回訪列表', 'Follow-up list'),
  floor: L('{n} 層', 'Floor {n}'),
  room: L('房間', 'Room'),
  site: L('站點', 'Site'),
  noBeds: L('還沒有床位:先在「樓棟」和「床位」中錄入', 'No beds yet: add buildings and beds first'),
  signIn: L('請先登錄', 'Please sign in first'),
  free: L('空閒', 'Free'),
  held: L('預留', 'Held'),
  occupied: L('已入住', 'Occupied'),
  out: L('外出', 'Out'),
  closed: L('停用', 'Out of service'),
  progress: L('今日回訪:{done} / {target}', 'Follow-up calls today: {done} / {target}'),
  dayOff: L('今天不是工作日,沒有回訪指標', 'Today is not a working day: no follow-up quota'),
  name: L('來電/來訪人', 'Caller or visitor'),
  phone: L('電話', 'Phone'),
  elder: L('老人', 'Elder'),
  rating: L('評級', 'Rating'),
  received: L('接待時間', 'Received'),
  calls: L('已回訪', 'Calls'),
  lastCall: L('上次回訪', 'Last call'),
  callNow: L('登記回訪', 'Log a call'),
  never: L('未回訪', 'Not yet'),
  reserve: L('預訂', 'Reserve'),
  admit: L('入住', 'Admit'),
  toReservation: L('轉預定', 'Reserve'),
  actions: L('操作', 'Actions'),
  empty: L('沒有需要回訪的記錄(評級為有可能/很有可能的接待記錄會出現在這裡)', 'Nothing to follow up (records rated possible / very likely appear here)'),
}

export const stateColours: Record<string, { bg: string; fg: string }> = {
  free: { bg: '#e6f4ea', fg: '#1e6b34' },
  held: { bg: '#fff4d6', fg: '#8a5a00' },
  occupied: { bg: '#e3ecfb', fg: '#1d4e9e' },
  out: { bg: '#f6e3f2', fg: '#86257a' },
  closed: { bg: '#eeeeee', fg: '#666666' },
}
