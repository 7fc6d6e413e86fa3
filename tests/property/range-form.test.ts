/** PROP-10 / CARE-23: the one site-and-range form of the report views (follow-up rates, reception statistics). */
import { describe, expect, it } from 'vitest'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { RangeForm, readRange } from '../../src/admin/shared/RangeForm'

const sites = [
  { id: 3, name: '千禾颐养家苑', timeZone: 'Asia/Shanghai' },
  { id: 7, name: '锦城物业服务中心', timeZone: 'Asia/Shanghai' },
]
const monthStart = (to: string) => `${to.slice(0, 8)}01`

describe('PROP-10 CARE-23 the report views’ range form', () => {
  it('PROP-10 CARE-23 reads the chosen site and range, defaults to the site’s today, and refuses a bad or too long range in the person’s language', () => {
    expect(readRange(sites, { site: '7', from: '2026-03-01', to: '2026-03-31' }, monthStart)).toMatchObject({ site: sites[1], from: '2026-03-01', to: '2026-03-31', valid: true })
    const byDefault = readRange(sites, {}, monthStart)
    expect(byDefault.site).toBe(sites[0])
    expect(byDefault.to).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(byDefault.from).toBe(monthStart(byDefault.to))
    expect(readRange(sites, { site: '99' }, monthStart).site).toBe(sites[0]) // not one of theirs: their first
    for (const q of [{ from: '2026-04-01', to: '2026-03-01' }, { from: '2025-01-01', to: '2026-03-01' }, { from: '2026-3-1', to: '2026-03-31' }]) {
      expect(readRange(sites, q, monthStart).valid).toBe(false)
    }
    const bad = readRange(sites, { from: 'x', to: '2026-03-31' }, monthStart)
    const zh = renderToStaticMarkup(React.createElement(RangeForm, { sites, range: bad, lang: 'zh' }))
    expect(zh).toContain('日期格式为 YYYY-MM-DD')
    expect(zh).toContain('<option value="7">锦城物业服务中心</option>')
    const en = renderToStaticMarkup(React.createElement(RangeForm, { sites, range: readRange(sites, { site: '7', from: '2026-03-01', to: '2026-03-31' }, monthStart), lang: 'en' }))
    expect(en).toContain('Show')
    expect(en).not.toContain('YYYY-MM-DD')
    expect(en).toContain('value="2026-03-01"')
  })
})
