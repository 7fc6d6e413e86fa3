/**
 * CARE-23: the digest's chart — the desk's daily calls, visits and follow-ups over the last 30 days
 * as an SVG, rendered to PNG with sharp (mail clients do not show SVG).
 */
import sharp from 'sharp'
import type { Statistics } from './statistics'
import { pick } from '../../src/lib/i18n'

const series = [
  { key: 'calls', color: '#2563eb' },
  { key: 'visits', color: '#16a34a' },
  { key: 'followUps', color: '#d97706' },
]

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

export function chartSvg(stats: Statistics, lang = 'zh', width = 720, height = 300): string {
  const pad = { left: 40, right: 16, top: 36, bottom: 40 }
  const w = width - pad.left - pad.right
  const h = height - pad.top - pad.bottom
  const shown = series.filter((s) => stats.metrics.some((m) => m.key === s.key))
  const max = Math.max(4, ...stats.days.flatMap((d) => shown.map((s) => d.counts[s.key] ?? 0)))
  const n = stats.days.length
  const group = w / Math.max(n, 1)
  const bar = Math.max(1, (group * 0.8) / Math.max(shown.length, 1))
  const parts: string[] = []
  for (let i = 0; i <= 4; i++) {
    const y = pad.top + h - (h * i) / 4
    parts.push(`<line x1="${pad.left}" x2="${pad.left + w}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`)
    parts.push(`<text x="${pad.left - 6}" y="${y + 4}" font-size="11" text-anchor="end" fill="#6b7280">${Math.round((max * i) / 4)}</text>`)
  }
  stats.days.forEach((d, i) => {
    shown.forEach((s, j) => {
      const v = d.counts[s.key] ?? 0
      const bh = (h * v) / max
      parts.push(`<rect x="${(pad.left + i * group + group * 0.1 + j * bar).toFixed(1)}" y="${(pad.top + h - bh).toFixed(1)}" width="${bar.toFixed(1)}" height="${bh.toFixed(1)}" fill="${s.color}"/>`)
    })
    if (i % 5 === 0 || i === n - 1) parts.push(`<text x="${pad.left + i * group + group / 2}" y="${pad.top + h + 16}" font-size="10" text-anchor="middle" fill="#6b7280">${d.day.slice(5)}</text>`)
  })
  shown.forEach((s, j) => {
    const label = pick(stats.metrics.find((m) => m.key === s.key)!.label, lang)
    parts.push(`<rect x="${pad.left + j * 110}" y="10" width="12" height="12" fill="${s.color}"/><text x="${pad.left + j * 110 + 16}" y="20" font-size="12" fill="#111827">${esc(label)}</text>`)
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`
}

export const chartPng = async (stats: Statistics, lang = 'zh'): Promise<Buffer> => sharp(Buffer.from(chartSvg(stats, lang))).png().toBuffer()
