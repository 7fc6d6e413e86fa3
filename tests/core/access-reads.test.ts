/**
 * Issue 15 item 1 / CORE-01, PROP-03, OFFICE-11, PROP-07: the access rules that read the database read
 * it once per request (src/lib/perRequest.ts), not once per operation Payload asks about — an admin
 * page's permission map (read, create, update, delete of every collection, computed by Payload on every
 * page and by `/api/access`) sent the edit locks' read 3 times, the secret forms' readers and the
 * complaint settings' positions 2–3 times each. The answers stay exactly those of each rule asked
 * alone, for every person; nothing is kept beyond the request, for another person, across a rolled
 * back transaction, or after a write of the same request that changes it.
 */
import { createLocalReq, executeAuthStrategies, getAccessResults, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { keptReads } from '../../src/lib/perRequest'
import { asServer } from '../../src/lib/serverReq'
import { poolStatementsOf } from '../helpers/statements'
import { useWorld, type Client } from '../helpers/world'
import { makeEstate, makeOwner } from '../property/estate-fixture'

// `site` an office (HR and its personnel files), `otherSite` a property estate (owner archives, grants).
const w = useWorld({ sites: [{ type: 'office' }, { type: 'property' }], holders: ['front-desk', 'hr'] })

const SECRET = '业主曾申请贷款抵押(机密)'
const HR_SECRET = '人事机密:曾受处分'
let archive: number
let personnelFile: number
let script: number

const makeScript = async (title: string) =>
  (await w.payload.create({ collection: 'scripts', data: { site: w.site, kind: 'greeting', title, body: '您好' } as never, overrideAccess: true })).id as number


/** A request as the admin panel makes one (Payload's initReq): the person from their token, then createLocalReq. */
async function pageReq(client: Client): Promise<PayloadRequest> {
  const headers = new Headers({ authorization: `JWT ${client.token}` })
  const { user } = await executeAuthStrategies({ headers, payload: w.payload })
  return createLocalReq({ req: { headers, user } as never }, w.payload)
}

/** A grant of the archive to `reader`, approved and registered, valid for the next hour: written on `req`. */
async function registerGrant(req: PayloadRequest, reader: number): Promise<number> {
  const g = await w.payload.create({ collection: 'archive-grants', data: { archive, reader, reason: '核对授权书', workingDays: 1, site: w.otherSite } as never, overrideAccess: true, req })
  const now = Date.now()
  await w.payload.update({
    collection: 'archive-grants',
    id: g.id,
    data: { approvalStatus: 'approved', approvalPosition: null, status: 'registered', registeredAt: new Date(now).toISOString(), validFrom: new Date(now - 1000).toISOString(), validUntil: new Date(now + 3600_000).toISOString() } as never,
    overrideAccess: true,
    context: { approvalTransition: true },
    req,
  })
  return g.id as number
}

const repeated = (statements: string[]) => statements.filter((s, i) => statements.indexOf(s) !== i)

let desk: Client, hr: Client, supervisor: Client, assistant: Client, outsider: Client, admin: Client

beforeAll(async () => {
  desk = w.desk
  hr = await w.as('hr')
  supervisor = await w.as({ email: (await w.other('cs-supervisor')).email })
  assistant = await w.as({ email: (await w.other('cs-assistant')).email })
  outsider = await w.as('outsider')
  admin = await w.as('admin')
  await w.other('office-director')
  const { units } = await makeEstate(w.payload, w.otherSite)
  const owner = await makeOwner(w.payload, w.otherSite, units[0]!)
  archive = (await w.payload.create({ collection: 'owner-files', data: { site: w.otherSite, unit: units[0], owner, notes: SECRET } as never, overrideAccess: true })).id as number
  const person = await w.hire({ name: '档案员工丙' })
  const file = await hr.post('/api/personnel-files', { site: w.site, person: person.id, notes: HR_SECRET })
  expect(file.status).toBe(201)
  personnelFile = file.body.doc.id
  // Locks of several people on records of both sites, so that the locks' rule has something to decide.
  script = await makeScript('问候语')
  for (const [slug, id, user] of [
    ['owner-files', archive, (await w.other('cs-supervisor')).id],
    ['personnel-files', personnelFile, w.staff.hr.id],
    ['scripts', script, w.staff.hr.id],
  ] as const) {
    await w.payload.create({ collection: 'payload-locked-documents' as never, data: { document: { relationTo: slug, value: id }, user: { relationTo: 'staff', value: user } } as never, overrideAccess: true })
  }
})

describe('CORE-01 access reads once per request (issue 15 item 1)', () => {
  it('CORE-01 the permission map of a signed-in desk person sends each access read once (/api/access, and as an admin page computes it)', async () => {
    for (const client of [desk, hr, supervisor]) {
      await client.get('/api/access')
      let access: { status: number; body: any } | undefined
      const rest = await poolStatementsOf(w.payload, async () => (access = await client.get('/api/access')))
      expect(access!.status).toBe(200)
      if (process.env.SHOW_STATEMENTS) console.log(rest.map((s) => s.slice(0, 140)).join('\n'))
      expect(repeated(rest)).toEqual([])
      // The signed-in person, the locks (and, per collection with someone else's lock, which of those
      // records the person may read: 3 here), the complaint settings' positions, the readers' positions and
      // staff row, the grants: 17 before (14 with no locks).
      // (Reads only: a write another test's hook left running may land in the window.)
      expect(rest.filter((s) => /^\s*select/i.test(s)).length).toBeLessThanOrEqual(6 + 3)
      expect(rest.filter((s) => /payload_locked_documents/.test(s))).toHaveLength(1)
      expect(rest.filter((s) => /from "positions"/.test(s))).toHaveLength(2)
      expect(rest.filter((s) => /from "archive_grants"/.test(s))).toHaveLength(1)
      await getAccessResults({ req: await pageReq(client) })
      const req = await pageReq(client)
      const page = await poolStatementsOf(w.payload, () => getAccessResults({ req }))
      if (process.env.SHOW_STATEMENTS) console.log('page', page.map((s) => s.slice(0, 140)).join('\n'))
      expect(repeated(page)).toEqual([])
      expect(page.filter((s) => /^\s*select/i.test(s)).length).toBeLessThanOrEqual(5 + 3)
      // A new request reads again: nothing is kept beyond its request.
      const again = await poolStatementsOf(w.payload, () => getAccessResults({ req: { ...req } as PayloadRequest }))
      expect(page.filter((statement) => !again.includes(statement))).toEqual([])
    }
    // The complaint settings answer per person as before: a 客服主管 edits them, the desk does not.
    expect((await supervisor.get('/api/access')).body.collections['complaint-settings']).toMatchObject({ create: { permission: true }, update: { permission: true } })
    expect((await desk.get('/api/access')).body.collections['complaint-settings'].create?.permission ?? false).toBe(false)
  })

  it('CORE-01 / PROP-03 / OFFICE-11 / PROP-07 the map computed in one request answers as every rule asked alone, for every person', async () => {
    const people = [desk, hr, supervisor, assistant, outsider, admin]
    for (const client of people) {
      const shared = await pageReq(client)
      const asked: [string, string][] = []
      for (const c of Object.values(w.payload.collections)) {
        for (const op of ['create', 'read', 'update', 'delete', 'readVersions', 'unlock'] as const) {
          if (typeof (c.config.access as Record<string, unknown>)[op] === 'function') asked.push([c.config.slug, op])
        }
      }
      const rule = (slug: string, op: string) => (w.payload.collections as Record<string, { config: { access: Record<string, (a: unknown) => unknown> } }>)[slug]!.config.access[op]!
      // All at once on one request, as Payload computes a permission map …
      const together = await Promise.all(asked.map(([slug, op]) => Promise.resolve(rule(slug, op)({ req: shared }))))
      // … and each on a request of its own.
      const alone: unknown[] = []
      for (const [slug, op] of asked) alone.push(await rule(slug, op)({ req: await pageReq(client) }))
      expect(together).toEqual(alone)
    }
  })

  it('PROP-03 a grant registered, then closed, in one request counts at once for that request (no stale read)', async () => {
    const reader = await w.other('cs-assistant')
    const req = await pageReq(assistant)
    const read = async () => (await w.payload.findByID({ collection: 'owner-files', id: archive, depth: 0, overrideAccess: false, req })) as unknown as { notes?: string }
    expect((await read()).notes).toBeUndefined()
    const g = { id: await registerGrant(req, reader.id) }
    expect((await read()).notes).toBe(SECRET)
    await w.payload.update({ collection: 'archive-grants', id: g.id, data: { status: 'closed' } as never, overrideAccess: true, context: { approvalTransition: true }, req })
    expect((await read()).notes).toBeUndefined()
  })

  it('PROP-03 a grant closed by a server write made through a derived request (asServer) is not served to the request itself', async () => {
    const reader = await w.other('cs-assistant')
    const req = await pageReq(assistant)
    const read = async () => (await w.payload.findByID({ collection: 'owner-files', id: archive, depth: 0, overrideAccess: false, req })) as unknown as { notes?: string }
    const g = { id: await registerGrant(req, reader.id) }
    expect((await read()).notes).toBe(SECRET)
    expect(keptReads(req)).toBeGreaterThan(0)
    // The lifecycle and approval code write through Object.create(req) (src/lib/serverReq.ts).
    await w.payload.update({ collection: 'archive-grants', id: g.id, data: { status: 'closed' } as never, overrideAccess: true, context: { approvalTransition: true }, req: asServer(req) })
    expect((await read()).notes).toBeUndefined()
  })

  it('PROP-03 what a rolled back transaction saw is not served after it', async () => {
    const reader = await w.other('cs-assistant')
    const req = await pageReq(assistant)
    const read = async () => (await w.payload.findByID({ collection: 'owner-files', id: archive, depth: 0, overrideAccess: false, req })) as unknown as { notes?: string }
    await initTransaction(req)
    const g = { id: await registerGrant(req, reader.id) }
    expect((await read()).notes).toBe(SECRET)
    await killTransaction(req)
    expect((await read()).notes).toBeUndefined()
    expect((await w.payload.count({ collection: 'archive-grants', where: { id: { equals: g.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('OFFICE-11 on one request object each person reads as themselves, and HR who loses the position mid-request reads nothing more', async () => {
    const req = await pageReq(hr)
    const hrUser = req.user
    const deskUser = (await pageReq(desk)).user
    const read = async (user: unknown) =>
      (await w.payload.findByID({ collection: 'personnel-files' as never, id: personnelFile, depth: 0, overrideAccess: false, req, user: user as never, disableErrors: true })) as unknown as { notes?: string } | null
    expect((await read(hrUser))?.notes).toBe(HR_SECRET)
    // The desk, on the very request HR's readers were read on: not found, like a missing file.
    expect(await read(deskUser)).toBeNull()
    expect((await read(hrUser))?.notes).toBe(HR_SECRET)
    // HR is moved off the position within the same request: the next read knows it.
    const stored = (await w.payload.findByID({ collection: 'staff', id: w.staff.hr.id, depth: 0, overrideAccess: true })) as unknown as { positions: unknown[] }
    try {
      await w.payload.update({ collection: 'staff', id: w.staff.hr.id, data: { positions: [] } as never, overrideAccess: true, req })
      expect(await read(hrUser)).toBeNull()
    } finally {
      await w.payload.update({ collection: 'staff', id: w.staff.hr.id, data: { positions: stored.positions } as never, overrideAccess: true })
    }
  })

  it('CORE-01 a lock the person takes in a request is theirs at once; other people’s locks only on records they may read', async () => {
    const req = await pageReq(desk)
    const locks = async () =>
      ((await w.payload.find({ collection: 'payload-locked-documents' as never, depth: 0, overrideAccess: false, req, pagination: false })).docs as unknown as { document?: { relationTo: string } }[]).map((l) => l.document?.relationTo)
    // HR's lock on a script of the desk's site: seen. HR's lock on a personnel file, the other site's archive: not.
    expect(await locks()).toEqual(['scripts'])
    // Taken the way the admin panel takes one (a write through no hook of this request): theirs at once.
    const mine = await makeScript('结束语')
    await w.payload.db.create({ collection: 'payload-locked-documents', data: { document: { relationTo: 'scripts', value: mine }, user: { relationTo: 'staff', value: w.staff['front-desk'].id } }, req })
    expect(await locks()).toEqual(['scripts', 'scripts'])
  })
})
