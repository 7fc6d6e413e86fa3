/**
 * WF-05/07, CORE-07 in the admin panel: every form's edit view gets the workflow bar and the history.
 * - `GET /api/<slug>/:id/workflow`: the actions the signed-in person may take now (withdraw,
 *   resubmit, approve/reject for the current approver, and whatever a later workflow source adds),
 *   the print link, whether the fields are locked, and the history (src/admin/workflow/panel.ts).
 * - The bar (buttons, print) before the document controls; the history panel in the sidebar.
 * - Fields of a locked record (pending or approved) are read-only in the edit view: their update
 *   access says no while locked (a client's write is refused with a 409 before that anyway).
 * - Position slugs (`approvalPosition`, or a field with `custom.positionSlug`) show as their labels.
 * A workflow mechanism plugs into all of it with `registerWorkflowSource` (src/admin/workflow/sources.ts).
 */
import type { CollectionConfig, Endpoint, Field, FieldAccess } from 'payload'
import { workflowOf } from '../src/admin/workflow/panel'
import { isLocked } from '../src/admin/workflow/sources'
import { words } from '../src/admin/workflow/words'
import type { FormFeature, FormSpec } from './form/types'

const components = {
  bar: '/src/admin/workflow/ActionBar#ActionBar',
  save: '/src/admin/workflow/SaveButton#SaveButton',
  history: '/src/admin/workflow/HistoryPanel#HistoryPanel',
  positionField: '/src/admin/workflow/PositionLabel#PositionField',
  positionCell: '/src/admin/workflow/PositionLabel#PositionCell',
}

/** The sidebar panel with the record's history (a UI field: stores nothing). */
export const historyField: Field = {
  type: 'ui',
  name: 'workflowHistory',
  label: words.history,
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: components.history } },
}

const serverOwned = (f: Field) => Boolean((f as { custom?: { serverOwned?: boolean } }).custom?.serverOwned)

/**
 * Update access that says no while the record is locked, then asks the field's own rule. It is what
 * makes the edit view show the fields read-only (the admin panel computes it with a local request, so
 * it cannot tell clients from the server); server code that changes a locked record writes with
 * `overrideAccess: true`, which skips field access.
 */
const lockedAccess = (spec: FormSpec, own?: FieldAccess): FieldAccess => (args) => {
  if (isLocked(spec, args.doc as Record<string, unknown> | undefined)) return false
  return own ? own(args) : true
}

/** The form's own data fields, read-only while locked; position slugs shown as labels. */
function adapt(spec: FormSpec, fields: Field[]): Field[] {
  return fields.map((f): Field => {
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) return { ...f, fields: adapt(spec, f.fields) }
    if (f.type === 'tabs') return { ...f, tabs: f.tabs.map((t) => ('name' in t && t.name ? { ...t, access: { ...t.access, update: lockedAccess(spec, t.access?.update) } } : { ...t, fields: adapt(spec, t.fields) })) }
    if (!('name' in f) || f.type === 'ui') return f
    const custom = (f as { custom?: { positionSlug?: boolean } }).custom
    if (f.type === 'text' && (f.name === 'approvalPosition' || custom?.positionSlug)) {
      return { ...f, admin: { ...f.admin, components: { ...f.admin?.components, Field: components.positionField, Cell: components.positionCell } } }
    }
    if (serverOwned(f)) return f
    return { ...f, access: { ...f.access, update: lockedAccess(spec, f.access?.update) } } as Field
  })
}

export const workflowActions: FormFeature = (spec, collection): CollectionConfig => {
  const endpoint: Endpoint = {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) =>
      Response.json(await workflowOf(req, spec.slug, String(req.routeParams?.id)), { headers: { 'cache-control': 'no-store' } }),
  }
  const edit = collection.admin?.components?.edit
  return {
    ...collection,
    fields: [...adapt(spec, collection.fields), historyField],
    endpoints: [...((collection.endpoints || []) as Endpoint[]), endpoint],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...edit,
          beforeDocumentControls: [...(edit?.beforeDocumentControls ?? []), components.bar],
          // No Save button on a locked record (its fields are read-only).
          SaveButton: edit?.SaveButton ?? components.save,
        },
      },
    },
  }
}
