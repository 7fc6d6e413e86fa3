/**
 * OFFICE-06 archive index: documents numbered by year and type with the site's editable numbering rule,
 * the number given by the server and unique; searchable; the index exports to XLSX (CORE-08).
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ sites: [{ type: 'office' }, { type: 'office' }] })

const register = (data: Record<string, unknown>) => w.desk.post('/api/archives', { site: w.site, ...data })

describe('OFFICE-06 archive index', () => {
  it('OFFICE-06 the server numbers each document by year and type ({type}-{year}-{seq:3} by default); a client cannot choose the number', async () => {
    const a = await register({ title: '办公场地租赁合同', type: 'contract', documentDate: '2031-01-05' })
    const b = await register({ title: '年度广告投放合同', type: 'contract', documentDate: '2031-03-18' })
    const c = await register({ title: '经营分析会会议纪要', type: 'minutes', documentDate: '2031-04-10' })
    const d = await register({ title: '旧合同补登', type: 'contract', year: 2030 })
    expect([a, b, c, d].map((r) => r.status)).toEqual([201, 201, 201, 201])
    expect([a, b, c, d].map((r) => r.body.doc.number)).toEqual(['HT-2031-001', 'HT-2031-002', 'HY-2031-001', 'HT-2030-001'])
    const forged = await register({ title: '伪造编号', type: 'contract', number: 'HT-2031-999' })
    expect(forged.status).toBe(403)
    // The year of a document dated at the turn of the year is its day in the site's zone.
    const eve = await register({ title: '跨年收文', type: 'incoming', documentDate: '2031-12-31T16:30:00.000Z' })
    expect(eve.body.doc.number).toBe('SW-2032-001')
  })

  it('OFFICE-06 numbers stay unique when documents are registered at the same moment', async () => {
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => register({ title: `并发登记${i}`, type: 'finance', year: 2033 })))
    expect(all.map((r) => r.status)).toEqual(Array(6).fill(201))
    const numbers = all.map((r) => r.body.doc.number).sort()
    expect(numbers).toEqual(['CW-2033-001', 'CW-2033-002', 'CW-2033-003', 'CW-2033-004', 'CW-2033-005', 'CW-2033-006'])
  })

  it('OFFICE-06 the numbering rule is editable per site and checked; the next numbers follow it', async () => {
    const bad = await w.desk.post('/api/archive-settings', { site: w.site, pattern: '{type}-{year}' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('{序号}')
    expect((await w.desk.post('/api/archive-settings', { site: w.site, pattern: '{type}-{year}-{seq:3}-{name}' })).status).toBe(400)
    const rule = await w.desk.post('/api/archive-settings', { site: w.site, pattern: '新华〔{年份}〕{类型}{序号:4}号' })
    expect(rule.status).toBe(201)
    expect((await w.desk.post('/api/archive-settings', { site: w.site, pattern: '{type}{yy}{seq}' })).status).toBe(409)
    const next = await register({ title: '关于调整作息时间的通知', type: 'outgoing', year: 2034 })
    expect(next.body.doc.number).toBe('新华〔2034〕FW0001号')
    expect((await w.desk.patch(`/api/archive-settings/${rule.body.doc.id}`, { pattern: '{type}{yy}-{seq:2}' })).status).toBe(200)
    expect((await register({ title: '第二份通知', type: 'outgoing', year: 2034 })).body.doc.number).toBe('FW34-02')
    // Back to the default, for the other tests of this file.
    expect((await w.desk.patch(`/api/archive-settings/${rule.body.doc.id}`, { pattern: '{type}-{year}-{seq:3}' })).status).toBe(200)
    // Another site keeps its own rule (the default).
    const outsider = await w.as('outsider')
    expect((await outsider.post('/api/archives', { site: w.otherSite, title: '外站合同', type: 'outgoing', year: 2034 })).body.doc.number).toBe('FW-2034-001')
  })

  it('OFFICE-06 once numbered, the type and year cannot change (the number would lie); other details can', async () => {
    const a = await register({ title: '营业执照副本', type: 'licence', year: 2035 })
    const id = a.body.doc.id
    expect((await w.desk.patch(`/api/archives/${id}`, { type: 'contract' })).status).toBe(409)
    expect((await w.desk.patch(`/api/archives/${id}`, { year: 2036 })).status).toBe(409)
    expect((await w.desk.patch(`/api/archives/${id}`, { number: 'ZZ-2035-099' })).status).toBe(403)
    const moved = await w.desk.patch(`/api/archives/${id}`, { location: 'C柜-01', keywords: '证照 执照' })
    expect(moved.status).toBe(200)
    expect(moved.body.doc.number).toBe('ZZ-2035-001')
    expect((await w.desk.delete(`/api/archives/${id}`)).status).toBe(403)
    // A mistaken entry is voided (with the reason), never deleted; its number is not given again.
    expect((await w.desk.patch(`/api/archives/${id}`, { status: 'void' })).status).toBe(403)
    expect((await w.desk.post(`/api/archives/${id}/transition`, { to: 'void' })).status).toBe(400)
    const voided = await w.desk.post(`/api/archives/${id}/transition`, { to: 'void', note: '重复登记' })
    expect(voided.body.doc).toMatchObject({ status: 'void', number: 'ZZ-2035-001' })
    expect((await register({ title: '营业执照正本', type: 'licence', year: 2035 })).body.doc.number).toBe('ZZ-2035-002')
    expect((await register({ title: '坏年份', type: 'other', year: 2035.5 })).status).toBe(400)
  })

  it('OFFICE-06 the index is searchable by number, title and keywords; another site\'s entries are not found', async () => {
    const a = await register({ title: '仓库租赁补充协议', type: 'contract', year: 2037, keywords: '仓库 租赁' })
    const byTitle = await w.desk.get(`/api/archives?where[title][like]=${encodeURIComponent('租赁补充')}`)
    expect(byTitle.body.docs.map((d: { id: number }) => d.id)).toEqual([a.body.doc.id])
    const byNumber = await w.desk.get(`/api/archives?where[number][equals]=HT-2037-001`)
    expect(byNumber.body.docs.map((d: { id: number }) => d.id)).toEqual([a.body.doc.id])
    const byKeyword = await w.desk.get(`/api/archives?where[or][0][keywords][like]=${encodeURIComponent('仓库')}&where[or][1][title][like]=${encodeURIComponent('仓库')}`)
    expect(byKeyword.body.docs.map((d: { id: number }) => d.id)).toEqual([a.body.doc.id])
    const outsider = await w.as('outsider')
    expect((await outsider.get(`/api/archives/${a.body.doc.id}`)).status).toBe(404)
    expect((await outsider.get(`/api/archives?where[number][equals]=HT-2037-001`)).body.docs).toEqual([])
  })

  it('OFFICE-06 CORE-08 the archive index exports to XLSX with the list\'s filters', async () => {
    await register({ title: '导出合同甲', type: 'contract', year: 2038 })
    await register({ title: '导出纪要乙', type: 'minutes', year: 2038 })
    const res = await fetch(`${w.url}/api/archives/export?format=xlsx&where[year][equals]=2038&where[type][equals]=contract`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(res.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const sheet = book.worksheets[0]
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(expect.arrayContaining(['档案编号', '文件名称', '类型', '年份']))
    const text = JSON.stringify(sheet.getSheetValues())
    expect(text).toContain('HT-2038-001')
    expect(text).toContain('导出合同甲')
    expect(text).not.toContain('导出纪要乙')
    expect(text).toContain('合同协议')
  })
})

describe('CORE-07 paper versions of the affairs forms', () => {
  it('CORE-07 OFFICE-06 an archive entry, a supply issue form and a travel request print as PDF; the blank forms too', async () => {
    const a = await register({ title: '打印测试合同', type: 'contract', year: 2039 })
    const get = (path: string) => fetch(`${w.url}${path}`, { headers: { authorization: `JWT ${w.desk.token}` } })
    const one = await get(`/api/archives/${a.body.doc.id}/print`)
    expect(one.status).toBe(200)
    expect(one.headers.get('content-type')).toContain('pdf')
    for (const slug of ['archives', 'travel-requests', 'supply-issues', 'supply-plans', 'supply-purchases']) {
      const blank = await get(`/api/${slug}/blank/print`)
      expect(blank.status, slug).toBe(200)
      expect((await blank.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    }
    const outsider = await w.as('outsider')
    expect((await fetch(`${w.url}/api/archives/${a.body.doc.id}/print`, { headers: { authorization: `JWT ${outsider.token}` } })).status).toBe(404)
  })
})
