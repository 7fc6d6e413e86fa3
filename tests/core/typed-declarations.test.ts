/**
 * Typed declarations (issue 10): a position slug in a declaration is one of the seeded ones, so a
 * misspelt slug does not compile, and the form declaration has no open index signature, so neither
 * does a misspelt key (`npm run typecheck` checks the `@ts-expect-error` lines below).
 */
import { describe, expect, it } from 'vitest'
import type { ApprovalSpec, FormSpec, GateSpec, NotifyRule, Recipient } from '../../hooks/form/types'
import { positionList, type PositionSlug } from '../../src/seed/positions'
import { L } from '../../src/lib/i18n'

describe('typed declarations', () => {
  it('CORE-02 position slugs in chains, gates and notifications are the seeded ones; a site’s own position goes through { position }', () => {
    const chain: ApprovalSpec['chain'] = ['health-care-supervisor', 'admin-director', 'dean']
    // @ts-expect-error a misspelt position does not compile
    const misspelt: ApprovalSpec['chain'] = ['health-care-supervisr']
    const rule: NotifyRule = { on: 'create', message: ['catering-supervisor'], subject: L('點餐通知', 'Meal order') }
    // @ts-expect-error nor in a notification
    const wrongRule: NotifyRule = { on: 'create', email: ['caterer'] }
    // @ts-expect-error nor in a gate
    const wrongGate: GateSpec = { message: { to: ['deen'], title: L('門', 'Gate') } }
    const fromData: Recipient = { position: 'a-position-a-site-added' }
    const slugs: PositionSlug[] = positionList.map(([slug]) => slug)
    expect(slugs).toEqual(expect.arrayContaining([...chain, 'catering-supervisor']))
    expect([misspelt, wrongRule, wrongGate, rule, fromData]).toHaveLength(5)
  })

  it('issue 10: a misspelt key of a form declaration does not compile', () => {
    const form = { slug: 'x', label: L('表', 'Form'), group: L('組', 'Group'), fields: [] }
    // @ts-expect-error `notfy` is no key of FormSpec
    const misspelt: FormSpec = { ...form, notfy: [] }
    const printed: FormSpec = { ...form, print: { copies: ['第一联', '第二联'] }, retention: { years: 2 } }
    expect([misspelt, printed]).toHaveLength(2)
  })
})
