/**
 * Forms that fill themselves (issue 11 item 3): the part every form gets.
 *
 * - In the admin panel, `src/admin/form/FormFill.tsx` (before the document controls of every form)
 *   fills the create form from the address (`?prefill[field]=value`, dot paths for groups), applies
 *   the declared `filled(…, 'now' | 'me', { when })` fields when their condition is ticked, and copies
 *   from a related record when a `copyFrom` relationship is chosen or prefilled.
 * - On the server, `copyFrom` is applied on save (create, or an update that changes the relation):
 *   the related record is read only if it is on the record's own site — another site's record (or a
 *   missing one) refuses the request as missing, with nothing copied — and fills only empty fields.
 *   A server-owned target (hooks/serverOwned.ts) is the server's own write: it always takes the copied
 *   value — null when the chosen record has none, or when the relation is cleared — and the server-owned
 *   guard accepts exactly that value; a client that sends a different (changed) value keeps it and is
 *   refused by the guard.
 *   `filled` fields are applied by their own field hooks (src/lib/fields.ts).
 *
 * A form needs nothing but the declarations on its fields.
 */
import type { CollectionBeforeValidateHook, CollectionConfig, CollectionSlug, Field } from 'payload'
import { L, pick, type Label } from '../../src/lib/i18n'
import { idOf, siteOf } from '../../src/lib/hooks'
import { flatFields } from '../../src/lib/fieldWalk'
import { onSite } from '../onSite'
import { writtenByServer } from '../serverOwned'
import { langOf, refuse } from '../../src/lib/errors'
import type { FormFeature } from './types'

export const fillComponent = '/src/admin/form/FormFill#FormFill'

const missing = L('所選的「{field}」不存在', 'The chosen {field} does not exist')

type Copy = { name: string; label?: unknown; relationTo: CollectionSlug; map: Record<string, string> }

const copiesOf = (fields: Field[]): Copy[] =>
  flatFields(fields).flatMap((f) => {
    const copy = (f as { admin?: { custom?: { copy?: Record<string, string> } } }).admin?.custom?.copy
    return copy && f.type === 'relationship' && typeof f.relationTo === 'string' ? [{ name: f.name, label: f.label, relationTo: f.relationTo as CollectionSlug, map: copy }] : []
  })

const blank = (v: unknown) => v === undefined || v === null || v === ''

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const serverOwnedOf = (fields: Field[]): Set<string> =>
  new Set(flatFields(fields).flatMap((f) => ('name' in f && (f.custom as { serverOwned?: boolean } | undefined)?.serverOwned ? [f.name] : [])))

const getPath = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), o)

const setPath = (o: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let at = o
  for (const key of keys.slice(0, -1)) {
    if (!at[key] || typeof at[key] !== 'object') at[key] = {}
    at = at[key] as Record<string, unknown>
  }
  at[keys[keys.length - 1]] = value
}

/**
 * The server's own write of `value` (null: cleared) into a server-owned `target`. What the client sent
 * stands only if it changes the field to another value than the copy's (the server-owned guard then
 * refuses it); otherwise the copy wins.
 */
const writeOwned = (data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined, operation: string, target: string, value: unknown) => {
  const sent = getPath(data, target)
  const unchanged = operation === 'update' ? same(sent, getPath(originalDoc, target)) : blank(sent)
  if (!unchanged && !same(sent, value) && !(blank(sent) && blank(value))) return
  setPath(data, target, value)
  writtenByServer(data, target, value)
}

/**
 * Copy the empty fields from the chosen related record, on the record's own site only. A server-owned
 * target follows its source: when the chosen record has no value for it, or the relation is cleared, the
 * server clears it (PROP-07/PROP-08: a unit's code never outlives the unit it came from).
 */
const copyHook =
  (copies: Copy[], owned: Set<string>): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (!data) return data
    for (const copy of copies) {
      const chosen = idOf(data[copy.name])
      if (chosen === undefined) {
        // The relation cleared on an update: what was copied from it into server-owned fields goes too.
        const cleared = operation === 'update' && copy.name in data && idOf(originalDoc?.[copy.name]) !== undefined
        if (cleared) for (const target of Object.keys(copy.map)) if (owned.has(target)) writeOwned(data, originalDoc, operation, target, null)
        continue
      }
      if (operation === 'update' && chosen === idOf(originalDoc?.[copy.name])) continue
      const site = siteOf(data) ?? siteOf(originalDoc)
      // The site is required (siteChosen answers first when it is missing).
      if (site === undefined) continue
      const from = await onSite<Record<string, unknown>>(req, copy.relationTo, chosen, site)
      if (!from) refuse(req, missing, { field: typeof copy.label === 'object' && copy.label ? pick(copy.label as Label, langOf(req)) : copy.name }, 404)
      for (const [target, source] of Object.entries(copy.map)) {
        const value = getPath(from, source)
        if (owned.has(target)) {
          writeOwned(data, originalDoc, operation, target, blank(value) ? null : value)
          continue
        }
        if (blank(value)) continue
        if (!blank(getPath(data, target)) || (operation === 'update' && !blank(getPath(originalDoc, target)) && getPath(data, target) === undefined)) continue
        setPath(data, target, value)
      }
    }
    return data
  }

export const formFill: FormFeature = (_spec, collection): CollectionConfig => {
  const copies = copiesOf(collection.fields)
  const edit = collection.admin?.components?.edit
  return {
    ...collection,
    // First, so the form's own hooks see the copied values.
    hooks: copies.length ? { ...collection.hooks, beforeValidate: [copyHook(copies, serverOwnedOf(collection.fields)), ...(collection.hooks?.beforeValidate ?? [])] } : collection.hooks,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: { ...edit, beforeDocumentControls: [...(edit?.beforeDocumentControls ?? []), fillComponent] },
      },
    },
  }
}
