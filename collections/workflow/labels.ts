import { L } from '../../src/lib/i18n'

export const outboxStatuses = {
  queued: L('待發送', 'Queued'),
  sending: L('發送中', 'Sending'),
  sent: L('已發送', 'Sent'),
  retrying: L('發送失敗,等待重試', 'Failed, will retry'),
  failed: L('發送失敗,已放棄', 'Failed, gave up'),
}

export const receiptStates = {
  unread: L('未讀', 'Unread'),
  read: L('已讀', 'Read'),
  confirmed: L('已確認', 'Confirmed'),
}

export const messageStatuses = {
  open: L('進行中', 'Open'),
  done: L('全部已確認', 'All confirmed'),
  withdrawn: L('已撤回', 'Withdrawn'),
}

export const approvalStatuses = {
  pending: L('審批中', 'Pending approval'),
  approved: L('已批准', 'Approved'),
  rejected: L('已駁回', 'Rejected'),
  withdrawn: L('已撤回', 'Withdrawn'),
}

export const decisions = {
  approved: L('同意', 'Approve'),
  rejected: L('駁回', 'Reject'),
}

export const signChannels = {
  email: L('郵件鏈接', 'E-mail link'),
  admin: L('管理後臺', 'Admin panel'),
  api: L('接口', 'API'),
}

export const callTaskStatuses = {
  open: L('待撥打', 'To call'),
  done: L('已撥打', 'Called'),
  cancelled: L('已取消', 'Cancelled'),
}

/** A text field holding a collection slug shows the form's name in the reader's language (src/admin/workflow/CollectionLabel.tsx). */
export const formNameAdmin = {
  custom: { formName: true },
  components: { Field: '/src/admin/workflow/CollectionLabel#CollectionField', Cell: '/src/admin/workflow/CollectionLabel#CollectionCell' },
}
