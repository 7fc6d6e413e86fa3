/**
 * Run a command with the database environment prepared (embedded PostgreSQL unless DATABASE_URL):
 * `npm run with-db -- payload migrate:create name`.
 */
import { spawnSync } from 'node:child_process'
import { prepareEnvironment } from '../db/environment'
import { exitWith } from './fatal'

const [command, ...args] = process.argv.slice(2)
const environment = await prepareEnvironment({ quiet: true }).catch((error) => exitWith(error))
const result = spawnSync('npx', [command, ...args], { stdio: 'inherit', env: process.env })
await environment.stop()
process.exit(result.status ?? 1)
