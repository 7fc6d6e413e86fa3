/**
 * Fields the server maintains (statuses a workflow drives, flags a sweep sets, computed totals) are
 * marked `custom.serverOwned`. A client that tries to change one gets a 4xx saying so; the value
 * stays as the server left it. Server code (hooks, jobs) writes them through the Local API.
 */
import type { Field } from 'payload'
import { refuse } from '../src/lib/errors'
import { isServerCall } from './access'
import { L, pick } from '../src/lib/i18n'
import { addHooks } from '../src/lib/hooks'
import { flatFields } from '../src/lib/fieldWalk'
import type { FormFeature } from './form/types'

/** Mark a field as maintained by the server: read-only in the admin panel, refused from clients. */
export const serverOwned = <F extends Field>(field: F): F =>
  ({
    ...field,
    custom: { ...(field as { custom?: object }).custom, serverOwned: true },
    admin: { ...(field as { admin?: object }).admin, readOnly: true },
  }) as F


const serverOwnedNames = (fields: Field[]): string[] =>
  flatFields(fields).flatMap((f) => ('name' in f && (f.custom as { serverOwned?: boolean } | undefined)?.serverOwned ? [f.name] : []))

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Values the server itself put into a client's write before this guard looks (a declared `copyFrom`,
 * hooks/form/fill.ts): accepted, but only while the field still holds exactly that value.
 */
const serverWritten = new WeakMap<object, Map<string, unknown>>()

/** Record that the server wrote `value` into `data[name]` (the guard then accepts that value, and only it). */
export function writtenByServer(data: object, name: string, value: unknown) {
  const written = serverWritten.get(data) ?? new Map<string, unknown>()
  written.set(name, value)
  serverWritten.set(data, written)
}

export const serverOwnedGuard: FormFeature = (_spec, collection) => {
  const names = serverOwnedNames(collection.fields)
  if (names.length === 0) return collection
  const fields = flatFields(collection.fields)
  return addHooks(collection, {
    beforeValidate: [
      ({ data, originalDoc, operation, req }) => {
        if (!data || isServerCall(req)) return data
        const forced = names.filter((name) => {
          if (!(name in data)) return false
          const written = serverWritten.get(data)
          if (written?.has(name) && same(data[name], written.get(name))) return false
          if (operation === 'update') return !same(data[name], originalDoc?.[name])
          const field = fields.find((f) => 'name' in f && f.name === name) as { defaultValue?: unknown }
          return !same(data[name], typeof field.defaultValue === 'function' ? data[name] : field.defaultValue)
        })
        if (forced.length) {
          const labels = forced.map((name) => {
            const field = fields.find((f) => 'name' in f && f.name === name) as { label?: unknown }
            return typeof field.label === 'object' ? pick(field.label as never, req.i18n?.language) : name
          })
          refuse(req, L('「{fields}」由系統按流程維護,不能直接修改', '"{fields}" is maintained by the workflow and cannot be set directly'), {
            fields: labels.join('、'),
          }, 403)
        }
        return data
      },
    ],
  })
}
