/** JOB-04: only the scheduler runs the jobs queue — no autoRun anywhere, and no door to it over REST. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: [] })

let payload: Payload
let admin: Client

beforeAll(async () => {
  payload = w.payload
  admin = await w.as(await w.hire({ sites: [], roles: ['admin', 'staff'], language: 'en' }))
})

describe('JOB-04 one worker', () => {
  it('JOB-04 Payload autoRun is not configured, so no process but the scheduler runs queued jobs', () => {
    expect(payload.config.jobs.autoRun).toBeUndefined()
    expect(payload.config.jobs.tasks?.map((t) => t.slug)).toEqual(['tick'])
  })

  it('JOB-04 nobody can run or queue jobs over REST, not even an administrator', async () => {
    const run = await admin.get('/api/payload-jobs/run')
    expect([401, 403]).toContain(run.status)
    const queued = await payload.count({ collection: 'payload-jobs' })
    expect(queued.totalDocs).toBe(0)
  })
})
