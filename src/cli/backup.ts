/** `npm run backup`: dump the database (embedded unless DATABASE_URL) into BACKUP_DIR, keeping BACKUP_KEEP files (JOB-07). */
import { prepareEnvironment } from '../db/environment'
import { backup } from './backup-lib'

const environment = await prepareEnvironment({ quiet: true })
try {
  const { file, removed } = await backup()
  console.log(`Backup written: ${file}`)
  for (const old of removed) console.log(`Rotated out: ${old}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await environment.stop()
}
