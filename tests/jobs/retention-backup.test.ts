import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { applyRetention, retentionRules } from '../../jobs/retention'
import { backup, listBackups, restore } from '../../src/cli/backup-lib'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { isAlive } from '../core/faults-procs'
import { bootPayload, drizzleOf } from '../helpers/boot'
import { makeSite } from '../helpers/people'

let payload: Payload
let site: number
let dir: string

const yearsAgo = (n: number) => new Date(Date.now() - n * 365.25 * 86_400_000).toISOString()

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  site = (await makeSite(payload, '存檔院')).id as number
  dir = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-backups-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('JOB-06 retention', () => {
  it('JOB-06 rules come from the form declarations; forms kept forever have none', () => {
    const rules = retentionRules(payload)
    expect(rules).toContainEqual({ collection: 'reception-records', years: 2, dateField: 'receivedAt' })
    for (const slug of ['elders', 'beds', 'complaints', 'owner-files']) expect(rules.map((r) => r.collection)).not.toContain(slug)
  })

  it('JOB-06 records past their retention are removed (with an audit snapshot); younger ones and forever forms stay', async () => {
    const old = await payload.create({ collection: 'reception-records', data: { site, type: 'phone', visitorName: '三年前', receivedAt: yearsAgo(3) } as never })
    const young = await payload.create({ collection: 'reception-records', data: { site, type: 'phone', visitorName: '一年前', receivedAt: yearsAgo(1) } as never })
    const building = await payload.create({ collection: 'buildings', data: { site, name: '一號樓' } as never })
    await drizzleOf(payload).execute(sql`UPDATE buildings SET created_at = ${yearsAgo(10)} WHERE id = ${building.id}`)
    const removed = await applyRetention(payload)
    expect(removed['reception-records']).toBe(1)
    await expect(payload.findByID({ collection: 'reception-records', id: old.id })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'reception-records', id: young.id })).visitorName).toBe('一年前')
    expect((await payload.findByID({ collection: 'buildings', id: building.id })).id).toBe(building.id)
    const audit = await payload.find({ collection: 'audit-log', where: { collection: { equals: 'reception-records' }, recordId: { equals: String(old.id) }, action: { equals: 'delete' } } })
    expect(audit.totalDocs).toBe(1)
    expect((await applyRetention(payload))['reception-records']).toBe(0) // idempotent
  })
})

/** Every table's row count and content hash (via psql): two databases with the same figures hold the same data. */
function fingerprint(url: string): Record<string, string> {
  const psql = (query: string) => execFileSync('psql', ['-X', '-At', '-d', url, '-c', query]).toString().trim()
  const tables = psql(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`).split('\n')
  const queries = tables.flatMap((t) => ['-c', `SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x`])
  const figures = execFileSync('psql', ['-X', '-At', '-d', url, ...queries]).toString().trim().split('\n')
  return Object.fromEntries(tables.map((t, i) => [t, figures[i]]))
}

describe('JOB-07 backups', () => {
  it('JOB-07 pg_dump and pg_restore of PostgreSQL 15 are installed', () => {
    expect(execFileSync('pg_dump', ['--version']).toString()).toMatch(/PostgreSQL\) 15\./)
    expect(execFileSync('pg_restore', ['--version']).toString()).toMatch(/PostgreSQL\) 15\./)
  })

  it('JOB-07 a backup restored into an empty database loses nothing', async () => {
    await payload.create({ collection: 'reception-records', data: { site, type: 'visit', visitorName: '備份測試 Ω', receivedAt: new Date().toISOString(), notes: "引號 ' 與 \\ 反斜線" } as never })
    const source = process.env.DATABASE_URL!
    const { file } = await backup({ dir, keep: 3 })
    const target = new URL(source)
    target.pathname = '/frontdesk_restore_check'
    await drizzleOf(payload).execute(sql.raw('DROP DATABASE IF EXISTS frontdesk_restore_check'))
    await drizzleOf(payload).execute(sql.raw('CREATE DATABASE frontdesk_restore_check'))
    try {
      await restore(file, { url: target.toString() })
      const [a, b] = [fingerprint(source), fingerprint(target.toString())]
      expect(Object.keys(a).length).toBeGreaterThan(20)
      expect(b).toEqual(a)
    } finally {
      await drizzleOf(payload).execute(sql.raw('DROP DATABASE IF EXISTS frontdesk_restore_check WITH (FORCE)'))
    }
  }, 120_000)

  it('JOB-07 rotation keeps the newest files only', async () => {
    const rotated = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-rotate-'))
    try {
      for (const stamp of ['20260101T030000Z', '20260102T030000Z', '20260103T030000Z']) await writeFile(path.join(rotated, `frontdesk-${stamp}.dump`), 'old')
      await writeFile(path.join(rotated, 'notes.txt'), 'not a backup')
      const { file, removed } = await backup({ dir: rotated, keep: 2, now: new Date('2026-01-04T03:00:00Z') })
      expect(removed.map((f) => path.basename(f)).sort()).toEqual(['frontdesk-20260101T030000Z.dump', 'frontdesk-20260102T030000Z.dump'])
      expect((await listBackups(rotated)).map((f) => path.basename(f))).toEqual([path.basename(file), 'frontdesk-20260103T030000Z.dump'])
      expect(await readdir(rotated)).toContain('notes.txt')
    } finally {
      await rm(rotated, { recursive: true, force: true })
    }
  }, 60_000)

  it('JOB-07 npm run backup / npm run restore exist and work from the command line', async () => {
    const scripts = JSON.parse(await readFile('package.json', 'utf8')).scripts
    expect(scripts.backup).toBe('tsx src/cli/backup.ts')
    expect(scripts.restore).toBe('tsx src/cli/restore.ts')
    const env = { ...process.env, BACKUP_DIR: dir, BACKUP_KEEP: '5' }
    const out = execFileSync('npx', ['tsx', 'src/cli/backup.ts'], { env }).toString()
    const file = out.match(/Backup written: (\S+)/)?.[1]
    expect(file && (await readdir(dir)).includes(path.basename(file))).toBe(true)
    // Without --yes, restore only says what it would do.
    expect(execFileSync('npx', ['tsx', 'src/cli/restore.ts', file!], { env }).toString()).toMatch(/Would restore/)
  }, 120_000)

  it('JOB-07 backup of a running database', async () => {
    // The app's embedded PostgreSQL is running on DATA_DIR (here started by this test, a live
    // process): `npm run backup` dumps that one instead of starting a second on the live folder.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-live-'))
    await chmod(dataDir, 0o755)
    const live = await startEmbeddedPostgres({ dir: path.join(dataDir, 'postgres'), quiet: true, durable: false })
    try {
      execFileSync('psql', ['-X', '-q', '-d', live.url, '-c', "CREATE TABLE desk (v text); INSERT INTO desk VALUES ('运行中')"])
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, BACKUP_DIR: path.join(dataDir, 'backups') }
      delete env.DATABASE_URL
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 }).toString()
      const file = out.match(/Backup written: (\S+)/)?.[1]
      expect(file, out).toBeTruthy()
      expect(out).toMatch(new RegExp(`running database \\(PostgreSQL pid ${live.pid}`))
      // The dump holds the live data, and the live server was left running, untouched.
      const listing = execFileSync('pg_restore', ['--list', file!]).toString()
      expect(listing).toMatch(/TABLE DATA public desk/)
      expect(isAlive(live.pid)).toBe(true)
      const rows = execFileSync('psql', ['-X', '-At', '-d', live.url, '-c', 'SELECT v FROM desk']).toString().trim()
      expect(rows).toBe('运行中')
    } finally {
      await live.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 180_000)

  it('JOB-07 restoring a file that does not exist fails with a clear message', async () => {
    await expect(restore(path.join(dir, 'nope.dump'))).rejects.toThrow(/no such backup file/)
  })
})
