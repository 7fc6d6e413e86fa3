/**
 * CORE-07 paper versions: any form declared with `defineForm` prints as an A4 paper form with the same
 * fields, in the reader's language, and its signature lines. `print` on the declaration can set the
 * title, the fields, extra signature lines and the copies (e.g. 點菜單: 第一聯 / 第二聯).
 */
import PDFDocument from 'pdfkit'
import type { Field, Payload, PayloadRequest } from 'payload'
import type { FormSpec } from '../../hooks/form/types'
import { dayOf } from '../lib/calendar'
import { pick, type Label } from '../lib/i18n'
import { cjkFont } from './font'
import { flatFields } from '../lib/fieldWalk'

export type PrintSpec = {
  /** Title on the paper (default: the form's name). */
  title?: string | Label
  /** Only these fields, in this order (default: every field). */
  fields?: string[]
  /** Signature lines besides the approval chain's positions (labels or position slugs). */
  signatures?: (string | Label)[]
  /** One page set per copy, labelled (e.g. ['第一聯 前臺留存', '第二聯 交家屬']). */
  copies?: string[]
}

type Doc = Record<string, any>
type Ctx = { payload: Payload; lang: string; timeZone: string; req?: Partial<PayloadRequest> }

const HIDDEN = new Set(['site', 'paperRecordedAt', 'approvalStep', 'approvalRound', 'approvalVersion', 'approvalPosition', 'submittedBy', 'returnReason', 'createdAt', 'updatedAt'])

const labelOf = (f: { label?: unknown; name?: string }, lang: string) =>
  f.label && typeof f.label === 'object' ? pick(f.label as Label, lang) : typeof f.label === 'string' ? f.label : (f.name ?? '')

const fmtDate = (value: string, ctx: Ctx, dayOnly: boolean) => {
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return String(value)
  if (dayOnly) return dayOf(value, ctx.timeZone)
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  )
  return dayOnly ? `${p.year}-${p.month}-${p.day}` : `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}


async function titleOf(ctx: Ctx, relationTo: string, value: unknown): Promise<string> {
  if (value == null || value === '') return ''
  let doc = value as Doc
  if (typeof value !== 'object') {
    doc = (await ctx.payload.findByID({ collection: relationTo as never, id: value as number, depth: 0, overrideAccess: true, req: ctx.req as PayloadRequest, disableErrors: true })) as unknown as Doc
    if (!doc) return String(value)
  }
  const config = (ctx.payload.collections as Record<string, { config: { admin?: { useAsTitle?: string } } }>)[relationTo]?.config
  const key = config?.admin?.useAsTitle ?? 'id'
  return String(doc[key] ?? doc.name ?? doc.title ?? doc.id)
}

async function valueText(field: Field, value: unknown, ctx: Ctx): Promise<string> {
  if (value == null || value === '') return ''
  switch (field.type) {
    case 'select': {
      const opts = (field as unknown as { options: { value: string; label: Label }[] }).options
      const list = Array.isArray(value) ? value : [value]
      return list.map((v) => { const o = opts.find((x) => x.value === v); return o ? pick(o.label, ctx.lang) : String(v) }).join('、')
    }
    case 'checkbox':
      return value ? '■ √' : '□'
    case 'date': {
      const appearance = (field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date?.pickerAppearance
      return fmtDate(String(value), ctx, appearance === 'dayOnly')
    }
    case 'number': {
      const step = (field as { admin?: { step?: number } }).admin?.step
      return step === 0.01 ? `${Number(value).toFixed(2)} 元` : String(value)
    }
    case 'relationship':
    case 'upload': {
      const relationTo = (field as { relationTo: string }).relationTo
      const list = Array.isArray(value) ? value : [value]
      return (await Promise.all(list.map((v) => titleOf(ctx, relationTo, v)))).join('、')
    }
    default:
      return String(value)
  }
}

const isShown = (f: Field, only?: string[]) => {
  if (!('name' in f) || HIDDEN.has(f.name)) return false
  if (f.type === 'ui' || f.type === 'join') return false
  if ((f as { admin?: { hidden?: boolean } }).admin?.hidden) return false
  return only ? only.includes(f.name) : true
}

type Line = { kind: 'pair'; label: string; value: string; wide: boolean } | { kind: 'heading'; text: string } | { kind: 'table'; label: string; head: string[]; rows: string[][] }

async function linesOf(fields: Field[], doc: Doc, ctx: Ctx, only?: string[]): Promise<Line[]> {
  const out: Line[] = []
  const leaves = flatFields(fields).filter((f) => isShown(f, only))
  const ordered = only ? only.map((n) => leaves.find((f) => 'name' in f && f.name === n)).filter(Boolean) as Field[] : leaves
  for (const f of ordered) {
    const name = (f as { name: string }).name
    const label = labelOf(f as never, ctx.lang)
    if (f.type === 'group') {
      out.push({ kind: 'heading', text: label })
      out.push(...(await linesOf((f as { fields: Field[] }).fields, (doc?.[name] ?? {}) as Doc, ctx)))
    } else if (f.type === 'array') {
      const sub = flatFields((f as { fields: Field[] }).fields).filter((x) => isShown(x))
      const rows: string[][] = []
      for (const row of (doc?.[name] ?? []) as Doc[]) rows.push(await Promise.all(sub.map((x) => valueText(x, row[(x as { name: string }).name], ctx))))
      out.push({ kind: 'table', label, head: sub.map((x) => labelOf(x as never, ctx.lang)), rows })
    } else {
      out.push({ kind: 'pair', label, value: await valueText(f, doc?.[name], ctx), wide: f.type === 'textarea' })
    }
  }
  return out
}

export type PaperForm = {
  title: string
  site?: string
  number?: string
  lines: Line[]
  signatures: { label: string; signed?: string }[]
  copies: string[]
  backEntry?: string
}

/** What goes on the paper for one record (or a blank form when `doc` is null). */
export async function paperForm(payload: Payload, spec: FormSpec, fields: Field[], doc: Doc | null, options: { lang?: string; req?: Partial<PayloadRequest> } = {}): Promise<PaperForm> {
  const lang = options.lang ?? 'zh'
  const print = (spec.print ?? {}) as PrintSpec
  let site: Doc | null = null
  const siteId = doc?.site && typeof doc.site === 'object' ? doc.site.id : doc?.site
  if (siteId) site = (await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, req: options.req as PayloadRequest, disableErrors: true })) as Doc
  const ctx: Ctx = { payload, lang, timeZone: site?.timeZone ?? 'Asia/Shanghai', req: options.req }
  const lines = await linesOf(fields, doc ?? {}, ctx, print.fields)
  const signatures: PaperForm['signatures'] = []
  // Each step's position (a department's step, `{ position, of }`, signs as its position).
  const chain = (spec.approval?.chain ?? []).map((step) => (typeof step === 'string' ? step : step.position)) as string[]
  const slugs = [...chain, ...(print.signatures ?? []).filter((s): s is string => typeof s === 'string')]
  const positions = slugs.length
    ? (await payload.find({ collection: 'positions', where: { slug: { in: slugs } }, depth: 0, limit: 100, overrideAccess: true, req: options.req as PayloadRequest })).docs
    : []
  const positionName = (slug: string) => {
    const p = positions.find((x) => x.slug === slug) as Doc | undefined
    return p ? pick({ zh: p.name, 'zh-TW': p.nameTW, en: p.nameEn }, lang) : slug
  }
  const signedBy = new Map<number, string>()
  if (doc && chain.length) {
    const { docs } = await payload.find({
      collection: 'approvals' as never,
      where: { and: [{ form: { equals: spec.slug } }, { recordId: { equals: String(doc.id) } }, { round: { equals: doc.approvalRound ?? 1 } }, { decision: { equals: 'approved' } }] },
      depth: 1,
      limit: 50,
      overrideAccess: true,
      req: options.req as PayloadRequest,
    })
    for (const a of docs as Doc[]) signedBy.set(Number(a.step), `${a.signer?.name ?? ''} ${fmtDate(a.createdAt, ctx, false)}`)
  }
  chain.forEach((slug, step) => signatures.push({ label: positionName(slug), signed: signedBy.get(step) }))
  for (const s of print.signatures ?? []) signatures.push({ label: typeof s === 'string' ? (positions.some((p) => p.slug === s) ? positionName(s) : s) : pick(s, lang) })
  const title = print.title ? (typeof print.title === 'string' ? print.title : pick(print.title, lang)) : pick(spec.label, lang)
  return {
    title,
    site: site?.name,
    number: doc ? `${pick({ zh: '编号', 'zh-TW': '編號', en: 'No.' }, lang)} ${doc.id}` : undefined,
    lines,
    signatures,
    copies: print.copies?.length ? print.copies : [''],
    backEntry: doc?.paperRecordedAt ? `${pick({ zh: '纸本补录,实际时间', 'zh-TW': '紙本補錄,實際時間', en: 'Back-entered from paper; happened at' }, lang)} ${fmtDate(doc.paperRecordedAt, ctx, false)}` : undefined,
  }
}

/** Lay a paper form out on A4 pages; resolves to the PDF bytes. */
export function renderPdf(form: PaperForm): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 48, bottom: 48, left: 50, right: 50 }, info: { Title: form.title, Creator: 'Front desk' } })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const font = cjkFont()
  doc.registerFont('cjk', font.data)
  doc.font('cjk')
  const left = 50
  const width = doc.page.width - 100
  const ensure = (h: number) => {
    if (doc.y + h > doc.page.height - 60) doc.addPage()
  }
  form.copies.forEach((copy, i) => {
    if (i > 0) doc.addPage()
    doc.fontSize(10).fillColor('#444').text(form.site ?? '', left, 40, { width, align: 'left' })
    if (copy) doc.text(copy, left, 40, { width, align: 'right' })
    doc.moveDown(0.6).fontSize(18).fillColor('#000').text(form.title, left, doc.y, { width, align: 'center' })
    if (form.number) doc.fontSize(9).fillColor('#666').text(form.number, left, doc.y, { width, align: 'right' })
    if (form.backEntry) doc.fontSize(9).fillColor('#a00').text(form.backEntry, left, doc.y, { width, align: 'right' })
    doc.moveDown(0.5).fillColor('#000')
    const labelW = 130
    for (const line of form.lines) {
      if (line.kind === 'heading') {
        ensure(30)
        doc.moveDown(0.4).fontSize(11).text(line.text, left, doc.y, { width, underline: true })
        continue
      }
      if (line.kind === 'pair') {
        doc.fontSize(10)
        const labelH = doc.heightOfString(line.label || ' ', { width: labelW })
        const valueH = Math.max(doc.heightOfString(line.value || ' ', { width: width - labelW - 8 }), labelH, line.wide ? 40 : 14)
        ensure(valueH + 10)
        const y = doc.y + 4
        doc.fillColor('#333').text(line.label, left, y, { width: labelW })
        doc.fillColor('#000').text(line.value, left + labelW + 8, y, { width: width - labelW - 8 })
        const bottom = Math.max(y + valueH, doc.y) + 2
        doc.moveTo(left + labelW + 4, bottom).lineTo(left + width, bottom).lineWidth(0.4).strokeColor('#999').stroke()
        doc.x = left
        doc.y = bottom + 2
        continue
      }
      // table
      ensure(40)
      doc.moveDown(0.3).fontSize(10).fillColor('#333').text(line.label, left, doc.y, { width })
      const cols = Math.max(line.head.length, 1)
      const colW = width / cols
      const rows = [line.head, ...(line.rows.length ? line.rows : [Array(cols).fill(''), Array(cols).fill('')])]
      rows.forEach((row, r) => {
        ensure(20)
        const y = doc.y + 2
        const h = Math.max(16, ...row.map((c) => doc.heightOfString(c || ' ', { width: colW - 6 }) + 4))
        row.forEach((cell, c) => {
          doc.rect(left + c * colW, y, colW, h).lineWidth(0.4).strokeColor('#999').stroke()
          doc.fillColor(r === 0 ? '#333' : '#000').text(cell, left + c * colW + 3, y + 2, { width: colW - 6 })
        })
        doc.x = left
        doc.y = y + h
      })
    }
    if (form.signatures.length) {
      ensure(40 + 24 * Math.ceil(form.signatures.length / 2))
      doc.moveDown(1.2).fontSize(10)
      const half = width / 2
      form.signatures.forEach((s, k) => {
        if (k % 2 === 0) ensure(30)
        const x = left + (k % 2) * half
        const y = k % 2 === 0 ? doc.y + 8 : doc.y - 14
        doc.fillColor('#000').text(`${s.label}:`, x, y, { width: 110 })
        doc.moveTo(x + 110, y + 12).lineTo(x + half - 16, y + 12).lineWidth(0.5).strokeColor('#000').stroke()
        if (s.signed) doc.fontSize(8).fillColor('#555').text(s.signed, x + 114, y, { width: half - 130 }).fontSize(10)
        doc.x = left
        doc.y = y + 14
      })
    }
  })
  doc.end()
  return done
}
