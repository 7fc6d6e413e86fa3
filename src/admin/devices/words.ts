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
  logCall: L('登記', 'Log it'),
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
  // gate states (DEV-01, as the controller reports them)
  'gate.open': L('已開', 'Open'),
  'gate.closed': L('已關', 'Closed'),
  'gate.opening': L('正在開門', 'Opening'),
  'gate.closing': L('正在關門', 'Closing'),
  'gate.moving': L('移動中', 'Moving'),
  'gate.stopped': L('已停止', 'Stopped'),
  'gate.unknown': L('狀態未知', 'Unknown'),
  'gate.queued': L('已排隊,等待橋接執行', 'Queued for the bridge'),
  sent: L('已發送', 'Sent'),
  // card refusals (CARE-17, DEV-03)
  'refusal.unknown-card': L('未登記的卡', 'Unknown card'),
  'refusal.lost': L('已掛失的卡', 'Card reported lost'),
  'refusal.returned': L('已退還的卡', 'Card returned'),
  'refusal.elder-not-in': L('老人已出院', 'The elder has left the home'),
  'refusal.allow-list-missing-or-expired': L('離線名單缺失或過期', 'Offline allow-list missing or expired'),
  // what a caller is to the home (DEV-04)
  'caller.staff': L('員工', 'Staff'),
  'caller.family': L('家屬', 'Family'),
  'caller.owner': L('業主', 'Owner'),
  'caller.member': L('會員', 'Member'),
  'caller.known': L('已登記', 'Known'),
  forwardingDone: L('呼叫轉移已設置', 'Forwarding set'),
  forwardingCancelled: L('呼叫轉移已取消', 'Forwarding cancelled'),
  failed: L('未成功', 'Did not succeed'),
}

export type DeviceWords = Record<keyof typeof deviceWords, string>

/** A coded value in words: `say(words, 'gate', 'opening')` → 正在開門; an unknown code stays as the server's text. */
export const say = (words: DeviceWords, prefix: string, code: unknown): string => {
  const text = String(code ?? '')
  return (words as Record<string, string>)[`${prefix}.${text}`] ?? text
}

export const wordsIn = (lang?: string): DeviceWords =>
  Object.fromEntries(Object.entries(deviceWords).map(([k, v]) => [k, pick(v, lang)])) as DeviceWords
