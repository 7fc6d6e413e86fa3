/**
 * Issue 11 item 7 / item 2: a date cell's text as the server writes it into the list — in the record's
 * site time zone, 24-hour, in the field's display format (src/lib/adminViews.ts sets one for every
 * date field). Payload's own date cell formats in the browser only once its date-fns locale has loaded
 * after hydration, and shows 加载中... until then.
 */
import { TZDate } from '@date-fns/tz'
import { format, parseISO } from 'date-fns'
import { enUS, zhCN, zhTW } from 'date-fns/locale'
import { dayOf, DEFAULT_TIME_ZONE } from '../../lib/calendar'

export type DateCellField = { admin?: { date?: { pickerAppearance?: string; displayFormat?: string } } }

const locales = { zh: zhCN, 'zh-TW': zhTW, en: enUS } as const

/**
 * The text of a date value: a day-only field is the site's day of the value (`dayOf`: a day kept as UTC
 * midnight or noon is that day, a local midnight the site's day), any other date the instant in the
 * site's zone. Undefined for an empty value; a value that is not a date is shown as it is.
 */
export function cellDate(value: unknown, field: DateCellField, timeZone: string = DEFAULT_TIME_ZONE, fallbackFormat = 'yyyy-MM-dd HH:mm', language = 'zh'): string | undefined {
  if (value == null || value === '') return undefined
  if (!(typeof value === 'string' || typeof value === 'number' || value instanceof Date) || Number.isNaN(new Date(value).getTime())) return String(value)
  const date = field.admin?.date ?? {}
  const pattern = date.displayFormat || (date.pickerAppearance === 'dayOnly' ? 'yyyy-MM-dd' : fallbackFormat)
  const locale = locales[language as keyof typeof locales] ?? zhCN
  const zone = timeZone || DEFAULT_TIME_ZONE
  if (date.pickerAppearance === 'dayOnly') return format(parseISO(dayOf(value, zone)), pattern, { locale })
  return format(new TZDate(new Date(value).getTime(), zone), pattern, { locale })
}
