/**
 * JOB-07: database backups with pg_dump (custom format, compressed) into BACKUP_DIR (default
 * .data/backups), keeping the newest BACKUP_KEEP (default 14); restore with pg_restore. Uses
 * Debian's postgresql-client-15, which matches the embedded PostgreSQL 15.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { dataDir } from '../db/environment'

export const backupDir = () => path.resolve(process.env.BACKUP_DIR ?? path.join(dataDir(), 'backups'))
export const keepCount = () => Number(process.env.BACKUP_KEEP ?? 14)
const PATTERN = /^frontdesk-\d{8}T\d{6}Z(-\d+)?\.dump$/

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('error', (e) => reject(new Error(`${command} could not start (${e.message}); install postgresql-client-15`)))
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${err.trim().slice(0, 2000)}`))))
  })
}

/** The backups present, newest first. */
export async function listBackups(dir = backupDir()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((n) => PATTERN.test(n)).sort().reverse().map((n) => path.join(dir, n))
}

/** Dump the database to a new file and delete the oldest beyond `keep`. Returns the new file. */
export async function backup({ url = process.env.DATABASE_URL, dir = backupDir(), keep = keepCount(), now = new Date() } = {}): Promise<{ file: string; removed: string[] }> {
  if (!url) throw new Error('backup: no DATABASE_URL')
  await mkdir(dir, { recursive: true })
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  let file = path.join(dir, `frontdesk-${stamp}.dump`)
  for (let i = 1; await stat(file).then(() => true, () => false); i++) file = path.join(dir, `frontdesk-${stamp}-${i}.dump`)
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`])
  const removed = (await listBackups(dir)).slice(Math.max(keep, 1))
  for (const old of removed) await rm(old, { force: true })
  return { file, removed }
}

/** Replace the contents of the database with a backup (objects are dropped and recreated, in one transaction). */
export async function restore(file: string, { url = process.env.DATABASE_URL } = {}): Promise<void> {
  if (!url) throw new Error('restore: no DATABASE_URL')
  await stat(file).catch(() => {
    throw new Error(`restore: no such backup file ${file}`)
  })
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file])
}
