/**
 * `npm run backup`: dump the database into BACKUP_DIR, keeping BACKUP_KEEP files (JOB-07). With
 * DATABASE_URL unset it backs up the embedded database: the running one when the app (or anything
 * else) has it running on DATA_DIR — found through its postmaster.pid — and only otherwise a
 * PostgreSQL of its own, started for the dump and stopped after it.
 */
import { prepareEnvironment } from '../db/environment'
import { backup } from './backup-lib'
import { describeError, exitWith } from './fatal'

const environment = await prepareEnvironment({ quiet: true }).catch((error) => exitWith(error, 'Backup failed: '))
try {
  if (environment.embedded?.shared) console.log(`Backing up the running database (PostgreSQL pid ${environment.embedded.pid}, port ${environment.embedded.port}).`)
  const { file, removed } = await backup()
  console.log(`Backup written: ${file}`)
  for (const old of removed) console.log(`Rotated out: ${old}`)
} catch (error) {
  console.error(`Backup failed: ${describeError(error)}`)
  process.exitCode = 1
} finally {
  await environment.stop()
}
