/**
 * CARE-08 / JOB-01, review of the set-wise hold sweep: the sweep's read takes no lock, so what it acts on
 * is checked again on the locked rows — a reservation the family confirmed in between stays confirmed,
 * its bed held; a bed someone else took in between is not freed; and a form whose generic hooks (notify
 * rules on an update, `enter`) would act on the change never takes the batch path.
 * The "in between" is real: a second transaction holds the row lock while the sweep has read and waits.
 */
import { describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { declaredDeadline, runDeadline } from '../../hooks/deadlines'
import { transition, transitionMany } from '../../hooks/lifecycle'
import { takesBatch } from '../../hooks/lifecycle/batch'
import { specOf } from '../../hooks/form/specOf'
import type { FormSpec } from '../../hooks/form/types'
import { bedOf, heldReservation, makeElder } from '../helpers/care'
import { someoneWaitsForALock } from '../helpers/statements'
import { useWorld, type FreshSite } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

const paidThursday = '2025-09-25T02:00:00.000Z'
const due = new Date('2025-10-10T01:00:00Z')

type Row = Record<string, any>

async function held(h: FreshSite, bed: number, name: string) {
  const { elder, reservation, doc } = await heldReservation(h, w.payload, bed, name, { depositPaidAt: paidThursday })
  expect(doc.status, JSON.stringify(doc)).toBe('held')
  return { id: reservation, elder: elder.id, bed }
}

const sweep = async (site: number) =>
  runDeadline({ payload: w.payload, req: await createLocalReq({ context: { channel: 'job' } }, w.payload), now: due, site }, 'reservations', declaredDeadline(w.payload, 'reservations', 'hold'))

const reservation = (id: number) => w.payload.findByID({ collection: 'reservations', id, depth: 0, overrideAccess: true }) as Promise<Row>


/** Run `change` in a transaction of its own, then `sweep` while that transaction holds its locks; commit it once the sweep waits. */
async function meanwhile<T>(change: (req: PayloadRequest) => Promise<unknown>, run: () => Promise<T>): Promise<T> {
  const other = await createLocalReq({ context: { channel: 'admin' } }, w.payload)
  expect(await initTransaction(other)).toBe(true)
  try {
    await change(other)
  } catch (e) {
    await killTransaction(other)
    throw e
  }
  const running = run()
  try {
    await someoneWaitsForALock(w.payload)
  } finally {
    await commitTransaction(other)
  }
  return running
}

describe('CARE-08 JOB-01 the hold sweep checks again what it read, on the locked rows', () => {
  it('CARE-08 JOB-01 a reservation due in the sweep\'s read but confirmed by the family before the lock stays confirmed, its bed held (batch and record at a time)', async () => {
    const h = await w.freshSite({ beds: 4 })
    const [a, b, c] = [await held(h, h.beds[0], '钱凤英'), await held(h, h.beds[1], '冯桂芳'), await held(h, h.beds[2], '陈玉珍')]
    const run = await meanwhile((req) => transition(req, 'reservations', b.id, 'confirmed', { server: true }), () => sweep(h.site))
    expect(run).toEqual({ acted: 2, read: 3, failed: 0 })
    const kept = await reservation(b.id)
    expect(kept.status).toBe('confirmed')
    expect(kept.cancelReason ?? null).toBeNull()
    expect(kept.cancelledAt ?? null).toBeNull()
    const bed = await bedOf(w.payload, b.bed)
    expect(bed.status).toBe('held')
    expect(bed.elder).toBe(b.elder)
    for (const x of [a, c]) {
      expect((await reservation(x.id)).status).toBe('cancelled')
      expect((await bedOf(w.payload, x.bed)).status).toBe('free')
    }

    // One due alone (a record at a time): the same.
    const one = await w.freshSite({ beds: 1 })
    const d = await held(one, one.beds[0], '王淑珍')
    expect(await meanwhile((req) => transition(req, 'reservations', d.id, 'confirmed', { server: true }), () => sweep(one.site))).toEqual({ acted: 0, read: 1, failed: 0 })
    expect((await reservation(d.id)).status).toBe('confirmed')
    expect((await bedOf(w.payload, d.bed)).status).toBe('held')
  })

  it('CARE-08 JOB-01 a bed freed and held for another elder between the sweep\'s read and its lock is not freed by the cancelled reservation', async () => {
    const h = await w.freshSite({ beds: 3 })
    const [a, b] = [await held(h, h.beds[0], '李桂英'), await held(h, h.beds[1], '赵玉兰')]
    const other = await makeElder(w.payload, h.site, '孙秀梅')
    // Someone else's hold of a's bed (freed, then held for another elder), uncommitted while the sweep reads.
    const retake = async (req: PayloadRequest) => {
      await transition(req, 'beds', a.bed, 'free', { server: true })
      await transition(req, 'beds', a.bed, 'held', { server: true, data: { elder: other.id } })
    }
    expect(await meanwhile(retake, () => sweep(h.site))).toEqual({ acted: 2, read: 2, failed: 0 })
    expect((await reservation(a.id)).status).toBe('cancelled')
    const taken = await bedOf(w.payload, a.bed)
    expect(taken.status).toBe('held')
    expect(taken.elder).toBe(other.id)
    expect((await bedOf(w.payload, b.bed)).status).toBe('free')
  })
})

describe('JOB-01 a batch never skips the generic hooks of a form', () => {
  it('JOB-01 CARE-08 a form with a notify rule an update fires (other than on the state, which the batch fires) or an enter of the target state does not take the batch path', async () => {
    const spec = specOf(w.payload, 'reservations') as FormSpec
    expect(takesBatch(spec, 'cancelled')).toBe(true)
    expect(takesBatch({ ...spec, notify: [{ on: { field: 'status', to: 'cancelled' }, message: ['front-desk'] }] }, 'cancelled')).toBe(true)
    expect(takesBatch({ ...spec, notify: [{ on: 'update', message: ['front-desk'] }] }, 'cancelled')).toBe(false)
    expect(takesBatch({ ...spec, notify: [{ on: { field: 'notes' }, message: ['front-desk'] }] }, 'cancelled')).toBe(false)
    expect(takesBatch({ ...spec, lifecycle: { ...spec.lifecycle!, initial: 'cancelled', enter: [async () => {}] } }, 'cancelled')).toBe(false)
    // A field door out of the target state does not: a transition's own write opens no door, one record's either (PROP-14 proves it).
    expect(takesBatch({ ...spec, lifecycle: { ...spec.lifecycle!, transitions: [...spec.lifecycle!.transitions, { from: 'cancelled', to: 'pending', label: spec.label, when: 'notes' }] } }, 'cancelled')).toBe(true)
    expect(takesBatch({ ...spec, lifecycle: { ...spec.lifecycle!, batch: undefined } }, 'cancelled')).toBe(false)

    // The running form given a notify rule on every update: transitionMany writes nothing and says so.
    const h = await w.freshSite({ beds: 2 })
    const [a, b] = [await held(h, h.beds[0], '周桂兰'), await held(h, h.beds[1], '吴秀英')]
    const req = await createLocalReq({ context: { channel: 'job' } }, w.payload)
    spec.notify = [{ on: 'update', message: ['front-desk'] }]
    try {
      expect(await transitionMany(req, 'reservations', [a.id, b.id], 'cancelled', { note: 'deadline:hold' })).toBeUndefined()
    } finally {
      delete spec.notify
    }
    for (const x of [a, b]) expect((await reservation(x.id)).status).toBe('held')
  })
})
