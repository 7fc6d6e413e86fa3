/**
 * The one walk over a form's field declarations: rows and collapsibles only lay fields out (they add
 * no nesting to the data), so the fields a record holds are found by looking inside them. Groups,
 * arrays and named tabs do nest data and are returned as they are (walk into them yourself if needed).
 * Used by the print layout, the export, the approval summary, server-owned fields, deadlines and the
 * dates of message templates.
 */
import type { Field } from 'payload'

type Layout = { type: string; fields?: readonly unknown[] }

/** Fields in form order, rows and collapsibles flattened (unnamed `ui` fields included). */
export function flatFields<F extends { type: string } = Field>(fields: readonly F[]): F[] {
  return fields.flatMap((f) => {
    const layout = f as Layout
    return (layout.type === 'row' || layout.type === 'collapsible') && layout.fields ? flatFields(layout.fields as F[]) : [f]
  })
}

/** The fields that hold data under a name, in form order. */
export const namedFields = <F extends { type: string } = Field>(fields: readonly F[]): (F & { name: string })[] =>
  flatFields(fields).filter((f): f is F & { name: string } => typeof (f as { name?: unknown }).name === 'string')

/** The field of this name (looking inside rows and collapsibles). */
export const fieldNamed = <F extends { type: string } = Field>(fields: readonly F[], name: string): (F & { name: string }) | undefined =>
  namedFields(fields).find((f) => f.name === name)
