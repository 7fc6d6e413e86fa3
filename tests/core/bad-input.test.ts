/** Bad input gets a 4xx with a message a person understands, in their language, and writes nothing. */
import { beforeAll, describe, expect, it } from 'vitest'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

let zhDesk: Client
let enDesk: Client
let site: { id: number }
let otherSite: { id: number }

const count = async () => (await w.payload.count({ collection: 'reception-records' })).totalDocs

beforeAll(async () => {
  site = { id: w.site }
  otherSite = { id: w.otherSite }
  zhDesk = w.desk
  enDesk = await w.as(await w.hire({ positions: ['front-desk'], language: 'en' }))
})

const expectRefused = async (res: { status: number; body: any }, pattern?: RegExp) => {
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  const message = JSON.stringify(res.body)
  if (pattern) expect(message).toMatch(pattern)
}

describe('bad input is refused with a clear 4xx and loses nothing', () => {
  it('CARE-01 a missing required field names the field', async () => {
    const before = await count()
    const res = await zhDesk.post('/api/reception-records', { type: 'phone', site: site.id })
    await expectRefused(res, /visitorName|来电\/来访人/)
    expect(await count()).toBe(before)
  })

  it('CARE-01 a wrong type or an unknown option is refused', async () => {
    const before = await count()
    for (const bad of [{ elderAge: 'eighty' }, { type: 'fax' }, { elderAge: 500 }, { visitorPhone: 'call me maybe' }, { receivedAt: 'yesterday-ish' }]) {
      const res = await zhDesk.post('/api/reception-records', { type: 'phone', visitorName: 'x', site: site.id, ...bad })
      expect(res.status, JSON.stringify(bad)).toBe(400)
    }
    expect(await count()).toBe(before)
  })

  it('CARE-01 a 10,000-character string is refused', async () => {
    const before = await count()
    await expectRefused(await zhDesk.post('/api/reception-records', { type: 'phone', visitorName: '长'.repeat(10_000), site: site.id }))
    await expectRefused(await zhDesk.post('/api/reception-records', { type: 'phone', visitorName: 'x', needs: 'x'.repeat(10_000), site: site.id }))
    expect(await count()).toBe(before)
  })

  it('CORE-01 another site’s id is refused', async () => {
    const before = await count()
    await expectRefused(await zhDesk.post('/api/reception-records', { type: 'phone', visitorName: 'x', site: otherSite.id }))
    await expectRefused(await zhDesk.post('/api/reception-records', { type: 'phone', visitorName: 'x', site: 999_999 }))
    expect(await count()).toBe(before)
  })

  it('CORE-01 malformed JSON gets a 4xx, not a 500', async () => {
    const before = await count()
    const res = await zhDesk.request('POST', '/api/reception-records', '{"type": "phone", "visitorName": ')
    await expectRefused(res)
    expect(await count()).toBe(before)
  })

  it('CORE-03 messages come in the person’s language', async () => {
    const zh = await zhDesk.post('/api/reception-records', { type: 'phone', visitorName: 'x', site: site.id, paperRecordedAt: '2999-01-01T00:00:00Z' })
    const en = await enDesk.post('/api/reception-records', { type: 'phone', visitorName: 'x', site: site.id, paperRecordedAt: '2999-01-01T00:00:00Z' })
    expect(JSON.stringify(zh.body)).toContain('纸本记录时间不能晚于现在')
    expect(JSON.stringify(en.body)).toContain('cannot be in the future')
  })
})
