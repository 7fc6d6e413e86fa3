import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'], staff: { 'front-desk': { name: '林小雨' } } })

let desk: Client
let enDesk: Client

beforeAll(async () => {
  const site = { id: w.site }
  const other = { id: w.otherSite }
  desk = w.desk
  enDesk = await w.as(await w.hire({ positions: ['front-desk'], language: 'en' }))
  const outsider = await w.as('outsider')
  await desk.post('/api/reception-records', { type: 'phone', visitorName: '张女士', rating: 'very-likely', receivedAt: '2026-11-20T02:30:00Z', site: site.id })
  await desk.post('/api/reception-records', { type: 'visit', visitorName: '李先生', rating: 'normal', receivedAt: '2026-11-21T03:00:00Z', site: site.id })
  await outsider.post('/api/reception-records', { type: 'phone', visitorName: '外院来电', site: other.id })
})

const download = (client: Client, query: string) =>
  fetch(`${w.url}/api/reception-records/export?${query}`, { headers: { authorization: `JWT ${client.token}` } })

describe('CORE-08 registers export to XLSX and CSV', () => {
  it('CORE-08 exports the register to XLSX with the filters applied, in the reader’s language', async () => {
    const res = await download(desk, 'format=xlsx&where[type][equals]=phone')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
    const sheet = book.worksheets[0]
    const header = (sheet.getRow(1).values as unknown[]).filter(Boolean)
    expect(header).toContain('来电/来访人')
    expect(header).toContain('评级')
    expect(sheet.rowCount).toBe(2)
    const row = (sheet.getRow(2).values as unknown[]).map(String)
    expect(row).toContain('张女士')
    expect(row).toContain('很有可能')
    expect(row).toContain('电话咨询')
    expect(row).toContain('2026-11-20 10:30') // Asia/Shanghai
  })

  it('CORE-08 exports CSV with a BOM for Excel and only the reader’s own site', async () => {
    const res = await download(enDesk, 'format=csv&sort=receivedAt')
    const text = await res.text()
    expect(res.headers.get('content-type')).toContain('text/csv')
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toContain('Caller or visitor')
    expect(lines).toHaveLength(3)
    expect(text).not.toContain('外院来电')
    expect(lines[2]).toContain('Average')
  })

  it('CORE-08 refuses an unknown format and an anonymous reader', async () => {
    expect((await download(desk, 'format=pdf')).status).toBe(400)
    expect((await fetch(`${w.url}/api/reception-records/export?format=csv`)).status).toBe(401)
  })
})
