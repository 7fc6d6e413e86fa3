/**
 * Issue 11 item 7 (fast lists) and item 2 (dates in the site's time zone, 24-hour): a form's list is
 * complete in the first HTML — its related and date columns are written by the server
 * (hooks/form/relatedCells.ts, src/admin/list/*), not by the browser after hydration (加载中…).
 */
import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { desks } from '../../collections'
import { DATE_CELL, RELATED_CELL } from '../../hooks/form/relatedCells'
import { cellDate } from '../../src/admin/list/cellDate'
import { labelOf, siteZones } from '../../src/admin/list/request'
import config from '../../payload.config'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

const dayField = { admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } }
const timeField = { admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } }

/** The top-level data fields of a form (rows, collapsibles and unnamed tabs looked into), as the list's columns see them. */
const topLevel = (fields: Field[]): (Field & { name: string })[] =>
  fields.flatMap((f) => {
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) return topLevel(f.fields)
    if (f.type === 'tabs') return f.tabs.flatMap((t) => ('name' in t && t.name ? [] : topLevel(t.fields)))
    return 'name' in f && f.name ? [f as Field & { name: string }] : []
  })

const cellOf = (f: Field) => (f as { admin?: { components?: { Cell?: unknown } } }).admin?.components?.Cell

describe('Issue 11 item 7: a list of a form is complete in the first HTML', () => {
  it('Issue 11 item 7: every date column of every desk form is written by the server (DateCell), every relationship column too (RelatedCell)', () => {
    const forms: CollectionConfig[] = desks.flatMap((d) => d.forms)
    expect(forms.length).toBeGreaterThan(40)
    const missing: string[] = []
    for (const form of forms) {
      for (const f of topLevel(form.fields)) {
        if (f.type === 'date' && cellOf(f) !== DATE_CELL) missing.push(`${form.slug}.${f.name}`)
        if (f.type === 'relationship' && !cellOf(f)) missing.push(`${form.slug}.${f.name}`)
      }
    }
    expect(missing).toEqual([])
    // The reception record's list: its time column and its staff column.
    const reception = forms.find((f) => f.slug === 'reception-records')!
    const fields = topLevel(reception.fields)
    expect(cellOf(fields.find((f) => f.name === 'receivedAt')!)).toBe(DATE_CELL)
    expect(cellOf(fields.find((f) => f.name === 'staff')!)).toBe(RELATED_CELL)
  })

  it("Issue 11 item 7: a form's createdAt and updatedAt (reservations list by createdAt) are the server's date cells, declared as Payload adds them: same type, index, label, last, and no second pair", async () => {
    const resolved = await config
    const formSlugs = new Set(desks.flatMap((d) => d.forms.map((f) => f.slug)))
    const wrong: string[] = []
    for (const c of resolved.collections.filter((c) => formSlugs.has(c.slug) && c.timestamps !== false)) {
      const names = c.fields.flatMap((f) => ('name' in f && f.name ? [f.name] : []))
      if (names.filter((n) => n === 'createdAt').length !== 1 || names.filter((n) => n === 'updatedAt').length !== 1) wrong.push(`${c.slug}: ${names.join(',')}`)
      // Last, as Payload pushes them; an upload collection's file fields are pushed by Payload after them, as before.
      const at = names.indexOf('updatedAt')
      if (names[at + 1] !== 'createdAt' || (!c.upload && at !== names.length - 2)) wrong.push(`${c.slug} ends ${names.slice(-3).join(',')}`)
      for (const name of ['createdAt', 'updatedAt']) {
        const f = c.fields.find((x) => 'name' in x && x.name === name) as Field & { index?: boolean; admin?: { hidden?: boolean } }
        if (f.type !== 'date' || f.index !== true || f.admin?.hidden !== true || cellOf(f) !== DATE_CELL) wrong.push(`${c.slug}.${name}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it("Issue 11 item 7: a cell's label reaches the browser as the reader's word, never as a function (Payload's createdAt label is one)", async () => {
    const resolved = await config
    const reservations = resolved.collections.find((c) => c.slug === 'reservations')!
    const createdAt = reservations.fields.find((f) => 'name' in f && f.name === 'createdAt') as { label?: unknown }
    expect(typeof createdAt.label).toBe('function')
    // Shown with its time, as Payload's own createdAt column was (not the day alone).
    expect(cellDate('2026-11-30T12:30:00.000Z', createdAt as never, 'Asia/Shanghai')).toBe('2026-11-30 20:30')
    const t = (key: string) => ({ 'general:createdAt': '创建时间' })[key] ?? key
    expect(labelOf(createdAt.label, { t })).toBe('创建时间')
    expect(labelOf({ zh: '时间', 'zh-TW': '時間', en: 'Time' }, { t })).toEqual({ zh: '时间', 'zh-TW': '時間', en: 'Time' })
  })

  it("Issue 11 item 2 / item 7: a date-and-time cell is the instant in the site's time zone, 24-hour, in the field's format", () => {
    // 2026-11-30 16:45 UTC is 1 December 00:45 in Shanghai; 12:30 UTC is 20:30 there (never "8:30 下午").
    expect(cellDate('2026-11-30T16:45:00.000Z', timeField, 'Asia/Shanghai')).toBe('2026-12-01 00:45')
    expect(cellDate('2026-11-30T12:30:00.000Z', timeField, 'Asia/Shanghai')).toBe('2026-11-30 20:30')
    expect(cellDate('2026-11-30T12:30:00.000Z', timeField, 'Asia/Tokyo')).toBe('2026-11-30 21:30')
    expect(cellDate('2026-11-30T12:30:00.000Z', { admin: { date: { pickerAppearance: 'timeOnly', displayFormat: 'HH:mm' } } }, 'Asia/Shanghai')).toBe('20:30')
    // No display format of its own: the panel's (payload.config admin.dateFormat).
    expect(cellDate('2026-11-30T12:30:00.000Z', {}, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm')).toBe('2026-11-30 20:30')
  })

  it("Issue 11 item 2 / item 7: a day-only cell is the record's day however it was kept (UTC midnight, the panel's noon, the site's midnight)", () => {
    expect(cellDate('1950-03-12T00:00:00.000Z', dayField, 'Asia/Shanghai')).toBe('1950-03-12')
    expect(cellDate('1950-03-12T12:00:00.000Z', dayField, 'Asia/Shanghai')).toBe('1950-03-12')
    expect(cellDate('1950-03-11T16:00:00.000Z', dayField, 'Asia/Shanghai')).toBe('1950-03-12')
    expect(cellDate('2026-12', { admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'yyyy-MM' } } }, 'Asia/Shanghai')).toBe('2026-12')
  })

  it('Issue 11 item 7: an empty date cell stays empty (the list shows its placeholder), a value that is not a date is shown as it is', () => {
    expect(cellDate(undefined, timeField)).toBeUndefined()
    expect(cellDate(null, timeField)).toBeUndefined()
    expect(cellDate('', timeField)).toBeUndefined()
    expect(cellDate('not a date', timeField)).toBe('not a date')
  })

  it("Issue 11 item 7: the sites' time zones are read in one statement, each site's own", async () => {
    await w.payload.update({ collection: 'sites', id: w.otherSite, data: { timeZone: 'Asia/Tokyo' }, overrideAccess: true })
    const zones = await siteZones(w.payload)
    expect(zones.get(w.site)).toBe('Asia/Shanghai')
    expect(zones.get(w.otherSite)).toBe('Asia/Tokyo')
    // A record of the second site at 12:30 UTC reads 21:30 there, 20:30 at the first.
    expect(cellDate('2026-11-30T12:30:00.000Z', timeField, zones.get(w.otherSite))).toBe('2026-11-30 21:30')
    expect(cellDate('2026-11-30T12:30:00.000Z', timeField, zones.get(w.site))).toBe('2026-11-30 20:30')
  })
})
