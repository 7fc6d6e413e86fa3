/**
 * Issue 15 item 1 / MEMBER-02, CORE-01: the member desk's appointments list reads its rows' members in
 * one statement per list (collections/member/appointments/hooks.ts), not one per row — the statements of
 * a list do not grow with its rows — and still never reads another site's member for a row (it answers
 * like a missing one: no glance).
 */
import { describe, expect, it } from 'vitest'
import { poolStatementsOf } from '../helpers/statements'
import { useWorld, type FreshSite } from '../helpers/world'
import { at, dayFrom, makeMember, makeTiers } from '../member/helpers'

const w = useWorld({ sites: [{ type: 'club' }], holders: ['front-desk', 'beautician'] })


/** A club with `n` appointments, each of a member of its own (with a tier, a package, a contract). */
async function clubWith(n: number): Promise<FreshSite> {
  const club = await w.freshSite()
  const beautician = await club.holder('beautician')
  const tiers = await makeTiers(w.payload, club.site)
  for (let i = 0; i < n; i++) {
    const m = await makeMember(w.payload, club.site, { name: `会员${i}`, phone: `138 3000 ${String(1000 + i)}`, tier: tiers['银卡'], sessionsLeft: 3 + i, packageName: '面部护理 10 次' })
    const res = await club.desk.post('/api/appointments', { site: club.site, member: m.id, staff: beautician.id, startAt: at(w.payload, club.site, dayFrom(1 + (i % 5)), `1${i % 8}:00`).toISOString(), service: '面部护理' })
    expect(res.status).toBe(201)
  }
  return club
}

describe('MEMBER-02 the appointments list reads its members once (issue 15 item 1)', () => {
  it('MEMBER-02 an appointments list of N rows sends the same statements for 2 rows as for 12: one read of the members, each row with its glance', async () => {
    const counts: number[] = []
    for (const n of [2, 12]) {
      const club = await clubWith(n)
      const list = () => club.desk.get(`/api/appointments?where[site][equals]=${club.site}&limit=25&depth=0`)
      await list()
      let res: { status: number; body: any } | undefined
      const statements = await poolStatementsOf(w.payload, async () => (res = await list()))
      expect(res!.status).toBe(200)
      expect(res!.body.docs).toHaveLength(n)
      for (const row of res!.body.docs) expect(row.memberGlance).toContain('剩余')
      expect(statements.filter((s) => /from "members"/.test(s))).toHaveLength(1)
      counts.push(statements.length)
      if (process.env.SHOW_STATEMENTS) console.log(n, statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 150)).join('\n'))
    }
    expect(counts[1]).toBe(counts[0])
    // Before: one read of the member per row (and the site, tiers and settings again per row).
    expect(counts[0]).toBeLessThanOrEqual(8)
  })

  it('MEMBER-02 / CORE-01 a row pointing at another site’s member shows no glance: that member is not read for it', async () => {
    const here = await clubWith(2)
    const there = await w.freshSite()
    const stranger = await makeMember(w.payload, there.site, { name: '外站会员', phone: '138 3999 0000', sessionsLeft: 9, packageName: '外站套餐' })
    const rows = (await here.desk.get(`/api/appointments?where[site][equals]=${here.site}&depth=0`)).body.docs as { id: number }[]
    // Only a broken row could point there (the form refuses it): written past every hook.
    await w.payload.db.updateOne({ collection: 'appointments', id: rows[0]!.id, data: { member: stranger.id }, returning: false })
    let list: { id: number; memberGlance?: string }[] = []
    const statements = await poolStatementsOf(w.payload, async () => (list = (await here.desk.get(`/api/appointments?where[site][equals]=${here.site}&depth=0`)).body.docs))
    // The members are asked for on the row's site: the other site's member never leaves the database.
    const members = statements.filter((s) => /from "members"/.test(s))
    expect(members).toHaveLength(1)
    expect(members[0]).toMatch(/where[\s\S]*"members"\."site_id" = /)
    const broken = list.find((r) => r.id === rows[0]!.id)!
    expect(broken.memberGlance ?? '').toBe('')
    expect(list.find((r) => r.id === rows[1]!.id)!.memberGlance).toContain('剩余')
    const one = await here.desk.get(`/api/appointments/${rows[0]!.id}`)
    expect(one.status).toBe(200)
    expect(one.body.memberGlance ?? '').toBe('')
    expect(JSON.stringify(one.body)).not.toContain('外站套餐')
  })
})
