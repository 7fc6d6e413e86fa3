/**
 * JOB-01: the sweep registry. Deadlines are declared on their forms (`deadlines`, hooks/deadlines.ts):
 * one sweep per declaration is generated here, with its dashboard watch. A rule that is not a
 * record's deadline (a delivery queue) is a desk's `sweeps` (collections/desk.ts).
 */
import { collections, desks } from '../collections'
import { deadlineSweeps } from '../hooks/deadlines'
import type { Sweep } from './sweep'

export const sweeps: Sweep[] = [
  ...deadlineSweeps(collections),
  ...desks.flatMap((d) => d.sweeps ?? []),
]
