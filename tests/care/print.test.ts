import { beforeAll, describe, expect, it } from 'vitest'
import { paperForm, renderPdf } from '../../src/print/pdf'
import { formOf } from '../../hooks/form/defineForm'
import { makeElder } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld()

const fetchPdf = async (path: string, token = w.desk.token) => {
  const res = await fetch(`${w.url}${path}`, { headers: { authorization: `JWT ${token}` } })
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) }
}

/** The text of a form as it goes on paper (the PDF embeds the CJK font; its text is in glyph ids). */
const paperText = async (slug: string, id: number | null, lang = 'zh') => {
  const collection = (w.payload.collections as unknown as Record<string, { config: { fields: never[]; custom?: Record<string, unknown> } }>)[slug].config
  const doc = id ? await w.payload.findByID({ collection: slug as never, id, depth: 1, overrideAccess: true }) : null
  const form = await paperForm(w.payload, formOf(collection)!, collection.fields, doc as never, { lang })
  return { form, text: [form.title, form.site, ...form.copies, ...form.lines.map((l) => (l.kind === 'pair' ? `${l.label}:${l.value}` : l.kind === 'heading' ? l.text : `${l.label}|${l.head.join('|')}|${l.rows.flat().join('|')}`)), ...form.signatures.map((s) => `${s.label}:${s.signed ?? ''}`)].join('\n') }
}

describe('CORE-07 paper versions of the care forms', () => {
  let elder: { id: number }
  let meal: number
  let outing: number
  // Printed by the tests below (read only): an admitted elder, a meal order and an outing of hers.
  beforeAll(async () => {
    elder = await makeElder(w.payload, w.site, '林淑贞', { status: 'admitted' })
    const res = await w.desk.post('/api/meal-orders', { site: w.site, guestName: '林家属', mealTime: '2026-12-05T04:00:00.000Z', purpose: 'family', items: [{ dish: '红烧狮子头', quantity: 2, unitPrice: 32 }] })
    if (res.status !== 201) throw new Error(JSON.stringify(res.body))
    meal = res.body.doc.id
    const out = await w.desk.post('/api/outings', { site: w.site, elder: elder.id, leftAt: '2026-11-26T01:30:00.000Z', expectedReturn: '2026-11-28T09:00:00.000Z', companion: '林强', companionPhone: '13600001111' })
    if (out.status !== 201) throw new Error(JSON.stringify(out.body))
    outing = out.body.doc.id
  })

  it('CORE-07 點菜單 prints in two copies (第一聯 / 第二聯) with dishes, quantities, prices and the total, in Chinese', async () => {
    const pdf = await fetchPdf(`/api/meal-orders/${meal}/print`)
    expect(pdf.status).toBe(200)
    expect(pdf.type).toBe('application/pdf')
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pdf.bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []
    expect(pages.length).toBe(2)
    expect(pdf.bytes.toString('latin1')).toMatch(/FontFile3|FontFile2/) // the CJK font is embedded
    const { text, form } = await paperText('meal-orders', meal)
    expect(form.copies).toEqual(['第一联 前台留存', '第二联 交家属至财务部交费'])
    expect(text).toContain('点菜单')
    expect(text).toContain('红烧狮子头|2|32.00 元|64.00 元')
    expect(text).toContain('□')
    expect(text).toContain('总价(元):64.00 元')
  })

  it('CORE-07 外出老人請假單 has the outing fields and the signature lines; zh-TW readers get Traditional labels', async () => {
    expect((await fetchPdf(`/api/outings/${outing}/print`)).status).toBe(200)
    const { text } = await paperText('outings', outing, 'zh-TW')
    expect(text).toContain('外出老人請假單')
    expect(text).toContain('陪同人:林强')
    expect(text).toContain('預計回院時間:2026-11-28 17:00')
    expect(text).toContain('老人/家屬簽字:')
  })

  it('CORE-07 出院費用單, 收費確認單, 護理費用變更書 and 床位變更書 carry their signature lines', async () => {
    const discharge = await paperText('discharges', null)
    expect(discharge.form.title).toBe('出院费用单')
    expect(discharge.form.signatures.map((s) => s.label)).toEqual(['院长', '综合行政部主任', '健康照料部主管', '财务出纳'])
    const fees = await paperText('admissions', null)
    expect(fees.form.title).toBe('收费确认单')
    expect(fees.text).toContain('护理费(元/月)')
    expect(fees.form.signatures.map((s) => s.label)).toEqual(['家属签字', '前台经办', '财务出纳'])
    for (const slug of ['fee-changes', 'bed-changes']) {
      const blank = await fetchPdf(`/api/${slug}/blank/print`)
      expect(blank.status).toBe(200)
      const { form } = await paperText(slug, null)
      expect(form.signatures.map((s) => s.label)).toEqual(['健康照料部主管', '综合行政部主任', '院长'])
    }
    expect((await paperText('fee-changes', null)).form.title).toBe('护理费用变更书')
    expect((await paperText('bed-changes', null)).form.title).toBe('床位变更书')
  })

  it('CORE-07 printing needs sign-in and respects the site', async () => {
    const anonymous = await fetch(`${w.url}/api/outings/${outing}/print`)
    expect(anonymous.status).toBe(401)
    const client = await w.as('outsider')
    expect((await fetchPdf(`/api/outings/${outing}/print`, client.token)).status).toBe(404)
  })

  it('CORE-07 a care form captured on paper is back-entered with its real time, marked in the audit trail and on the print', async () => {
    const realTime = '2026-11-20T02:15:00.000Z'
    const res = await w.desk.post('/api/complaints', { site: w.site, receivedAt: '2026-11-20T02:10:00.000Z', channel: 'phone', complainant: '停电期间来电的家属', content: '停电时电梯停运', paperRecordedAt: realTime })
    expect(res.status).toBe(201)
    const audit = await w.payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'complaints' } }, { recordId: { equals: String(res.body.doc.id) } }] }, overrideAccess: true })
    const row = audit.docs[0] as unknown as Record<string, unknown>
    expect(row.backEntry).toBe(true)
    expect(new Date(String(row.occurredAt)).toISOString()).toBe(realTime)
    const { form } = await paperText('complaints', res.body.doc.id)
    expect(form.backEntry).toContain('2026-11-20 10:15')
    const future = await w.desk.post('/api/complaints', { site: w.site, receivedAt: new Date().toISOString(), channel: 'phone', complainant: 'x', content: 'x', paperRecordedAt: new Date(Date.now() + 86_400_000).toISOString() })
    expect(future.status).toBe(400)
  })

  it('CORE-07 renders Chinese with the bundled CJK font (no glyph is missing)', async () => {
    const { form } = await paperText('outings', outing)
    const { cjkFont } = await import('../../src/print/font')
    const fontkit = await import('fontkit' as string)
    const font = (fontkit as unknown as { create: (b: Buffer) => { hasGlyphForCodePoint: (c: number) => boolean } }).create(cjkFont().data)
    const all = [form.title, ...form.lines.map((l) => JSON.stringify(l))].join('')
    const missing = [...all].filter((c) => c.charCodeAt(0) > 0x2e80 && !font.hasGlyphForCodePoint(c.codePointAt(0)!))
    expect(missing).toEqual([])
    expect((await renderPdf(form)).length).toBeGreaterThan(5000)
  })
})
