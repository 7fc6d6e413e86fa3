/**
 * Issue 15, "no query per row": what each row of a list shows from other tables is read once for the
 * page (src/lib/perPage.ts, src/lib/perRequest.ts), not once per row — the names who have not confirmed
 * a work message (WF-02), the state of a phone message's receipt (OFFICE-01), a daily target's progress
 * (MEMBER-02), what a leaver still holds (OFFICE-08), a reservation's hold period (CARE-08). A REST list
 * of the demo data sends as many statements for a page of one row as for a page of all of them, and
 * every row of the page shows what it shows when read alone.
 */
import { describe, expect, it } from 'vitest'
import { messagesOf } from '../helpers/statements'
import { useWorld } from '../helpers/world'

const w = useWorld({ demo: true, holders: ['front-desk'] })

type Row = Record<string, any>

/** What a list shows per row, by form: the fields read from other tables. */
const shown: Record<string, { rule: string; fields: string[]; where?: string }> = {
  messages: { rule: 'WF-02', fields: ['pending'] },
  'phone-log': { rule: 'OFFICE-01', fields: ['messageState'], where: 'where[messageFor][exists]=true' },
  'daily-targets': { rule: 'MEMBER-02', fields: ['progress'] },
  'leaving-checklists': { rule: 'OFFICE-08', fields: ['outstanding'] },
  reservations: { rule: 'CARE-08', fields: ['holdUntil', 'cancelOn'], where: 'where[depositPaidAt][exists]=true' },
}

describe('Issue 15 a list reads what its rows show once for the page', () => {
  it('WF-02 OFFICE-01 MEMBER-02 OFFICE-08 CARE-08 a page of all the rows sends as many statements as a page of one, and each row shows what it shows read alone', async () => {
    const admin = await w.as('admin')
    // A second leaver at the office (the demo has one, whose card is not back), so the page has rows of two people.
    const [first] = (await w.payload.find({ collection: 'leaving-checklists', limit: 1, depth: 0, overrideAccess: true })).docs as Row[]
    const office = first.site as number
    const colleague = await w.hire({ sites: [office], name: '离职同事' })
    await w.payload.create({ collection: 'leaving-checklists', data: { site: office, person: colleague.id, leavingDate: first.leavingDate, items: [{ kind: 'key', description: '抽屉钥匙', returned: false }] } as never, overrideAccess: true })
    // A second phone message at the office, for the colleague, who reads it (the demo's is unread).
    const [call] = (await w.payload.find({ collection: 'phone-log', where: { messageFor: { exists: true } }, limit: 1, depth: 0, overrideAccess: true })).docs as Row[]
    const logged = await w.payload.create({
      collection: 'phone-log',
      data: { site: call.site, receivedAt: new Date().toISOString(), outcome: 'answered', takenBy: call.takenBy, callerName: '李女士', phone: '028-8555 1234', purpose: '预约参观', messageFor: colleague.id, message: '请回电李女士。' } as never,
      overrideAccess: true,
    })
    const { docs: receipts } = await w.payload.find({ collection: 'message-receipts', where: { recipient: { equals: colleague.id } }, depth: 0, overrideAccess: true })
    expect(receipts).toHaveLength(1)
    await w.payload.update({ collection: 'message-receipts', id: receipts[0].id, data: { state: 'read' }, overrideAccess: true })
    expect((await admin.get(`/api/phone-log/${logged.id}`)).body.messageState).toBe('read')

    for (const [slug, { rule, fields, where }] of Object.entries(shown)) {
      const list = (limit: number) => `/api/${slug}?limit=${limit}&sort=id${where ? `&${where}` : ''}`
      const all = (await admin.get(list(100))).body.docs as Row[]
      expect(all.length, `${rule} ${slug}: rows to read`).toBeGreaterThanOrEqual(2)
      // Something to show on every row (a row that shows nothing would prove nothing).
      for (const doc of all) for (const field of fields) expect(doc[field], `${rule} ${slug} #${doc.id} ${field}`).toBeTruthy()
      const statements = async (limit: number) => {
        await admin.get(list(limit)) // the signed-in member and the site's settings kept, as on any later request
        return (await messagesOf(() => admin.get(list(limit)))).length
      }
      expect(await statements(all.length), `${rule} ${slug}: ${all.length} rows`).toBe(await statements(1))
      for (const doc of all) {
        const alone = (await admin.get(`/api/${slug}/${doc.id}`)).body as Row
        expect(Object.fromEntries(fields.map((f) => [f, doc[f]])), `${rule} ${slug} #${doc.id}`).toEqual(Object.fromEntries(fields.map((f) => [f, alone[f]])))
      }
    }
  })
})
