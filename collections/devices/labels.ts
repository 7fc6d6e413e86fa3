import { fill, L, pick } from '../../src/lib/i18n'

/** Admin navigation group of the devices module. */
export const devicesGroup = L('設備', 'Devices')

export const deviceKinds = {
  gate: L('電動門', 'Gate'),
  reader: L('刷卡器', 'Card reader'),
  phone: L('電話', 'Phone'),
  camera: L('攝像頭', 'Camera'),
  tv: L('大堂電視', 'Lobby TV'),
  bridge: L('設備橋接', 'Bridge'),
}

export const deviceDrivers = {
  simulator: L('模擬器', 'Simulator'),
  modbus: L('Modbus TCP 繼電器板', 'Modbus TCP relay board'),
  zkteco: L('門禁控制器推送(ZKTeco)', 'Access controller push (ZKTeco)'),
  serial: L('串口讀卡器', 'Serial-line reader'),
  wedge: L('USB 鍵盤式讀卡器', 'USB keyboard-wedge reader'),
  ami: L('Asterisk AMI', 'Asterisk AMI'),
  'snapshot-url': L('攝像頭快照地址', 'Camera snapshot URL'),
}

export const deviceStatuses = {
  unknown: L('未知', 'Unknown'),
  up: L('正常', 'Up'),
  down: L('無響應', 'Down'),
}

export const commandActions = {
  open: L('開門', 'Open'),
  close: L('關門', 'Close'),
  stop: L('停止', 'Stop'),
  'forwarding-on': L('開啟呼叫轉移', 'Forwarding on'),
  'forwarding-off': L('取消呼叫轉移', 'Forwarding off'),
  'tv-on': L('開電視', 'TV on'),
  'tv-off': L('關電視', 'TV off'),
}

export const commandStates = {
  queued: L('排隊中', 'Queued'),
  sent: L('已發送', 'Sent'),
  done: L('已完成', 'Done'),
  failed: L('失敗', 'Failed'),
}

export const callStatuses = {
  ringing: L('振鈴中', 'Ringing'),
  answered: L('通話中', 'Answered'),
  ended: L('已結束', 'Ended'),
  missed: L('未接', 'Missed'),
}

/** OFFICE-01 answered within three rings (devices/phone/rings.ts), as the phone measured it. */
export const ringChecks = {
  within: L('三聲內接聽', 'Within three rings'),
  late: L('超過三聲', 'After three rings'),
  missed: L('未接', 'Missed'),
}

/** DEV-01 a gate's state as its controller reports it (devices/gate/driver.ts GateState), in words. */
export const gateStates = {
  open: L('已開', 'Open'),
  closed: L('已關', 'Closed'),
  opening: L('正在開門', 'Opening'),
  closing: L('正在關門', 'Closing'),
  moving: L('移動中', 'Moving'),
  stopped: L('已停止', 'Stopped'),
  unknown: L('狀態未知', 'Unknown'),
}

// ——— A device command's result in words (Issue 11 item 3) ———
// The stored result stays the technical text the driver gave (tests and engineers read it); a person reads it
// in their language: `commandResultIn(result, lang)`, applied when device-commands are read for a person.

const none = L('無轉移', 'no forwarding')
const resultPatterns: { re: RegExp; label: ReturnType<typeof L>; values: (m: RegExpMatchArray, lang: string) => Record<string, string> }[] = [
  {
    re: /^forwarding (\S+) → (\S+); read back (\S+)$/,
    label: L('已將 {ext} 轉移到 {to},交換機回讀 {back}', 'Forwarding {ext} → {to}; read back {back}'),
    values: (m) => ({ ext: m[1], to: m[2], back: m[3] }),
  },
  {
    re: /^forwarding of (\S+) cancelled; read back none$/,
    label: L('已取消 {ext} 的呼叫轉移,交換機回讀:無轉移', 'Forwarding of {ext} cancelled; read back: none'),
    values: (m) => ({ ext: m[1] }),
  },
  {
    re: /^read-back disagrees: expected (.+), PBX says (.+)$/,
    label: L('交換機回讀不一致:應為 {expected},實際為 {actual}', 'The PBX read-back disagrees: expected {expected}, it says {actual}'),
    values: (m, lang) => ({ expected: m[1] === 'no forwarding' ? pick(none, lang) : m[1], actual: m[2] === 'no forwarding' ? pick(none, lang) : m[2] }),
  },
  {
    re: /^no duty mobile to forward to/,
    label: L('沒有可轉移到的號碼:站點值班手機和設備的轉移號碼都沒有填寫', 'Nothing to forward to: neither the site duty mobile nor the device forward-to number is set'),
    values: () => ({}),
  },
  {
    re: /^(.*?)\s*state: (\w+)$/,
    label: L('{text}狀態:{state}', '{text}state: {state}'),
    values: (m, lang) => ({ text: m[1] ? `${m[1]};` : '', state: pick(gateStates[m[2] as keyof typeof gateStates] ?? L(m[2], m[2], m[2]), lang) }),
  },
  {
    re: /^TV (on|off) \(simulator\)$/,
    label: L('電視已{what}(模擬器)', 'TV {what} (simulator)'),
    values: (m, lang) => ({ what: pick(m[1] === 'on' ? L('打開', 'on') : L('關閉', 'off'), lang) }),
  },
  {
    re: /PBX did not answer/,
    label: L('電話交換機沒有應答', 'The PBX did not answer'),
    values: () => ({}),
  },
]

/** A command's stored result as a person reads it; an unknown text is shown as the driver gave it. */
export function commandResultIn(result: string | null | undefined, lang: string | undefined): string | null | undefined {
  if (!result || !lang) return result
  for (const p of resultPatterns) {
    const m = result.match(p.re)
    if (m) return fill(pick(p.label, lang), p.values(m, lang))
  }
  return result
}

/** DEV-03 why a card was refused, in words (a desk may give its own `reasonLabel` with its answer). */
export const refusalReasons = {
  'unknown-card': L('未登記的卡', 'Unknown card'),
  lost: L('已掛失的卡', 'Card reported lost'),
  returned: L('已退還的卡', 'Card returned'),
  'elder-not-in': L('老人已出院', 'The elder has left the home'),
  'allow-list-missing-or-expired': L('離線名單缺失或過期', 'Offline allow-list missing or expired'),
}

/** A refusal's reason in a language: the desk's own words, the known codes, or a neutral "refused". */
export const refusalIn = (answer: { reason?: string; reasonLabel?: Record<string, string> }, lang: string) =>
  answer.reasonLabel ? pick(answer.reasonLabel as ReturnType<typeof L>, lang) : pick(refusalReasons[answer.reason as keyof typeof refusalReasons] ?? L('未放行', 'Not let in'), lang)
