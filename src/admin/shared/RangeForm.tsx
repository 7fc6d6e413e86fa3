/**
 * The site-and-date-range form of the report views (CARE-23 statistics, PROP-10 follow-up rates): a
 * GET form with the person's sites, from and to (YYYY-MM-DD, from not after to, at most 366 days),
 * and `readRange` for the values it sends (the site's own today by default). A view that reports per
 * month or quarter (OFFICE-05, OFFICE-10) reads `readPeriod` instead: the same form with one month or
 * quarter field. `SiteSelect` is the form's site chooser on its own (a view with no range).
 */
import { addDays, addMonths, format, parseISO } from 'date-fns'
import React from 'react'
import { DAY } from '../../../collections/schedules/labels'
import { localDay } from '../../lib/calendar'
import { L, pick } from '../../lib/i18n'
import type { UserSite } from '../schedules/sites'

const words = {
  site: L('站點', 'Site'),
  from: L('從', 'From'),
  to: L('到', 'To'),
  show: L('查詢', 'Show'),
  badRange: L('日期格式為 YYYY-MM-DD,開始不晚於結束,最長 366 天', 'Dates are YYYY-MM-DD, from not after to, at most 366 days'),
  month: L('月份', 'Month'),
  quarter: L('季度', 'Quarter'),
  badMonth: L('月份的格式是 YYYY-MM,例如 2026-11', 'A month is written YYYY-MM, e.g. 2026-11'),
  badQuarter: L('季度的格式是「年份-Q季度」,例如 2026-Q4', 'A quarter is written year-Qn, e.g. 2026-Q4'),
}

export type Range = { site: UserSite; from: string; to: string; valid: boolean }

/** A month ('2026-11') or a quarter ('2026-Q4') instead of a free range; `from`/`to` are its first and last day. */
export type PeriodUnit = 'month' | 'quarter'
export type Period = Range & { unit: PeriodUnit; period: string }

const PERIOD: Record<PeriodUnit, RegExp> = { month: /^(\d{4})-(0[1-9]|1[0-2])$/, quarter: /^(\d{4})-Q([1-4])$/ }

/** The month or quarter of a day ('2026-11-30' → '2026-11' or '2026-Q4'). */
const periodOf = (day: string, unit: PeriodUnit) => (unit === 'month' ? day.slice(0, 7) : `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`)

/**
 * The chosen site (`?site=`, else `fallback`, else the first) and its `?month=` or `?quarter=` (default the
 * site's current one); not valid when the value is not a month or quarter.
 */
export function readPeriod(sites: UserSite[], searchParams: unknown, unit: PeriodUnit, fallback?: UserSite): Period {
  const q = (searchParams ?? {}) as Record<string, string | undefined>
  const site = sites.find((s) => String(s.id) === q.site) ?? fallback ?? sites[0]
  const period = q[unit] != null ? String(q[unit]) : periodOf(localDay(new Date(), site.timeZone), unit)
  const m = PERIOD[unit].exec(period)
  if (!m) return { site, from: '', to: '', valid: false, unit, period }
  const first = unit === 'month' ? `${period}-01` : `${m[1]}-${String(Number(m[2]) * 3 - 2).padStart(2, '0')}-01`
  const to = format(addDays(addMonths(parseISO(first), unit === 'month' ? 1 : 3), -1), 'yyyy-MM-dd')
  return { site, from: first, to, valid: true, unit, period }
}

/** The site chooser of the form (a GET parameter `site`), for a view that needs no range. */
export function SiteSelect({ sites, site, lang }: { sites: UserSite[]; site: UserSite; lang: string }) {
  return (
    <label>
      {pick(words.site, lang)}
      <br />
      <select name="site" defaultValue={String(site.id)}>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>{s.name}</option>
        ))}
      </select>
    </label>
  )
}

/** The chosen site (default the first), `to` (default the site's today) and `from` (default `defaultFrom(to)`). */
export function readRange(sites: UserSite[], searchParams: unknown, defaultFrom: (to: string) => string): Range {
  const q = (searchParams ?? {}) as Record<string, string | undefined>
  const site = sites.find((s) => String(s.id) === q.site) ?? sites[0]
  const to = q.to ?? localDay(new Date(), site.timeZone)
  const from = q.from ?? defaultFrom(to)
  const valid = DAY.test(from) && DAY.test(to) && from <= to && addDays(parseISO(from), 366) > parseISO(to)
  return { site, from, to, valid }
}

/**
 * The form, and below it the refusal when the range is not valid. A `Period` (from `readPeriod`) shows its
 * month or quarter field instead of from and to; `children` go after the button (a download link).
 */
export function RangeForm({ sites, range, lang, children }: { sites: UserSite[]; range: Range | Period; lang: string; children?: React.ReactNode }) {
  const t = (label: (typeof words)[keyof typeof words]) => pick(label, lang)
  const period = 'unit' in range ? range : undefined
  const unit = period?.unit
  return (
    <>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
        <SiteSelect sites={sites} site={range.site} lang={lang} />
        {period?.unit === 'month' ? (
          <label>
            {t(words.month)}
            <br />
            <input type="month" name="month" defaultValue={period.period} />
          </label>
        ) : period?.unit === 'quarter' ? (
          <label>
            {t(words.quarter)}
            <br />
            <input name="quarter" defaultValue={period.period} pattern="\d{4}-Q[1-4]" size={8} />
          </label>
        ) : (
          <>
            <label>
              {t(words.from)}
              <br />
              <input type="date" name="from" defaultValue={range.from} />
            </label>
            <label>
              {t(words.to)}
              <br />
              <input type="date" name="to" defaultValue={range.to} />
            </label>
          </>
        )}
        <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>{t(words.show)}</button>
        {children}
      </form>
      {range.valid ? null : <p style={{ color: 'var(--theme-error-500)' }}>{t(unit === 'month' ? words.badMonth : unit === 'quarter' ? words.badQuarter : words.badRange)}</p>}
    </>
  )
}
