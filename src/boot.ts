/** Load Payload against the prepared environment, apply migrations, seed an empty database. */
import { getPayload, type Payload } from 'payload'
import { migrations } from './migrations'
import { isEmpty, seedDemo } from './seed/demo'
import { ensurePositions } from './seed/positions'
import { surviveDatabaseRestarts } from './db/pool'

export async function loadPayload({ seed = true } = {}): Promise<Payload> {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron: false })
  surviveDatabaseRestarts(payload)
  await payload.db.migrate({ migrations: migrations as never })
  if (seed && (await isEmpty(payload))) {
    payload.logger.info('Empty database: loading the demo data')
    await seedDemo(payload)
  } else {
    await ensurePositions(payload)
  }
  return payload
}
