/**
 * What the server-rendered list cells (RelatedCell, DateCell) share: the props Payload gives a custom cell,
 * and Payload's own default cell (the same link on the first column, drawer selection, empty placeholder)
 * to hand their text to.
 */
import { RenderDefaultCell } from '@payloadcms/ui'
import type { Payload } from 'payload'
import React from 'react'
import { labelOf } from './request'

export type ServerCellProps<F> = {
  payload: Payload
  i18n: { t: (key: string, options?: Record<string, unknown>) => string; language?: string }
  cellData?: unknown
  rowData?: Record<string, unknown>
  collectionSlug: string
  columnIndex?: number
  link?: boolean
  linkURL?: string
  className?: string
  customCellProps?: Record<string, unknown>
  viewType?: string
  field: F & { name: string; label?: unknown; admin?: { className?: string } }
}

/** Payload's default cell for `cellData`, the column's field being `clientField` as the browser sees it. */
export function defaultCell(props: ServerCellProps<unknown>, cellData: unknown, clientField: Record<string, unknown>) {
  const { rowData, collectionSlug, columnIndex, link, linkURL, className, customCellProps, viewType } = props
  return (
    <RenderDefaultCell
      clientProps={{ cellData, collectionSlug, customCellProps, field: clientField, link, linkURL, rowData, viewType, className } as never}
      columnIndex={columnIndex ?? 0}
      isLinkedColumn={Boolean(link)}
    />
  )
}

/** The server's text in Payload's default cell, shown as a text field's. */
export function textCell(props: ServerCellProps<unknown>, text: string | undefined) {
  const { field, i18n } = props
  return defaultCell(props, text, { name: field.name, type: 'text', label: labelOf(field.label, i18n), admin: field.admin?.className ? { className: field.admin.className } : {} })
}
