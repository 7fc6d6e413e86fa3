/**
 * PROP-12 鑰匙櫃: per cabinet, each labelled slot with its key set and state — in / out / overdue / lost
 * — and for a lent key who has it since when; a click opens the key. Keys handed to their owners have
 * left the cabinet and are not shown.
 */
import type { Payload, PayloadRequest } from 'payload'
import { idOf } from '../../../src/lib/hooks'

export type SlotState = 'in' | 'out' | 'overdue' | 'lost'
export const slotStates: SlotState[] = ['in', 'out', 'overdue', 'lost']

export type CabinetSlot = {
  id: number
  slot: string
  keyNumber: string
  unitCode: string
  quantity: number
  state: SlotState
  loan?: { id: number; borrower: string; department: string; lentAt: string; quantity: number }
  href: string
}
export type Cabinet = { name: string; slots: CabinetSlot[]; counts: Record<SlotState, number> }

const zero = (): Record<SlotState, number> => ({ in: 0, out: 0, overdue: 0, lost: 0 })

/** Natural order of slot labels (A-2 before A-10). */
const bySlot = (a: string, b: string) => a.localeCompare(b, 'zh', { numeric: true })

export async function keyCabinet(payload: Payload, site: number, options: { req?: Partial<PayloadRequest>; admin?: string } = {}): Promise<Cabinet[]> {
  const admin = options.admin ?? '/admin'
  const common = { depth: 0, pagination: false as const, overrideAccess: true, req: options.req as PayloadRequest }
  const [keys, loans] = await Promise.all([
    payload.find({ collection: 'keys', where: { and: [{ site: { equals: site } }, { status: { in: slotStates } }] }, ...common }),
    payload.find({ collection: 'key-loans', where: { and: [{ site: { equals: site } }, { status: { in: ['out', 'overdue'] } }] }, ...common }),
  ])
  const loanOf = new Map((loans.docs as Record<string, any>[]).map((l) => [idOf(l.key)!, l]))
  const cabinets = new Map<string, Cabinet>()
  for (const k of keys.docs as Record<string, any>[]) {
    const name = String(k.cabinet)
    if (!cabinets.has(name)) cabinets.set(name, { name, slots: [], counts: zero() })
    const cabinet = cabinets.get(name)!
    const loan = loanOf.get(k.id)
    const state = k.status as SlotState
    cabinet.slots.push({
      id: k.id,
      slot: String(k.slot),
      keyNumber: String(k.keyNumber),
      unitCode: String(k.unitCode ?? ''),
      quantity: Number(k.quantity),
      state,
      loan: loan ? { id: loan.id, borrower: String(loan.borrowerName), department: String(loan.departmentName ?? ''), lentAt: String(loan.lentAt), quantity: Number(loan.quantity) } : undefined,
      href: `${admin}/collections/keys/${k.id}`,
    })
    cabinet.counts[state]++
  }
  const list = [...cabinets.values()].sort((a, b) => bySlot(a.name, b.name))
  for (const c of list) c.slots.sort((a, b) => bySlot(a.slot, b.slot))
  return list
}
