/**
 * PROP-03 with WF-06: the 管理處主任 approves an archive reading from the e-mail — the link opens a
 * confirmation page that names the reader and the reason but never the archive's contents, the POST
 * decides, the archive keeper registers the grant, and only then the reader reads.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'
import { makeEstate, makeOwner } from './estate-fixture'
import { approveLink, get, inbox, post } from '../workflow/links'

const w = useWorld({ sites: [{ type: 'property' }], mail: true })
const SECRET = '业主曾申请贷款抵押(机密)'
let archive: number

beforeAll(async () => {
  const { units } = await makeEstate(w.payload, w.site)
  const owner = await makeOwner(w.payload, w.site, units[0]!)
  const keeper = await w.as('archive-keeper')
  const res = await keeper.post('/api/owner-files', { site: w.site, unit: units[0], owner, items: [{ document: 'id-copies', present: true, note: SECRET }], notes: SECRET })
  expect(res.status).toBe(201)
  archive = res.body.doc.id
})

describe('PROP-03 an archive reading approved from the e-mail', () => {
  it('PROP-03 WF-06 the director approves from the e-mail link; the page shows who asks and why, never the contents; then the reader reads once registered', async () => {
    const asked = await w.desk.post('/api/archive-grants', { site: w.site, archive, reason: '业主委托办理过户,需核对授权书', workingDays: 1 })
    expect(asked.status).toBe(201)
    const id = asked.body.doc.id as number
    await w.mail!.deliver()
    const director = w.staff['office-director']
    const link = await approveLink(w.mail!.peer, director.email, id)
    const mail = (await inbox(w.mail!.peer)).filter((m) => m.to.includes(director.email)).at(-1)!
    expect(mail.text).toContain('业主委托办理过户')
    expect(mail.text + mail.html).not.toContain(SECRET)
    // The confirmation page: a GET changes nothing and tells nothing of the archive's contents.
    const page = await get(link)
    expect(page.status).toBe(200)
    expect(page.html).toContain('业主委托办理过户')
    expect(page.html).toContain(w.staff['front-desk'].name)
    expect(page.html).not.toContain(SECRET)
    expect((await w.payload.findByID({ collection: 'archive-grants', id, depth: 0, overrideAccess: true })).status).toBe('requested')
    // Nobody else can use the director's link to register it, and before the decision the keeper cannot register.
    const keeper = await w.as('archive-keeper')
    expect((await keeper.post(`/api/archive-grants/${id}/transition`, { to: 'registered' })).status).toBe(409)
    const decided = await post(link, 'approved', '同意查阅')
    expect(decided.status).toBe(200)
    const signatures = await w.payload.find({ collection: 'approvals', where: { and: [{ form: { equals: 'archive-grants' } }, { recordId: { equals: String(id) } }] }, depth: 0, overrideAccess: true })
    expect(signatures.docs.map((s) => [s.signer, s.decision, s.channel, s.comment])).toEqual([[director.id, 'approved', 'email', '同意查阅']])
    // The link is single-use.
    const again = await post(link, 'approved')
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect((await w.payload.count({ collection: 'approvals', where: { recordId: { equals: String(id) }, form: { equals: 'archive-grants' } }, overrideAccess: true })).totalDocs).toBe(1)
    // Approved is not yet readable: the keeper registers, then the reader reads.
    expect((await w.desk.get(`/api/owner-files/${archive}`)).body.notes).toBeUndefined()
    expect((await keeper.post(`/api/archive-grants/${id}/transition`, { to: 'registered' })).status).toBe(200)
    expect((await w.desk.get(`/api/owner-files/${archive}`)).body.notes).toContain(SECRET)
  })
})
