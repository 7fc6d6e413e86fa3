/**
 * CORE-03 (issue 15): the signed-in staff member of every request is read in one statement
 * (collections/core/staffAuth.ts) and is the same person, field by field, as Payload's own
 * `findByID` at depth 0 would give; the token, its session and every refusal stay Payload's.
 */
import { describe, expect, it } from 'vitest'
import { leanJWT, loadStaffMember } from '../../collections/core/staffAuth'
import { useWorld } from '../helpers/world'
import { signIn } from '../helpers/people'

const w = useWorld({ holders: ['front-desk', 'health-care-supervisor'] })

const payloadRead = async (id: number) => {
  const doc = await w.payload.findByID({ collection: 'staff', id, depth: 0, overrideAccess: true })
  return JSON.parse(JSON.stringify(doc))
}

describe('CORE-03 the signed-in staff member, read lean', () => {
  it('CORE-03 the lean read equals findByID at depth 0 for a holder of positions at two sites, an administrator with a department and one with nothing', async () => {
    const department = await w.payload.create({ collection: 'departments', data: { name: '前台部', site: w.site } as never, overrideAccess: true }).catch(() => undefined)
    const two = await w.hire({ sites: [w.site, w.otherSite], positions: ['front-desk', 'health-care-supervisor'], language: 'en' })
    await w.payload.update({ collection: 'staff', id: two.id, data: { workPhone: '0571-88880000', mobile: '13800000000' }, overrideAccess: true })
    const admin = await w.payload.create({
      collection: 'staff',
      data: { name: '管理员甲', email: `admin-${Date.now()}@test.local`, password: 'test-password-1', roles: ['admin', 'staff'], sites: [], department: department?.id } as never,
      overrideAccess: true,
    })
    // A few sessions, as a shared desk account has.
    for (let i = 0; i < 3; i++) await signIn(w.url, two.email)
    for (const id of [two.id, admin.id, w.staff['front-desk'].id]) {
      const lean = JSON.parse(JSON.stringify(await loadStaffMember(w.payload, id)))
      const full = await payloadRead(id)
      expect(Object.keys(lean).sort()).toEqual(Object.keys(full).sort())
      expect(lean).toEqual(full)
    }
    const withSessions = await loadStaffMember(w.payload, two.id)
    expect(withSessions!.sessions.length).toBeGreaterThanOrEqual(3)
    expect(withSessions!.positions).toEqual([w.positions.get('front-desk'), w.positions.get('health-care-supervisor')])
    expect(await loadStaffMember(w.payload, 987654321)).toBeUndefined()
  })

  it('CORE-03 a request signs in the person its token names; a logged-out session, a forged token and a deleted account sign in nobody', async () => {
    const person = await w.hire({})
    const client = await signIn(w.url, person.email)
    const me = await client.get('/api/staff/me')
    expect(me.status).toBe(200)
    expect(me.body.user.id).toBe(person.id)
    expect(me.body.strategy).toBe('local-jwt')
    expect((await client.get('/api/reception-records?limit=1')).status).toBe(200)
    // The lean strategy is the one that answers (first of the strategies), and it answers with the person.
    expect(w.payload.authStrategies[0].authenticate).toBe(leanJWT.authenticate)
    const direct = await leanJWT.authenticate({ headers: new Headers({ authorization: `JWT ${client.token}` }), payload: w.payload, isGraphQL: false, strategyName: 'local-jwt', canSetHeaders: false } as never)
    expect(direct.user?.id).toBe(person.id)
    expect((direct.user as { _sid?: string })._sid).toBeTruthy()

    // Forged: the same claims signed with another secret.
    const [header, body] = client.token.split('.')
    const forged = `${header}.${body}.${Buffer.from('not-the-signature').toString('base64url')}`
    const asForged = await fetch(`${w.url}/api/reception-records?limit=1`, { headers: { authorization: `JWT ${forged}` } })
    expect(asForged.status).toBe(403)

    const second = await signIn(w.url, person.email)
    expect((await client.post('/api/staff/logout', {})).status).toBe(200)
    expect((await client.get('/api/reception-records?limit=1')).status).toBe(403)
    expect((await second.get('/api/reception-records?limit=1')).status).toBe(200)

    await w.payload.delete({ collection: 'staff', id: person.id, overrideAccess: true })
    expect((await second.get('/api/reception-records?limit=1')).status).toBe(403)
  })
})
