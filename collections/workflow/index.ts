import type { CollectionConfig } from 'payload'
import { ApprovalTokens } from './approval-tokens'
import { Approvals } from './approvals'
import { CallTasks } from './call-tasks'
import { MailOutbox } from './mail-outbox'
import { MessageReceipts } from './message-receipts'
import { Messages } from './messages'

export const workflowCollections: CollectionConfig[] = [Messages, MessageReceipts, Approvals, ApprovalTokens, CallTasks, MailOutbox]
