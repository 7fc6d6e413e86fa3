/**
 * Loops that must run in exactly one process, next to the schedules: started when this process
 * becomes the scheduler, stopped when it stops being it. Each returns its stop function.
 */
import type { Payload } from 'payload'
import { startMailSender } from '../src/lib/mail'

export const leaderServices: ((payload: Payload) => () => void)[] = [
  (payload) => startMailSender(payload), // WF-09: outbox → SMTP
]
