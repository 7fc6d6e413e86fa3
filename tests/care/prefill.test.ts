/**
 * Issue 11 item 3, forms that fill themselves — the server's part, by REST: what a client leaves out is
 * filled as the paper form would be ("now", "me", copied from the record it follows), the relation it is
 * copied from must be on the record's site, a reservation carries the family and the elder over from the
 * reception record, takes only free beds, creates the elder with an age or birth year, and pickers read
 * name · age · bed (elders) and name · position (staff).
 */
import { describe, expect, it } from 'vitest'
import { bedOf, makeElder } from '../helpers/care'
import { useWorld } from '../helpers/world'
import { localDay } from '../../src/lib/calendar'

const w = useWorld({ holders: ['front-desk', 'health-care-supervisor', 'hr'] })

const near = (iso: string | undefined, ms = 60_000) => Boolean(iso) && Math.abs(new Date(iso!).getTime() - Date.now()) < ms
const thisYear = () => Number(localDay(new Date(), 'Asia/Shanghai').slice(0, 4))

const rated = async (extra: Record<string, unknown> = {}) => {
  const res = await w.desk.post('/api/reception-records', {
    site: w.site, type: 'visit', visitorName: '周海燕', visitorPhone: '13912345678', relation: '女儿', elderName: '周桂兰', elderAge: 83, rating: 'very-likely', ...extra,
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number }
}

describe('Issue 11 item 3: forms that fill themselves (server)', () => {
  it('Issue 11 item 3 CARE-03 登記回訪: a follow-up sent with only its type and the record it follows gets the person, phone and elder from it, staff = me, time = now', async () => {
    const record = await rated()
    const res = await w.desk.post('/api/reception-records', { site: w.site, type: 'follow-up', followUpOf: record.id })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.visitorName).toBe('周海燕')
    expect(doc.visitorPhone).toBe('13912345678')
    expect(doc.elderName).toBe('周桂兰')
    expect(doc.elderAge).toBe(83)
    expect(doc.staff?.id ?? doc.staff).toBe(w.staff['front-desk'].id)
    expect(near(doc.receivedAt)).toBe(true)
    // What the person typed is kept, not overwritten by the copy.
    const typed = await w.desk.post('/api/reception-records', { site: w.site, type: 'follow-up', followUpOf: record.id, visitorName: '周海燕(本人)', visitorPhone: '13900000000' })
    expect(typed.status).toBe(201)
    expect(typed.body.doc.visitorName).toBe('周海燕(本人)')
    expect(typed.body.doc.visitorPhone).toBe('13900000000')
  })

  it('Issue 11 item 3 CARE-03 the prefilled relation must be on the site: another site\'s record answers as a missing one and nothing is copied or written', async () => {
    const outsider = await w.as('outsider')
    const theirs = await outsider.post('/api/reception-records', { site: w.otherSite, type: 'visit', visitorName: '外站来访人', visitorPhone: '13700000000', rating: 'possible' })
    expect(theirs.status).toBe(201)
    const before = await w.payload.count({ collection: 'reception-records', overrideAccess: true })
    const cross = await w.desk.post('/api/reception-records', { site: w.site, type: 'follow-up', followUpOf: theirs.body.doc.id })
    const missing = await w.desk.post('/api/reception-records', { site: w.site, type: 'follow-up', followUpOf: 2_000_000_000 })
    expect(cross.status).toBeGreaterThanOrEqual(400)
    expect(cross.status).toBe(missing.status)
    expect(JSON.stringify(cross.body)).not.toContain('外站来访人')
    expect(JSON.stringify(cross.body)).not.toContain('13700000000')
    expect(cross.body.errors?.[0]?.message?.replace(String(theirs.body.doc.id), 'ID')).toBe(missing.body.errors?.[0]?.message?.replace('2000000000', 'ID'))
    expect((await w.payload.count({ collection: 'reception-records', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    // The same for a reservation copying from another site's reception record.
    const reservation = await w.desk.post('/api/reservations', { site: w.site, receptionRecord: theirs.body.doc.id, bed: w.beds[3], newElder: { name: '某某', gender: 'female', age: 80 } })
    expect(reservation.status).toBeGreaterThanOrEqual(400)
    expect(JSON.stringify(reservation.body)).not.toContain('外站来访人')
  })

  it('Issue 11 item 3 CARE-01 a reception record left without time and staff gets now and me; given ones are kept', async () => {
    const res = await w.desk.post('/api/reception-records', { site: w.site, type: 'phone', visitorName: '吴建国' })
    expect(res.status).toBe(201)
    expect(near(res.body.doc.receivedAt)).toBe(true)
    expect(res.body.doc.staff?.id ?? res.body.doc.staff).toBe(w.staff['front-desk'].id)
    const given = await w.desk.post('/api/reception-records', { site: w.site, type: 'phone', visitorName: '吴建国', receivedAt: '2026-01-05T02:00:00.000Z', staff: w.staff['health-care-supervisor'].id })
    expect(given.status).toBe(201)
    expect(given.body.doc.receivedAt).toBe('2026-01-05T02:00:00.000Z')
    expect(given.body.doc.staff?.id ?? given.body.doc.staff).toBe(w.staff['health-care-supervisor'].id)
  })

  it('Issue 11 item 3 CARE-04 a visitor: ticking the phone confirmation fills time in = now and confirmed by = me (on create and on a later update); not ticked, both stay empty', async () => {
    const waiting = await w.desk.post('/api/visits', { site: w.site, purpose: 'tour', visitorName: '郑晓明' })
    expect(waiting.status).toBe(201)
    expect(waiting.body.doc.timeIn ?? null).toBeNull()
    expect(waiting.body.doc.confirmedBy ?? null).toBeNull()
    const ticked = await w.desk.patch(`/api/visits/${waiting.body.doc.id}`, { phoneConfirmed: true })
    expect(ticked.status).toBe(200)
    expect(near(ticked.body.doc.timeIn)).toBe(true)
    expect(ticked.body.doc.confirmedBy?.id ?? ticked.body.doc.confirmedBy).toBe(w.staff['front-desk'].id)
    const atOnce = await w.desk.post('/api/visits', { site: w.site, purpose: 'tour', visitorName: '钱玉珍', phoneConfirmed: true })
    expect(atOnce.status).toBe(201)
    expect(near(atOnce.body.doc.timeIn)).toBe(true)
    expect(atOnce.body.doc.confirmedBy?.id ?? atOnce.body.doc.confirmedBy).toBe(w.staff['front-desk'].id)
    // An interviewee for a position HR must confirm gets no time in (they wait), but the confirming staff member.
    const interview = await w.desk.post('/api/visits', { site: w.site, purpose: 'interview', interviewFor: 'other', visitorName: '应聘者丙', phoneConfirmed: true })
    expect(interview.status).toBe(201)
    expect(interview.body.doc.timeIn ?? null).toBeNull()
    expect(interview.body.doc.confirmedBy?.id ?? interview.body.doc.confirmedBy).toBe(w.staff['front-desk'].id)
    // A later edit of another field does not move the time in.
    const later = await w.desk.patch(`/api/visits/${atOnce.body.doc.id}`, { notes: '带了花' })
    expect(later.body.doc.timeIn).toBe(atOnce.body.doc.timeIn)
  })

  it('Issue 11 item 3 CARE-08 a reservation from a reception record carries the family over and creates the elder from its name and age (approximate birth date, flagged)', async () => {
    const record = await rated({ visitorName: '孙丽', visitorPhone: '13655556666', elderName: '孙德福', elderAge: 79 })
    const res = await w.desk.post('/api/reservations', { site: w.site, receptionRecord: record.id, bed: w.beds[0], newElder: { gender: 'male' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.familyName).toBe('孙丽')
    expect(res.body.doc.familyPhone).toBe('13655556666')
    const elder = await w.payload.findByID({ collection: 'elders', id: res.body.doc.elder.id ?? res.body.doc.elder, overrideAccess: true, depth: 0 })
    expect(elder.name).toBe('孙德福')
    expect(elder.site).toBe(w.site)
    expect(elder.birthDateApproximate).toBe(true)
    expect(String(elder.birthDate).slice(0, 4)).toBe(String(thisYear() - 79))
    // Without a gender or an age the new elder is refused in words, and nothing is written.
    const before = await w.payload.count({ collection: 'elders', overrideAccess: true })
    const incomplete = await w.desk.post('/api/reservations', { site: w.site, bed: w.beds[1], familyName: '某家属', familyPhone: '13600000000', newElder: { name: '无名' } })
    expect(incomplete.status).toBe(400)
    expect(incomplete.body.errors[0].message).toMatch(/性别/)
    expect((await w.payload.count({ collection: 'elders', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    // Neither an elder nor a new one: refused.
    const none = await w.desk.post('/api/reservations', { site: w.site, bed: w.beds[1], familyName: '某家属', familyPhone: '13600000000' })
    expect(none.status).toBe(400)
    await w.desk.patch(`/api/reservations/${res.body.doc.id}`, { cancelRequested: true })
  })

  it('Issue 11 item 3 CARE-08 only free beds are reserved: a held or out-of-service bed is refused by the server, whatever the client sends', async () => {
    const elder = await makeElder(w.payload, w.site, '冯秀兰')
    const held = await w.desk.post('/api/reservations', { site: w.site, elder: elder.id, bed: w.beds[2], familyName: '冯家', familyPhone: '13611112222', depositReceipt: 'SJ-FENG' })
    expect(held.status).toBe(201)
    expect((await bedOf(w.payload, w.beds[2])).status).toBe('held')
    const other = await makeElder(w.payload, w.site, '冯秀兰')
    const again = await w.desk.post('/api/reservations', { site: w.site, elder: other.id, bed: w.beds[2], familyName: '冯家二', familyPhone: '13611113333' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/已被预留或入住/)
    await w.payload.update({ collection: 'beds', id: w.beds[3], data: { outOfService: true }, overrideAccess: true })
    const closed = await w.desk.post('/api/reservations', { site: w.site, elder: other.id, bed: w.beds[3], familyName: '冯家二', familyPhone: '13611113333' })
    expect(closed.status).toBe(409)
    await w.payload.update({ collection: 'beds', id: w.beds[3], data: { outOfService: false }, overrideAccess: true })
    // The held reservation itself still saves (its own bed is its elder's).
    const note = await w.desk.patch(`/api/reservations/${held.body.doc.id}`, { notes: '家属下周来' })
    expect(note.status).toBe(200)
    await w.desk.patch(`/api/reservations/${held.body.doc.id}`, { cancelRequested: true })
  })

  it('Issue 11 item 3 CARE-12 an elder with only a birth year or an age gets an approximate birth date, flagged; an exact date clears the flag; neither is refused', async () => {
    const byYear = await w.desk.post('/api/elders', { site: w.site, name: '褚玉英', gender: 'female', birthYear: 1941 })
    expect(byYear.status).toBe(201)
    expect(byYear.body.doc.birthDate.slice(0, 10)).toBe('1941-07-01')
    expect(byYear.body.doc.birthDateApproximate).toBe(true)
    const byAge = await w.desk.post('/api/elders', { site: w.site, name: '卫国强', gender: 'male', age: 88 })
    expect(byAge.status).toBe(201)
    expect(byAge.body.doc.birthDate.slice(0, 4)).toBe(String(thisYear() - 88))
    expect(byAge.body.doc.birthDateApproximate).toBe(true)
    const exact = await w.desk.patch(`/api/elders/${byYear.body.doc.id}`, { birthDate: '1941-03-15' })
    expect(exact.status).toBe(200)
    expect(exact.body.doc.birthDateApproximate).toBe(false)
    const neither = await w.desk.post('/api/elders', { site: w.site, name: '蒋无日', gender: 'male' })
    expect(neither.status).toBe(400)
    expect(JSON.stringify(neither.body)).toMatch(/出生/)
    const client = await w.desk.post('/api/elders', { site: w.site, name: '沈自称', gender: 'male', birthDate: '1950-01-01', birthDateApproximate: true })
    expect(client.body.doc.birthDateApproximate).toBe(false)
  })

  it('Issue 11 item 3 CARE-12 CORE-03 pickers tell people apart: elder = name · age · bed, staff = name · position, bed = building and code', async () => {
    const a = await makeElder(w.payload, w.site, '张桂兰', { birthDate: '1940-02-01' })
    const b = await makeElder(w.payload, w.site, '张桂兰', { birthDate: '1948-02-01' })
    await w.payload.update({ collection: 'elders', id: b.id, data: { bed: w.beds[1] } as never, overrideAccess: true })
    const bed = await bedOf(w.payload, w.beds[1])
    const res = await w.desk.get(`/api/elders?where[name][equals]=${encodeURIComponent('张桂兰')}&select[pickerLabel]=true&sort=id&depth=0`)
    expect(res.status).toBe(200)
    const labels = res.body.docs.map((d: { pickerLabel: string }) => d.pickerLabel)
    const ageOf = (born: string) => { const today = localDay(new Date(), 'Asia/Shanghai'); return Number(today.slice(0, 4)) - Number(born.slice(0, 4)) - (today.slice(5) < born.slice(5) ? 1 : 0) }
    expect(labels).toEqual([`张桂兰 · ${ageOf('1940-02-01')}岁`, `张桂兰 · ${ageOf('1948-02-01')}岁 · ${bed.code}`])
    expect(new Set(labels).size).toBe(2)
    void a
    const config = w.payload.collections.elders.config.admin
    expect(config.useAsTitle).toBe('pickerLabel')
    const staff = await w.desk.get(`/api/staff/${w.staff['health-care-supervisor'].id}?depth=0`)
    expect(staff.body.pickerLabel).toMatch(new RegExp(`^${w.staff['health-care-supervisor'].name} · .+`))
    expect(staff.body.pickerLabel).toContain('健康照料部')
    expect(w.payload.collections.staff.config.admin.useAsTitle).toBe('pickerLabel')
    // An elder not yet living in the home: the bed reserved for them.
    const c = await makeElder(w.payload, w.site, '张桂兰', { birthDate: '1948-02-01' })
    const reserved = await w.desk.post('/api/reservations', { site: w.site, elder: c.id, bed: w.beds[0], familyName: '张家', familyPhone: '13611114444' })
    expect(reserved.status).toBe(201)
    const bed0 = await bedOf(w.payload, w.beds[0])
    const label = await w.desk.get(`/api/elders/${c.id}?select[pickerLabel]=true`)
    expect(label.body.pickerLabel).toBe(`张桂兰 · ${ageOf('1948-02-01')}岁 · ${bed0.code}`)
    await w.desk.patch(`/api/reservations/${reserved.body.doc.id}`, { cancelRequested: true })
    expect((await w.desk.get(`/api/elders/${c.id}?select[pickerLabel]=true`)).body.pickerLabel).toBe(`张桂兰 · ${ageOf('1948-02-01')}岁`)
    const bedDoc = await w.desk.get(`/api/beds/${w.beds[1]}?depth=0`)
    expect(bedDoc.body.pickerLabel).toBe(`1号楼 ${bed.code}`)
  })
})
