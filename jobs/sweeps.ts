/**
 * JOB-01: the sweep registry. A module adds its sweep here with one line.
 */
import type { Sweep } from './sweep'

export const sweeps: Sweep[] = []
