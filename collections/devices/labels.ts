import { L } from '../../src/lib/i18n'

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
