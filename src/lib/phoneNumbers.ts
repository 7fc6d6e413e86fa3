/**
 * Phone numbers as people write them (138 0000 1234, 138-0000-1234, +86 13800001234, 028-8888 6666):
 * compared by their digits, the country code 86 and a trunk 0 left out, so a caller is recognised
 * however the number was stored.
 */
import { fill, type Label } from './i18n'

/** The number's significant digits: no separators, no +86 / 0086, no trunk 0 of a landline. */
export function phoneDigits(number: unknown): string {
  let d = String(number ?? '').replace(/\D/g, '')
  if (d.startsWith('0086')) d = d.slice(4)
  else if (d.length === 13 && d.startsWith('86')) d = d.slice(2)
  if (d.startsWith('0') && d.length >= 10) d = d.slice(1)
  return d
}

/**
 * Whether two numbers are the same line: equal digits, or (7 digits or more) one is the other with an
 * area code (a landline stored with 028, dialled without).
 */
export function samePhone(a: unknown, b: unknown): boolean {
  const x = phoneDigits(a)
  const y = phoneDigits(b)
  if (x.length < 3 || y.length < 3) return false
  if (x === y) return true
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  // A mobile (11 digits from 1) never has an area code in front.
  const mobile = long.length === 11 && long.startsWith('1')
  return !mobile && short.length >= 7 && long.length - short.length <= 4 && long.endsWith(short)
}

/** The last four digits: a `contains` query on them finds the candidates, `samePhone` decides. */
export const phoneTail = (number: unknown) => phoneDigits(number).slice(-4)

/** A label with its `{placeholders}` filled in each language. */
export const fillLabel = (label: Label, values: Record<string, unknown>): Label =>
  Object.fromEntries(Object.entries(label).map(([lang, text]) => [lang, fill(text, values)])) as Label
