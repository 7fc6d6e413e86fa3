/**
 * JOB-04: one process at a time is the scheduler. It holds a session-level PostgreSQL advisory lock
 * on a connection of its own; if the process dies, PostgreSQL drops the connection and the lock,
 * and the next process polling for it takes over.
 */
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

const LOCK = 'frontdesk-scheduler'

export type Leadership = { stop: () => Promise<void>; isLeader: () => boolean }

export function electLeader(
  payload: Payload,
  { pollMs, onElected, onDeposed }: { pollMs: number; onElected: () => Promise<void>; onDeposed: () => Promise<void> },
): Leadership {
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<PoolClient> } }).pool
  let client: PoolClient | undefined
  let leader = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  const depose = async () => {
    if (!leader) return
    leader = false
    await onDeposed().catch((error) => payload.logger.error({ err: error }, 'scheduler: stopping failed'))
  }

  const drop = () => {
    client?.release(true)
    client = undefined
  }

  const check = async () => {
    if (stopped) return
    try {
      if (leader && client) {
        await client.query('SELECT 1') // still connected, so still holding the lock
      } else {
        if (!client) {
          client = await pool.connect()
          // Once per connection (not per poll): a lost connection is noticed by the next check.
          client.on('error', () => {})
        }
        const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [LOCK])
        if (rows[0]?.got) {
          leader = true
          payload.logger.info(`scheduler: this process (${process.pid}) is now the scheduler`)
          await onElected()
        }
      }
    } catch (error) {
      payload.logger.warn({ err: error }, 'scheduler: lost the database connection; giving up the lock')
      drop()
      await depose()
    }
    if (!stopped) timer = setTimeout(check, pollMs)
  }
  void check()

  return {
    isLeader: () => leader,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await depose()
      if (client) {
        await client.query('SELECT pg_advisory_unlock_all()').catch(() => {})
        client.release()
        client = undefined
      }
    },
  }
}
