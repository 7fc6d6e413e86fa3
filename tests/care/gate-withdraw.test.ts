/**
 * WF-03 / CARE-10 (issue 9): withdrawing a gated message never opens its gate. Before, the sender
 * could withdraw the admission preparation's gated message, after which the admission went through
 * with none of the eight positions having confirmed. Withdrawing cancels the step: the gate stays
 * closed until a new gated message (sent when the preparation is next edited) is fully confirmed,
 * and the withdrawal is in the audit trail. Every door is tried: the withdraw endpoint (REST and the
 * admin panel), editing the preparation, deleting the message, GraphQL.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { PREP_POSITIONS } from '../../collections/care/admission-preps'
import { confirmAll, dayFromNow, heldReservation, makePhoto } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ beds: 8 })

let photo: number

beforeAll(async () => {
  photo = await makePhoto(w.payload, w.site)
})

let bed = 0
async function preparation(name: string) {
  const { reservation, elder } = await heldReservation(w, w.payload, w.beds[bed++], name)
  const res = await w.desk.post('/api/admission-preps', {
    site: w.site, reservation, arrivalDate: dayFromNow(2), healthCertDate: dayFromNow(-10), healthCertPhoto: photo,
  })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  return { prep: res.body.doc.id as number, elder: elder.id, reservation }
}

const admission = (prep: number) => ({
  site: w.site,
  prep,
  assessment: '首次健康评估:半失能',
  contractClass: 'B',
  photo,
  contacts: [
    { name: '张伟', relation: '儿子', phone: '13811112222', sponsor: true },
    { name: '张丽', relation: '女儿', phone: '13833334444' },
  ],
  fees: { nursingFee: 3200 },
})

async function gatedMessages(payload: Payload, prep: number) {
  const { docs } = await payload.find({
    collection: 'messages',
    where: { and: [{ relatedCollection: { equals: 'admission-preps' } }, { relatedId: { equals: String(prep) } }, { gated: { equals: true } }] },
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as { id: number; status: string; recipients: number[]; body?: string }[]
}

const admissions = async () => (await w.payload.count({ collection: 'admissions', overrideAccess: true })).totalDocs

describe('WF-03 withdrawing a gated message never opens its gate', () => {
  it('WF-03 CARE-10 after the sender withdraws the preparation message, admission is refused (nobody confirmed) and the withdrawal is audited', async () => {
    const { prep } = await preparation('闸一')
    const [message] = await gatedMessages(w.payload, prep)
    expect(message.status).toBe('open')
    const before = await admissions()

    const withdrawn = await w.desk.post(`/api/messages/${message.id}/withdraw`, {})
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.doc.status).toBe('withdrawn')

    const refused = await w.desk.post('/api/admissions', admission(prep))
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toContain('撤回')
    expect(await admissions()).toBe(before)

    const { docs: trail } = await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'transition' } }, { to: { in: ['withdrawn', 'gate:withdrawn'] } }] },
      depth: 0,
      overrideAccess: true,
    })
    const rows = trail as unknown as { collection: string; recordId: string; to: string; actor?: number }[]
    expect(rows.find((r) => r.collection === 'messages' && r.recordId === String(message.id))?.actor).toBe(w.staff['front-desk'].id)
    expect(rows.find((r) => r.collection === 'admission-preps' && r.recordId === String(prep))?.to).toBe('gate:withdrawn')
  })

  it('WF-03 recipients confirming the withdrawn message late do not reopen it', async () => {
    const { prep } = await preparation('闸二')
    const [message] = await gatedMessages(w.payload, prep)
    expect((await w.desk.post(`/api/messages/${message.id}/withdraw`, {})).status).toBe(200)
    await confirmAll(w.payload, { collection: 'admission-preps', id: prep })
    expect((await gatedMessages(w.payload, prep))[0].status).toBe('withdrawn')
    const refused = await w.desk.post('/api/admissions', admission(prep))
    expect(refused.status).toBe(409)
  })

  it('WF-03 editing the preparation sends a new gated message to the eight positions; the gate opens only when all of them confirm it', async () => {
    const { prep } = await preparation('闸三')
    const [first] = await gatedMessages(w.payload, prep)
    await w.desk.post(`/api/messages/${first.id}/withdraw`, {})

    const edited = await w.desk.patch(`/api/admission-preps/${prep}`, { notes: '到院日期待家属确认' })
    expect(edited.status).toBe(200)
    const messages = await gatedMessages(w.payload, prep)
    expect(messages).toHaveLength(2)
    const second = messages[1]
    expect(second.status).toBe('open')
    expect(new Set(second.recipients)).toEqual(new Set(PREP_POSITIONS.map((p) => w.staff[p].id)))
    expect(second.body).toContain(dayFromNow(2))

    // A second edit sends nothing more while the new message is out.
    await w.desk.patch(`/api/admission-preps/${prep}`, { notes: '家属已确认' })
    expect(await gatedMessages(w.payload, prep)).toHaveLength(2)

    const waiting = await w.desk.post('/api/admissions', admission(prep))
    expect(waiting.status).toBe(409)
    expect(waiting.body.errors[0].message).toContain('cashier-员工')

    await confirmAll(w.payload, { collection: 'admission-preps', id: prep }, [w.staff.cashier.id])
    expect((await w.desk.post('/api/admissions', admission(prep))).status).toBe(409)
    await confirmAll(w.payload, { collection: 'admission-preps', id: prep })
    const ok = await w.desk.post('/api/admissions', admission(prep))
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
  })

  it('WF-03 a gated message cannot be deleted or set to withdrawn by a client (REST, GraphQL), and a preparation whose message is gone stays gated', async () => {
    const { prep } = await preparation('闸四')
    const [message] = await gatedMessages(w.payload, prep)
    const del = await w.desk.delete(`/api/messages/${message.id}`)
    expect(del.status).toBeGreaterThanOrEqual(400)
    expect(del.status).toBeLessThan(500)
    const patch = await w.desk.patch(`/api/messages/${message.id}`, { status: 'withdrawn' })
    expect(patch.status).toBeGreaterThanOrEqual(400)
    expect(patch.status).toBeLessThan(500)
    const gqlUpdate = await w.desk.post('/api/graphql', { query: `mutation { updateMessage(id: ${message.id}, data: { status: withdrawn }) { id status } }` })
    expect(gqlUpdate.body.errors?.length).toBeGreaterThan(0)
    const gqlDelete = await w.desk.post('/api/graphql', { query: `mutation { deleteMessage(id: ${message.id}) { id } }` })
    expect(gqlDelete.body.errors?.length).toBeGreaterThan(0)
    expect((await gatedMessages(w.payload, prep))[0].status).toBe('open')

    // Even if the message disappears (server code, a retention job), the gate does not open.
    const receipts = await w.payload.find({ collection: 'message-receipts', where: { message: { equals: message.id } }, depth: 0, limit: 50, overrideAccess: true })
    for (const r of receipts.docs) await w.payload.delete({ collection: 'message-receipts', id: r.id, overrideAccess: true })
    await w.payload.delete({ collection: 'messages', id: message.id, overrideAccess: true })
    const before = await admissions()
    const refused = await w.desk.post('/api/admissions', admission(prep))
    expect(refused.status).toBe(409)
    expect(await admissions()).toBe(before)
  })

  it('WF-03 through GraphQL and the admin panel the withdrawn gate stays closed too', async () => {
    const { prep } = await preparation('闸五')
    const [message] = await gatedMessages(w.payload, prep)
    // The admin panel withdraws through the same endpoint (its requests carry an /admin referer).
    const withdrawn = await w.desk.request('POST', `/api/messages/${message.id}/withdraw`, {}, { referer: `${w.url}/admin/collections/messages/${message.id}` })
    expect(withdrawn.status).toBe(200)
    const { docs } = await w.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'messages' } }, { recordId: { equals: String(message.id) } }, { action: { equals: 'transition' } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs[0]?.channel).toBe('admin')

    const before = await admissions()
    const gql = await w.desk.post('/api/graphql', {
      query: 'mutation ($data: mutationAdmissionInput!) { createAdmission(data: $data) { id } }',
      variables: { data: { ...admission(prep), admittedAt: new Date().toISOString() } },
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(gql.body.data?.createAdmission ?? null).toBeNull()
    expect(await admissions()).toBe(before)
    // The admin panel's own create (REST with an /admin referer) is refused the same way.
    const admin = await w.desk.request('POST', '/api/admissions', admission(prep), { referer: `${w.url}/admin/collections/admissions/create` })
    expect(admin.status).toBe(409)
    expect(await admissions()).toBe(before)
  })

  it('WF-03 a withdrawn message cannot be withdrawn again into a second audit row, and only its sender may withdraw it', async () => {
    const { prep } = await preparation('闸六')
    const [message] = await gatedMessages(w.payload, prep)
    const other = await w.as('dean')
    expect((await other.post(`/api/messages/${message.id}/withdraw`, {})).status).toBe(403)
    expect((await w.desk.post(`/api/messages/${message.id}/withdraw`, {})).status).toBe(200)
    expect((await w.desk.post(`/api/messages/${message.id}/withdraw`, {})).status).toBe(200)
    const { totalDocs } = await w.payload.count({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'messages' } }, { recordId: { equals: String(message.id) } }, { action: { equals: 'transition' } }] },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })
})
