/** CARE-18 短信: a text starts in its lifecycle's declared initial state (queued); only the sender moves it. */
import { describe, expect, it } from 'vitest'
import { createLocalReq } from 'payload'
import { queueSms, smsLifecycle } from '../../collections/care/sms/hooks'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

describe('CARE-18 the SMS outbox lifecycle', () => {
  it('CARE-18 a text queued by server code starts in the declared initial state (queued), no state written by the caller', async () => {
    expect(smsLifecycle.initial).toBe('queued')
    const sms = await queueSms(w.payload, { site: w.site, to: '13600003333', text: '快递已到', kind: 'parcel' }, await createLocalReq({}, w.payload))
    expect(sms.status).toBe('queued')
  })

  it('CARE-18 the desk cannot set a text’s state: a create with a state, a PATCH, GraphQL and the transition endpoint are refused', async () => {
    const sent = await w.desk.post('/api/sms', { site: w.site, kind: 'route', to: '13600001111', text: '地址:千禾路8号', status: 'sent' })
    expect(sent.status).toBe(403)
    const ok = await w.desk.post('/api/sms', { site: w.site, kind: 'route', to: '13600001111', text: '地址:千禾路8号' })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.status).toBe('queued')
    const id = ok.body.doc.id as number
    expect((await w.desk.patch(`/api/sms/${id}`, { status: 'sent' })).status).toBe(403)
    const gql = await w.desk.post('/api/graphql', { query: `mutation { updateSm(id: ${id}, data: { status: sent }) { status } }` })
    expect(gql.body.errors?.length ?? (gql.status >= 400 ? 1 : 0)).toBeGreaterThan(0)
    const admin = await w.as('admin')
    const res = await admin.post(`/api/sms/${id}/transition`, { to: 'sent' })
    expect(res.status).toBe(403)
    expect((await w.payload.findByID({ collection: 'sms', id, depth: 0, overrideAccess: true })).status).toBe('queued')
  })
})
