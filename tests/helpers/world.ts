/**
 * The one test fixture: a booted Payload on a clean database, the real HTTP server, sites with a holder of
 * every position, signed-in REST clients and (optionally) a real SMTP peer — set up once per test file.
 *
 * ```ts
 * import { useWorld } from '../helpers/world'
 * const w = useWorld()                       // registers beforeAll/afterAll in this file
 * it('CARE-05 …', async () => {
 *   const res = await w.desk.post('/api/outings', { site: w.site, … })
 *   const nurse = await w.as('health-care-supervisor')
 * })
 * ```
 *
 * `useWorld(options?)` returns an object whose fields are filled in `beforeAll` (read them inside hooks and
 * tests, never at the top level of the file). vitest isolates files, so each file boots once, on a database
 * emptied first (boot.ts).
 *
 * Options (all optional):
 * - `sites`: the sites to create, first = `site`, second = `otherSite` (default: one care home; when fewer than
 *   two are given, `otherSite` is another site of the first one's type). A care home gets building `1号楼`
 *   with its beds. `modules` default to the type's desk (care, property, office, member).
 * - `http`: extra `AppOptions` (routes mounted before the module routes; `moduleRoutes` — approvals at
 *   /approve, devices at /devices and /iclock — are always mounted, as in the real server).
 * - `mail: true`: start a real SMTP peer (tests/workflow/smtp-peer.ts); `w.mail.deliver()` sends the outbox to it.
 * - `staff`: names or languages for holders at `site` (default: name `<slug>-员工`, language zh).
 * - `demo: true`: seed the demo data (src/seed/demo.ts) before the test sites are created.
 * - `holders`: which positions get a holder at `site` (default: all; `['front-desk']` boots several seconds faster).
 * - `beds`: how many beds each of the two care homes gets (default 4; rooms 101, 202, 303 … two beds each).
 *
 * Fields (after beforeAll):
 * - `payload`, `positions` (slug → id), `url` (the HTTP server; also PUBLIC_URL, so e-mailed links point here)
 * - `site`, `otherSite`, `sites` (every created site, in order); `building`, `beds` / `otherBuilding`, `otherBeds`
 *   (building 1号楼 and its beds at `site` / `otherSite` when it is a care home)
 * - `staff[slug]`: `{ id, email, name }` of a holder of every position at `site`
 * - `other(slug)`: the holder of that position at `otherSite` (created on first use, then the same person);
 *   `otherStaff[slug]` holds those made so far (the front desk, `'outsider'`, always)
 * - `as(who)`: a signed-in REST client (cached per file) for a position slug (its holder at `site`), `'admin'`
 *   (an administrator of no site), `'outsider'` (the front desk of `otherSite`) or any `{ email }` (e.g. from `hire`)
 * - `desk`: `as('front-desk')`, already signed in (undefined when `holders` leaves the front desk out)
 * - `hire(options)`: another staff member (default at `site`, no position), `{ id, email, name }`
 * - `mail`: `{ peer, deliver }` when `mail: true`
 * - `freshSite(options?)`: one more site of `site`'s type (or `type`) for a test that changes site-wide state
 *   (its calendar, its lists, its counts), so that tests stay independent of their order. A care home gets
 *   building 1号楼 with `beds` beds (default 4). `holder(slug)` is the holder of a position there (made on first
 *   use), `as(slug)` that holder signed in; `desk` is `as('front-desk')`.
 */
import { afterAll, beforeAll } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload, startHttp, type Http } from './boot'
import { makeStaff, signIn, type Client } from './people'
import { positionSlugs, type PositionSlug } from '../../src/seed/positions'
import type { AppOptions } from '../../src/http/app'
import { moduleRoutes } from '../../src/http/routes'
import { closeMailTransports, deliverOutbox } from '../../src/lib/mail'
import { smtpPeer, type Peer } from '../workflow/smtp-peer'

export type { Client } from './people'

export type SiteType = 'care-home' | 'property' | 'office' | 'club'
export type Language = 'zh' | 'zh-TW' | 'en'
export type Person = { id: number; email: string; name: string }

export type WorldOptions = {
  mail?: boolean
  http?: AppOptions
  sites?: { type: SiteType; modules?: string[]; name?: string }[]
  staff?: Partial<Record<PositionSlug, { name?: string; language?: Language }>>
  demo?: boolean
  beds?: number
  /** Which positions get a holder at `site` (default: every seeded position; fewer boots faster). */
  holders?: readonly PositionSlug[]
}

export type World = {
  payload: Payload
  url: string
  http: Http
  positions: Map<string, number>
  site: number
  otherSite: number
  sites: number[]
  building?: number
  beds: number[]
  otherBuilding?: number
  otherBeds: number[]
  staff: Record<PositionSlug, Person> & Record<string, Person>
  /** The holder of a position at `otherSite` (created on first use). */
  other: (slug: PositionSlug) => Promise<Person>
  /** The holders at `otherSite` made so far: the front desk always, others once `other(slug)` made them. */
  otherStaff: Partial<Record<PositionSlug, Person>> & { 'front-desk': Person }
  as: (who: PositionSlug | 'admin' | 'outsider' | { email: string }) => Promise<Client>
  desk: Client
  hire: (options?: { positions?: PositionSlug[]; sites?: number[]; roles?: ('admin' | 'staff')[]; language?: Language; name?: string }) => Promise<Person>
  mail?: { peer: Peer; deliver: () => ReturnType<typeof deliverOutbox> }
  /** One more site, for a test that changes site-wide state (see the top of this file). */
  freshSite: (options?: { type?: SiteType; beds?: number; modules?: string[]; name?: string; language?: Language }) => Promise<FreshSite>
}

/** A site made by `freshSite()` for one test. */
export type FreshSite = {
  site: number
  building?: number
  beds: number[]
  holder: (slug: PositionSlug) => Promise<Person>
  as: (slug: PositionSlug) => Promise<Client>
  desk: Client
}

const moduleOf: Record<SiteType, string> = { 'care-home': 'care', property: 'property', office: 'office', club: 'member' }
const siteName: Record<SiteType, string> = { 'care-home': '千禾颐养家苑', property: '香堤物业客户中心', office: '新华公司前台', club: '悦享会所' }

/** Boot once for this file (beforeAll), close after (afterAll); see the top of this file. */
export function useWorld(options: WorldOptions = {}): World {
  const w = { beds: [] as number[], otherBeds: [] as number[] } as unknown as World
  beforeAll(async () => {
    const booted = await bootPayload()
    const payload = booted.payload
    if (options.demo) {
      const { seedDemo } = await import('../../src/seed/demo')
      await seedDemo(payload)
    }
    const http = await startHttp(payload, { ...options.http, routes: [...(options.http?.routes ?? []), ...moduleRoutes(payload)] })
    process.env.PUBLIC_URL = http.url
    Object.assign(w, { payload, positions: booted.positions, http, url: http.url })

    const specs = options.sites?.length ? [...options.sites] : [{ type: 'care-home' as SiteType }]
    if (specs.length < 2) specs.push({ ...specs[0], name: undefined })
    const sites: number[] = []
    for (const [i, spec] of specs.entries()) {
      const doc = await payload.create({
        collection: 'sites',
        data: {
          name: spec.name ?? `${siteName[spec.type]}${'甲乙丙丁戊己'[i] ?? i}`,
          code: `t${i + 1}`,
          type: spec.type,
          modules: (spec.modules ?? [moduleOf[spec.type]]) as never,
          timeZone: 'Asia/Shanghai',
          opensAt: '08:30',
          closesAt: '17:30',
          mealPrices: { packageA: 68, packageB: 98 },
        },
        overrideAccess: true,
      })
      sites.push(doc.id as number)
    }
    w.sites = sites
    w.site = sites[0]
    w.otherSite = sites[1]

    w.hire = async (o = {}) => {
      const doc = await makeStaff(payload, {
        sites: o.sites ?? [w.site],
        positions: (o.positions ?? []).map((slug) => booted.positions.get(slug)!),
        roles: o.roles,
        language: o.language,
        name: o.name,
      })
      return { id: doc.id as number, email: doc.email as string, name: doc.name as string }
    }
    const custom = options.staff ?? {}
    w.staff = {} as Record<PositionSlug, Person>
    await Promise.all(
      (options.holders ?? positionSlugs).map(async (slug) => {
        w.staff[slug] = await w.hire({ positions: [slug], name: custom[slug]?.name ?? `${slug}-员工`, language: custom[slug]?.language ?? 'zh' })
      }),
    )
    const others = new Map<PositionSlug, Promise<Person>>()
    w.otherStaff = {} as World['otherStaff']
    w.other = (slug) => {
      if (!others.has(slug)) {
        others.set(
          slug,
          w.hire({ sites: [w.otherSite], positions: [slug], name: `${slug}-外院员工` }).then((person) => (w.otherStaff[slug] = person)),
        )
      }
      return others.get(slug)!
    }
    const outsider = await w.other('front-desk')
    const admin = await w.hire({ sites: [], roles: ['admin', 'staff'], name: '系统管理员' })

    const careHome = async (site: number, count = options.beds ?? 4) => {
      const building = (await payload.create({ collection: 'buildings', data: { name: '1号楼', floors: 3, site } as never })).id as number
      const beds: number[] = []
      for (let i = 1; i <= count; i++) {
        const floor = Math.ceil(i / 2)
        const bed = await payload.create({
          collection: 'beds',
          data: { building, floor, room: `${floor}0${floor}`, bedNo: String(((i - 1) % 2) + 1), site } as never,
        })
        beds.push(bed.id as number)
      }
      return { building, beds }
    }
    if (specs[0].type === 'care-home') ({ building: w.building, beds: w.beds } = await careHome(w.site))
    if (specs[1].type === 'care-home') ({ building: w.otherBuilding, beds: w.otherBeds } = await careHome(w.otherSite))

    const clients = new Map<string, Promise<Client>>()
    w.as = (who) => {
      const email =
        typeof who === 'object' ? who.email : who === 'admin' ? admin.email : who === 'outsider' ? outsider.email : w.staff[who]?.email
      if (!email) throw new Error(`useWorld: no holder for ${String(who)}`)
      if (!clients.has(email)) {
        const client = signIn(http.url, email)
        client.catch(() => clients.delete(email))
        clients.set(email, client)
      }
      return clients.get(email)!
    }
    if (w.staff['front-desk']) w.desk = await w.as('front-desk') // unless `holders` leaves the desk out

    let fresh = 0
    w.freshSite = async (o = {}) => {
      const type = o.type ?? specs[0].type
      const n = ++fresh
      const doc = await payload.create({
        collection: 'sites',
        data: {
          name: o.name ?? `${siteName[type]}${n + specs.length}`,
          code: `f${n}`,
          type,
          modules: (o.modules ?? (type === specs[0].type ? specs[0].modules : undefined) ?? [moduleOf[type]]) as never,
          timeZone: 'Asia/Shanghai',
          opensAt: '08:30',
          closesAt: '17:30',
          mealPrices: { packageA: 68, packageB: 98 },
        },
        overrideAccess: true,
      })
      const site = doc.id as number
      const home = type === 'care-home' ? await careHome(site, o.beds) : { building: undefined, beds: [] as number[] }
      const holders = new Map<PositionSlug, Promise<Person>>()
      const holder = (slug: PositionSlug) => {
        if (!holders.has(slug)) holders.set(slug, w.hire({ sites: [site], positions: [slug], name: `${slug}-员工`, language: o.language ?? 'zh' }))
        return holders.get(slug)!
      }
      const as = async (slug: PositionSlug) => w.as(await holder(slug))
      return { site, ...home, holder, as, desk: await as('front-desk') }
    }

    if (options.mail) {
      const peer = await smtpPeer()
      await peer.start()
      w.mail = { peer, deliver: () => deliverOutbox(payload, { smtpUrl: peer.url, limit: 1000 }) }
    }
  }, 300_000)

  afterAll(async () => {
    if (w.mail) {
      closeMailTransports()
      await w.mail.peer.stop()
    }
    await w.http?.close()
  })
  return w
}
