/** Every label of the devices screens, in the three languages; the server picks the person's language. */
import { L, pick } from '../../lib/i18n'

export const deviceWords = {
  title: L('設備:大門、刷卡、電話', 'Devices: gate, card reader, phone'),
  nav: L('設備面板', 'Device panel'),
  signIn: L('請先登錄', 'Please sign in'),
  gate: L('大門', 'Gate'),
  open: L('開門', 'Open'),
  close: L('關門', 'Close'),
  stop: L('停止', 'Stop'),
  state: L('狀態', 'State'),
  reason: L('原因(選填)', 'Why (optional)'),
  leaving: L('離院車輛', 'Vehicle leaving'),
  family: L('家屬車輛', "A family's vehicle"),
  plate: L('車牌', 'Plate'),
  remindConfirm: L('已提醒司機,確認開門', 'Driver reminded: open'),
  down: L('無響應', 'Down'),
  swipe: L('刷卡(將讀卡器插在本機,點此處後刷卡)', 'Card swipe (USB reader: click here, then swipe)'),
  swipePlaceholder: L('卡號', 'Card number'),
  allowed: L('已登記探視', 'Visit logged'),
  refused: L('拒絕', 'Refused'),
  phone: L('電話', 'Phone'),
  simulateRing: L('模擬來電', 'Simulate a call'),
  answer: L('接聽', 'Answer'),
  hangup: L('掛斷', 'Hang up'),
  forwardingOn: L('開啟呼叫轉移(值班手機)', 'Forward to the duty mobile'),
  forwardingOff: L('取消呼叫轉移', 'Cancel forwarding'),
  callLog: L('接聽電話記錄簿', 'Call log'),
  commands: L('設備指令記錄', 'Device commands'),
  incoming: L('來電', 'Incoming call'),
  known: L('來電人', 'Caller'),
  unknown: L('未知號碼', 'Unknown number'),
  note: L('通話備註', 'Note after the call'),
  save: L('保存', 'Save'),
  saved: L('已保存', 'Saved'),
  dismiss: L('關閉', 'Dismiss'),
  missed: L('未接來電,已生成回電任務', 'Missed call: a call-back task was created'),
  ended: L('通話結束', 'Call ended'),
  answered: L('通話中', 'In the call'),
  ringing: L('振鈴中', 'Ringing'),
  none: L('本站點還沒有設備', 'No devices at this site yet'),
}

export type DeviceWords = Record<keyof typeof deviceWords, string>

export const wordsIn = (lang?: string): DeviceWords =>
  Object.fromEntries(Object.entries(deviceWords).map(([k, v]) => [k, pick(v, lang)])) as DeviceWords
