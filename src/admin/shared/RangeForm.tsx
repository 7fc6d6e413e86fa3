/**
 * The site-and-date-range form of the report views (CARE-23 statistics, PROP-10 follow-up rates): a
 * GET form with the person's sites, from and to (YYYY-MM-DD, from not after to, at most 366 days),
 * and `readRange` for the values it sends (the site's own today by default).
 */
import { addDays, parseISO } from 'date-fns'
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
}

export type Range = { site: UserSite; from: string; to: string; valid: boolean }

/** The chosen site (default the first), `to` (default the site's today) and `from` (default `defaultFrom(to)`). */
export function readRange(sites: UserSite[], searchParams: unknown, defaultFrom: (to: string) => string): Range {
  const q = (searchParams ?? {}) as Record<string, string | undefined>
  const site = sites.find((s) => String(s.id) === q.site) ?? sites[0]
  const to = q.to ?? localDay(new Date(), site.timeZone)
  const from = q.from ?? defaultFrom(to)
  const valid = DAY.test(from) && DAY.test(to) && from <= to && addDays(parseISO(from), 366) > parseISO(to)
  return { site, from, to, valid }
}

/** The form, and below it the refusal when the range is not valid. */
export function RangeForm({ sites, range, lang }: { sites: UserSite[]; range: Range; lang: string }) {
  const t = (label: (typeof words)[keyof typeof words]) => pick(label, lang)
  return (
    <>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
        <label>
          {t(words.site)}
          <br />
          <select name="site" defaultValue={String(range.site.id)}>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
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
        <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>{t(words.show)}</button>
      </form>
      {range.valid ? null : <p style={{ color: 'var(--theme-error-500)' }}>{t(words.badRange)}</p>}
    </>
  )
}
