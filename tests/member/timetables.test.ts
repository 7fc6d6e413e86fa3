import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { makeMember } from './helpers'

const w = useWorld({ sites: [{ type: 'club' }] })

const pdfText = async (res: Response) => {
  const buf = Buffer.from(await res.arrayBuffer())
  return { buf, head: buf.subarray(0, 5).toString('latin1') }
}

describe('MEMBER-05 class timetable and service information', () => {
  it('MEMBER-05 a site keeps its class timetable and service descriptions, and prints one as a handout (PDF)', async () => {
    const res = await w.desk.post('/api/timetables', {
      site: w.site, title: '团体课课程表', kind: 'classes', language: 'zh', intro: '会员凭卡免费参加团体课', contact: '前台 028-6777 9000',
      entries: [
        { weekday: 'mon', startTime: '19:00', endTime: '20:00', name: '动感单车', teacher: '王教练', room: '单车房' },
        { weekday: 'wed', startTime: '19:00', endTime: '20:30', name: '跆拳道', teacher: '王教练', description: '初学者可参加' },
      ],
    })
    expect(res.status).toBe(201)
    expect((await w.desk.post('/api/timetables', { site: w.site, title: '坏时间', kind: 'classes', entries: [{ name: 'x', startTime: '25:00' }] })).status).toBe(400)
    const services = await w.desk.post('/api/timetables', { site: w.site, title: '服务项目介绍', kind: 'services', entries: [{ weekday: 'daily', name: '深层清洁面部护理', price: '298 元/次' }] })
    expect(services.status).toBe(201)
    const list = await w.desk.get(`/api/timetables?where[kind][equals]=classes`)
    expect(list.body.docs.map((d: { title: string }) => d.title)).toEqual(['团体课课程表'])
    const pdf = await fetch(`${w.url}/api/timetables/${res.body.doc.id}/print`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const { buf, head } = await pdfText(pdf)
    expect(head).toBe('%PDF-')
    expect(buf.length).toBeGreaterThan(2000)
    // Another site cannot print it.
    const outsider = await w.as('outsider')
    expect((await fetch(`${w.url}/api/timetables/${res.body.doc.id}/print`, { headers: { authorization: `JWT ${outsider.token}` } })).status).toBe(404)
  })

  it('MEMBER-05 the handout for a member is in the member’s language where the site keeps that version', async () => {
    const zh = (await w.payload.find({ collection: 'timetables', where: { title: { equals: '团体课课程表' } }, overrideAccess: true })).docs[0] as { id: number }
    await w.desk.post('/api/timetables', { site: w.site, title: 'Group class timetable', kind: 'classes', language: 'en', entries: [{ weekday: 'wed', startTime: '19:00', endTime: '20:30', name: 'Taekwondo', teacher: 'Coach Wang' }] })
    const tom = await makeMember(w.payload, w.site, { name: 'Tom Brown', language: 'en' })
    const li = await makeMember(w.payload, w.site, { name: '林晓峰', language: 'zh' })
    const en = await fetch(`${w.url}/api/timetables/${zh.id}/handout?member=${tom.id}`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(en.status).toBe(200)
    expect(decodeURIComponent(en.headers.get('content-disposition') ?? '')).toContain('Group class timetable')
    const cn = await fetch(`${w.url}/api/timetables/${zh.id}/handout?member=${li.id}`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(decodeURIComponent(cn.headers.get('content-disposition') ?? '')).toContain('团体课课程表')
    expect((await pdfText(cn)).head).toBe('%PDF-')
    // Another site's member reads as missing.
    const far = await makeMember(w.payload, w.otherSite, { name: '外店会员' })
    expect((await fetch(`${w.url}/api/timetables/${zh.id}/handout?member=${far.id}`, { headers: { authorization: `JWT ${w.desk.token}` } })).status).toBe(404)
  })
})
