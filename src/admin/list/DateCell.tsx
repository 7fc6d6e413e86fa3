/**
 * Issue 11 item 7, fast lists: a date column of a list is written by the server as it renders the
 * table (src/admin/list/cellDate.ts: the record's site time zone, 24-hour, the field's display format),
 * so the list is complete in the first HTML. Payload's own date cell formats in the browser and shows
 * 加载中... until the page's JavaScript, hydration and the date-fns locale have loaded. The cell itself
 * is Payload's default cell (same link on the first column, drawer selection, empty placeholder),
 * given the text.
 */
import { idOf } from '../../lib/hooks'
import { cellDate, type DateCellField } from './cellDate'
import { defaultCell, textCell, type ServerCellProps } from './defaultCell'
import { labelOf, siteZones } from './request'

type Props = ServerCellProps<DateCellField & { timezone?: unknown }>

export async function DateCell(props: Props) {
  const { payload, i18n, cellData, rowData, field } = props
  if (process.env.RELATED_CELLS === 'browser') {
    // Payload's own cell, formatted in the browser: only to measure the difference (bench/lists.ts).
    const own = { name: field.name, type: 'date', label: labelOf(field.label, i18n), timezone: field.timezone, admin: { date: field.admin?.date ?? {} } }
    return defaultCell(props, cellData, own)
  }
  let text: string | undefined
  if (cellData != null && cellData !== '') {
    // A field kept with its own zone (`timezone: true`) is shown in it, as Payload does; otherwise the record's site's.
    const own = field.timezone && rowData ? rowData[`${field.name}_tz`] : undefined
    const zone = typeof own === 'string' && own ? own : (await siteZones(payload)).get(idOf(rowData?.site) ?? -1)
    text = cellDate(cellData, field, zone, payload.config.admin.dateFormat, i18n.language)
  }
  return textCell(props, text)
}
