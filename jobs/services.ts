/**
 * Loops that must run in exactly one process, next to the schedules: started when this process
 * becomes the scheduler, stopped when it stops being it. Each returns its stop function.
 */
import type { Payload } from 'payload'
import { startMailSender } from '../src/lib/mail'

export const leaderServices: ((payload: Payload) => () => void)[] = [
  // WF-09: outbox → SMTP. A new scheduler first frees the mails its dead predecessor had claimed.
  (payload) => startMailSender(payload, { takeOver: true }),
]
