/**
 * `GET /api/<slug>/:id/workflow`: what the edit view shows around one record for the signed-in
 * person — the actions they may take now (from every workflow source), the print link, whether the
 * fields are locked, and the history — with every label in their language. Computed on the server
 * from the person's own access: another site's record answers exactly like a missing one.
 */
import type { PayloadRequest } from 'payload'
import { findVisible } from '../../../hooks/approval/engine'
import { DEFAULT_TIME_ZONE } from '../../lib/calendar'
import { langOf, refuse } from '../../lib/errors'
import { specOf } from '../../../hooks/form/specOf'
import { idOf } from '../../lib/hooks'
import { L, pick } from '../../lib/i18n'
import { positionLabels } from '../../lib/holders'
import { historyOf, type HistoryEntry } from './history'
import { isLocked, workflowSources, type WorkflowAction, type WorkflowContext } from './sources'
import { words } from './words'
import './approvalSource'

export type BarAction = Omit<WorkflowAction, 'label'> & { label: string; url: string }

export type WorkflowView = {
  locked: boolean
  actions: BarAction[]
  print?: { url: string; label: string }
  history: HistoryEntry[]
  words: Record<'comment' | 'commentRequired' | 'confirm' | 'cancel' | 'saveFirst' | 'done' | 'history' | 'historyEmpty' | 'state', string>
}

export async function workflowOf(req: PayloadRequest, slug: string, id: string): Promise<WorkflowView> {
  if (!req.user) refuse(req, L('請先登錄', 'Please sign in first'), {}, 401)
  const spec = specOf(req.payload, slug)
  if (!spec) refuse(req, L('找不到這份表單', 'No such form'), {}, 404)
  // With the person's access: another site's record, or one they may not read, is not found.
  const doc = await findVisible(req, slug, id)
  const lang = langOf(req)
  const ctx: WorkflowContext = {
    req,
    slug,
    spec: spec!,
    doc,
    user: req.user as WorkflowContext['user'],
    lang,
    positionLabel: await positionLabels(req, lang),
  }
  const api = `${req.payload.config.routes.api}/${slug}/${doc.id}`
  const actions: BarAction[] = []
  for (const source of workflowSources()) {
    for (const action of (await source.actions?.(ctx)) ?? []) actions.push({ ...action, label: pick(action.label, lang), url: `${api}/${action.endpoint}` })
  }
  const siteId = idOf(doc.site)
  const site = siteId
    ? await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, disableErrors: true })
    : null
  const timeZone = (site?.timeZone as string | undefined) || DEFAULT_TIME_ZONE
  const say = (label: keyof typeof words) => pick(words[label], lang)
  return {
    locked: isLocked(spec!, doc),
    actions,
    print: spec!.print === false ? undefined : { url: `${api}/print`, label: say('print') },
    history: await historyOf(ctx, timeZone),
    words: {
      comment: say('comment'),
      commentRequired: say('commentRequired'),
      confirm: say('confirm'),
      cancel: say('cancel'),
      saveFirst: say('saveFirst'),
      done: say('done'),
      history: say('history'),
      historyEmpty: say('historyEmpty'),
      state: say('state'),
    },
  }
}
