import { beforeAll, describe, expect, it } from 'vitest'
import { positionList } from '../../src/seed/positions'
import { makeSite, makeStaff, PASSWORD, signIn } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

let site: { id: number }

beforeAll(async () => {
  site = { id: w.site }
})

const login = (email: string, password: string, ip = '10.0.0.1') =>
  fetch(`${w.url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  })

describe('people and places', () => {
  it('CORE-02 every position of the catalogue is seeded, editable data', async () => {
    const { docs } = await w.payload.find({ collection: 'positions', limit: 100, pagination: false })
    expect(docs.map((p) => p.slug).sort()).toEqual(positionList.map(([slug]) => slug).sort())
    const dean = docs.find((p) => p.slug === 'dean')!
    expect([dean.name, dean.nameTW, dean.nameEn]).toEqual(['院长', '院長', 'Dean'])
  })

  it('CORE-02 only administrators edit positions', async () => {
    const desk = await signIn(w.url, (await makeStaff(w.payload, { sites: [site.id] })).email as string)
    const res = await desk.post('/api/positions', { slug: 'x', name: 'x', nameTW: 'x', nameEn: 'x' })
    expect(res.status).toBe(403)
  })

  it('CORE-01 staff see themselves and the staff of their own sites, never the people of another site', async () => {
    const other = (await makeSite(w.payload)) as { id: number }
    const [me, colleague, stranger] = await Promise.all([
      makeStaff(w.payload, { sites: [site.id] }),
      makeStaff(w.payload, { sites: [site.id] }),
      makeStaff(w.payload, { sites: [other.id], name: '外院员工' }),
    ])
    const client = await signIn(w.url, me.email as string)
    const list = await client.get('/api/staff?limit=500&depth=0')
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toEqual(expect.arrayContaining([me.id, colleague.id]))
    expect(ids).not.toContain(stranger.id)
    const missing = await client.get('/api/staff/999999')
    const theirs = await client.get(`/api/staff/${stranger.id}`)
    expect([theirs.status, theirs.body]).toEqual([missing.status, missing.body])
    const gql = await client.post('/api/graphql', { query: '{ allStaff(limit: 500) { docs { id name } } }' })
    expect(gql.body.data.allStaff.docs.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(gql.body)).not.toContain('外院员工')
    expect((await client.get(`/api/staff?where[name][equals]=${encodeURIComponent('外院员工')}`)).body.docs).toHaveLength(0)
  })

  it('CORE-03 a staff member cannot give themselves roles, positions or sites', async () => {
    const me = await makeStaff(w.payload, { sites: [site.id] })
    const other = (await makeSite(w.payload)) as { id: number }
    const client = await signIn(w.url, me.email as string)
    await client.patch(`/api/staff/${me.id}`, { roles: ['admin'], positions: [w.positions.get('dean')], sites: [{ site: other.id }] })
    const after = await w.payload.findByID({ collection: 'staff', id: me.id, depth: 0 })
    expect(after.roles).toEqual(['staff'])
    expect(after.positions).toEqual([])
    expect((after.sites ?? []).map((s) => s.site)).toEqual([site.id])
  })

  it('CORE-03 the account locks after five wrong passwords, answering as a wrong password does', async () => {
    const me = await makeStaff(w.payload, { sites: [site.id] })
    const answers: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await login(me.email as string, 'wrong-password', '10.0.0.2')
      expect(res.status).toBe(401)
      answers.push(JSON.stringify(await res.json()))
    }
    const locked = await login(me.email as string, PASSWORD, '10.0.0.2')
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toBe(answers[0])
  })

  it('CORE-03 an account that has signed in before locks as well: its sessions do not undo the lock', async () => {
    const me = await makeStaff(w.payload, { sites: [site.id] })
    expect((await login(me.email as string, PASSWORD, '10.0.0.5')).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await login(me.email as string, 'wrong-password', '10.0.0.5')).status).toBe(401)
    const row = (await w.payload.findByID({ collection: 'staff', id: me.id, depth: 0, overrideAccess: true, showHiddenFields: true })) as { loginAttempts?: number; lockUntil?: string }
    expect(row.loginAttempts).toBe(5)
    expect(new Date(String(row.lockUntil)).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000)
    expect((await login(me.email as string, PASSWORD, '10.0.0.5')).status).toBe(401)
  })

  it('CORE-03 a disabled account cannot sign in', async () => {
    const me = await makeStaff(w.payload, { sites: [site.id] })
    await w.payload.update({ collection: 'staff', id: me.id, data: { active: false } })
    const res = await login(me.email as string, PASSWORD, '10.0.0.3')
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toContain('已停用')
  })

  it('CORE-03 the admin panel language follows the staff member’s preference', async () => {
    const me = await makeStaff(w.payload, { sites: [site.id], language: 'zh-TW' })
    const res = await login(me.email as string, PASSWORD, '10.0.0.4')
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie().some((c) => c.startsWith('payload-lng=zh-TW'))).toBe(true)
  })
})
