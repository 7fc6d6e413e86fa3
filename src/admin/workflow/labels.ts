import type { Payload } from 'payload'
import { L, pick, type Label } from '../../lib/i18n'

export const words = {
  inbox: L('待我審批', 'Waiting for me'),
  inboxEmpty: L('目前沒有等您審批的表單。', 'Nothing is waiting for your decision.'),
  tasks: L('我發佈的任務', 'My published tasks'),
  tasksEmpty: L('您還沒有發佈過任務。', 'You have not sent any work messages yet.'),
  myMessages: L('我的消息', 'My messages'),
  unread: L('{n} 條未讀', '{n} unread'),
  signIn: L('請先登錄', 'Please sign in'),
  comment: L('批語(駁回時必填)', 'Comment (required to reject)'),
  approve: L('同意', 'Approve'),
  reject: L('駁回', 'Reject'),
  open: L('查看', 'Open'),
  submitted: L('提交時間', 'Submitted'),
  title: L('標題', 'Title'),
  sent: L('發送時間', 'Sent'),
  recipients: L('收件人數', 'Recipients'),
  notConfirmed: L('未確認', 'Not confirmed yet'),
  allConfirmed: L('全部已確認', 'All confirmed'),
  withdrawn: L('已撤回', 'Withdrawn'),
  done: L('已處理。', 'Done.'),
  source: L('查看源碼', 'Show the source'),
  attachment: L('附件', 'Attachment'),
}

/** What a mail or message is about when that is not a form (`relatedCollection` values that are no collection). */
export const relatedNames: Record<string, ReturnType<typeof L>> = {
  'daily-digest': L('前臺接待統計', 'Daily reception statistics'),
}

/** The name of the form a slug stands for, in the reader's language (a slug that is no collection: `relatedNames`). */
export function collectionName(payload: Payload, slug: unknown, lang?: string): string {
  if (slug == null || slug === '') return ''
  const named = relatedNames[String(slug)]
  if (named) return pick(named, lang)
  const config = (payload.collections as Record<string, { config?: { labels?: { singular?: unknown } } } | undefined>)[String(slug)]?.config
  const label = config?.labels?.singular
  if (label && typeof label === 'object') return pick(label as Label, lang)
  return typeof label === 'string' ? label : String(slug)
}

