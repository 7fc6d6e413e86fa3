/** Words of the desk home (src/admin/home). */
import { L } from '../../lib/i18n'

export const words = {
  quick: L('常用操作', 'Quick actions'),
  routine: L('今日值班', "Today's routine"),
  working: L('工作日', 'Working day'),
  off: L('休息日', 'Day off'),
  noRoutine: L('今天沒有值班事項', 'No routine items today'),
  tick: L('打勾完成', 'Mark done'),
  messages: L('我的消息', 'My messages'),
  noMessages: L('沒有未讀或待確認的消息', 'No unread messages and nothing to confirm'),
  inbox: L('待我審批', 'Waiting for my approval'),
  inboxCount: L('{n} 份表單等您審批', '{n} forms are waiting for your decision'),
  inboxEmpty: L('目前沒有等您審批的表單', 'Nothing is waiting for your decision'),
  inboxAll: L('打開審批箱', 'Open the inbox'),
  due: L('待辦與逾期', 'Due and overdue'),
  late: L('逾期事項', 'What is late'),
  nothingDue: L('沒有到期事項', 'Nothing due'),
  nothingLate: L('沒有逾期事項', 'Nothing is late'),
  figures: L('今日數據', "Today's figures"),
  stats: L('查看接待統計', 'Reception statistics'),
  missing: L('{years} 年尚無節假日安排,請補錄工作日曆', 'No holiday schedule for {years}: fill in the working-day calendar'),
  noSite: L('您還沒有分配到任何站點,請聯繫管理員', 'You have no site yet: ask an administrator'),
  submitted: L('提交於 {at}', 'submitted {at}'),
}
