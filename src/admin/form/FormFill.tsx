'use client'
/**
 * Forms that fill themselves (issue 11 item 3), in the admin panel: rendered before the document
 * controls of every form (hooks/form/fill.ts), it draws nothing and
 * - fills a new record from the address: `?prefill[field]=value` (dot paths for groups, e.g.
 *   `prefill[newElder.name]=张桂兰`), for fields the person may edit;
 * - applies the fields declared `filled(…, 'now' | 'me', { when })` (src/lib/fields.ts) at the moment
 *   their condition is first ticked (a visitor's time in and the confirming staff member once the
 *   phone confirmation is ticked);
 * - copies from a related record into the empty fields when a `copyFrom` relationship is chosen or
 *   prefilled (the family and the elder from a reception record).
 * The server applies the same declarations when a client omits them; it is the one that decides.
 */
import { useAllFormFields, useAuth, useConfig, useDocumentInfo, useForm, useFormInitializing } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useSearchParams } from 'next/navigation'
import React, { useEffect, useMemo, useRef } from 'react'

type Fill = { fill: 'now' | 'me'; when?: string; unless?: Record<string, unknown> }
type Info = { path: string; field: ClientField & { admin?: { custom?: { fill?: Fill; copy?: Record<string, string> }; readOnly?: boolean } } }

/** Every field with a value, by its form path (rows and collapsibles are transparent; groups add a segment). */
const walk = (fields: readonly ClientField[], prefix = ''): Info[] =>
  fields.flatMap((f) => {
    const named = 'name' in f && f.name ? `${prefix}${f.name}` : undefined
    if (f.type === 'row' || f.type === 'collapsible') return walk(f.fields, prefix)
    if (f.type === 'tabs') return f.tabs.flatMap((t) => walk(t.fields, 'name' in t && t.name ? `${prefix}${t.name}.` : prefix))
    if (f.type === 'group') return named ? walk(f.fields, `${named}.`) : walk(f.fields, prefix)
    if (f.type === 'ui' || !named) return []
    return [{ path: named, field: f as Info['field'] }]
  })

const blank = (v: unknown) => v === undefined || v === null || v === ''
const truthy = (v: unknown) => Boolean(v) && v !== 'false'

/** A value from the address in the form's own type. */
const coerce = (field: ClientField, raw: string): unknown => {
  switch (field.type) {
    case 'number':
      return raw === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw)
    case 'checkbox':
      return raw === 'true' || raw === '1'
    case 'relationship':
    case 'upload':
      return 'hasMany' in field && field.hasMany ? raw.split(',').map(Number).filter(Number.isSafeInteger) : Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined
    case 'select':
      return 'hasMany' in field && field.hasMany ? raw.split(',') : raw
    default:
      return raw
  }
}

const getPath = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), o)

export const FormFill: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { getEntityConfig, config } = useConfig()
  const { user } = useAuth()
  const { dispatchFields, setModified } = useForm()
  const initializing = useFormInitializing()
  const [fields] = useAllFormFields()
  const search = useSearchParams()
  const infos = useMemo(() => {
    const collection = collectionSlug ? getEntityConfig({ collectionSlug }) : undefined
    return collection ? walk(collection.fields) : []
  }, [collectionSlug, getEntityConfig])
  const prefilled = useRef(false)
  const seen = useRef<Record<string, unknown>>({})
  const copied = useRef<Record<string, unknown>>({})

  const set = (path: string, value: unknown) => {
    dispatchFields({ type: 'UPDATE', path, value } as never)
    setModified(true)
  }
  const valueOf = (path: string) => fields?.[path]?.value

  // 1. The address fills a new record, once the form is ready.
  useEffect(() => {
    if (prefilled.current || initializing || id || !fields || !Object.keys(fields).length) return
    prefilled.current = true
    for (const [key, raw] of search.entries()) {
      const path = /^prefill\[(.+)\]$/.exec(key)?.[1]
      const info = path && infos.find((i) => i.path === path)
      if (!info || !fields[info.path] || info.field.admin?.readOnly) continue
      const value = coerce(info.field, raw)
      if (value !== undefined) set(info.path, value)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initializing, id, fields, infos, search])

  // 2. Declared 'now' / 'me' fields, when their condition is first ticked.
  useEffect(() => {
    if (!fields || initializing) return
    const previous = { ...seen.current }
    for (const info of infos) {
      const fill = info.field.admin?.custom?.fill
      if (!fill?.when) continue
      const condition = info.path.includes('.') ? `${info.path.slice(0, info.path.lastIndexOf('.') + 1)}${fill.when}` : fill.when
      const now = truthy(valueOf(condition))
      // Read against the state before this change (several fields may wait for the same condition).
      const was = previous[condition]
      seen.current[condition] = now
      if (was === undefined || was || !now || !blank(valueOf(info.path))) continue
      if (fill.unless && Object.entries(fill.unless).every(([k, v]) => valueOf(k) === v)) continue
      const value = fill.fill === 'now' ? new Date().toISOString() : user?.id
      if (value !== undefined) set(info.path, value)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, infos, initializing, user])

  // 3. A `copyFrom` relationship, once chosen (or prefilled), fills the empty fields from its record.
  useEffect(() => {
    if (!fields || initializing) return
    for (const info of infos) {
      const map = info.field.admin?.custom?.copy
      if (!map || info.field.type !== 'relationship') continue
      const chosen = valueOf(info.path)
      const key = typeof chosen === 'object' && chosen ? (chosen as { value?: unknown }).value : chosen
      if (blank(key) || copied.current[info.path] === key) continue
      const first = copied.current[info.path] === undefined
      copied.current[info.path] = key
      if (first && id) continue // an existing record's relation: nothing new was chosen
      const relationTo = (info.field as { relationTo: string }).relationTo
      void fetch(`${config.serverURL}${config.routes.api}/${relationTo}/${key}?depth=0`, { credentials: 'include' })
        .then((r) => (r.ok ? r.json() : undefined))
        .then((doc) => {
          if (!doc) return
          for (const [target, source] of Object.entries(map)) {
            const value = getPath(doc, source)
            if (!blank(value) && fields[target] !== undefined && blank(valueOf(target))) set(target, value)
          }
        })
        .catch(() => undefined)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, infos, initializing, id])

  return null
}
