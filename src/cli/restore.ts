/**
 * `npm run restore -- [file] --yes`: replace the database with a backup (default: the newest in
 * BACKUP_DIR). Stop the app first. Without --yes it only says what it would do (JOB-07).
 */
import { prepareEnvironment } from '../db/environment'
import { describeError, exitWith } from './fatal'
import { listBackups, restore } from './backup-lib'

const args = process.argv.slice(2)
const confirmed = args.includes('--yes')
const environment = await prepareEnvironment({ quiet: true }).catch((error) => exitWith(error))
try {
  const file = args.find((a) => !a.startsWith('--')) ?? (await listBackups())[0]
  if (!file) throw new Error('No backup found. Give a file: npm run restore -- path/to/frontdesk-….dump --yes')
  if (confirmed && environment.embedded?.shared) {
    throw new Error(`The database is in use (PostgreSQL pid ${environment.embedded.pid} was started by a running app): stop the app, then restore.`)
  }
  if (!confirmed) {
    console.log(`Would restore ${file} over the current database. Stop the app, then run again with --yes.`)
  } else {
    await restore(file)
    console.log(`Restored ${file}`)
  }
} catch (error) {
  console.error(describeError(error))
  process.exitCode = 1
} finally {
  await environment.stop()
}
