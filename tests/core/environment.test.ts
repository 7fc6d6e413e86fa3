import { chmod, cp, lstat, mkdir, mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, packagedBinaries, startEmbeddedPostgres } from '../../src/db/embedded'
import { prepareEnvironment } from '../../src/db/environment'
import { bootPayload, startHttp } from '../helpers/boot'

const temp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-env-'))
  await chmod(dir, 0o755)
  return dir
}
const cleanup: string[] = []
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true })
})

const withEnv = async <T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  for (const [k, v] of Object.entries(vars)) v === undefined ? delete process.env[k] : (process.env[k] = v)
  try {
    return await run()
  } finally {
    for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v)
  }
}

describe('the app and its database', () => {
  it('CORE-01 /healthz reports the database reachable, migrations applied and the version', async () => {
    const { payload } = await bootPayload()
    const http = await startHttp(payload)
    const res = await fetch(`${http.url}/healthz`)
    const body = await res.json()
    await http.close()
    expect(res.status).toBe(200)
    expect(body).toMatchObject({ ok: true, version: '0.1.0', database: { reachable: true }, migrations: { pending: [] } })
  })

  it('CORE-01 the embedded database keeps its data across a restart', async () => {
    const dir = await temp()
    cleanup.push(dir)
    const first = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), quiet: true, durable: false })
    const client = new pg.Client(first.url)
    await client.connect()
    await client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('还在')")
    await client.end()
    await first.stop()
    const second = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), quiet: true, durable: false })
    const again = new pg.Client(second.url)
    await again.connect()
    const { rows } = await again.query('SELECT v FROM kept')
    await again.end()
    await second.stop()
    expect(rows).toEqual([{ v: '还在' }])
  }, 120_000)

  it.runIf(process.getuid?.() === 0)(
    'Set-up: as root, the embedded PostgreSQL starts from a private (0700) folder, binaries included',
    async () => {
      // A clone in root's home: the app folder (data and npm packages) is mode 0700, so the user
      // PostgreSQL runs as cannot enter it.
      const home = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-private-'))
      const shared = await temp()
      cleanup.push(home, shared)
      await chmod(home, 0o700)
      const binaries = path.join(home, 'node_modules', 'native')
      await cp(await packagedBinaries(), binaries, { recursive: true, verbatimSymlinks: true })
      const dir = path.join(home, '.data', 'postgres')
      await withEnv({ EMBEDDED_PG_SHARED_DIR: shared }, async () => {
        const first = await startEmbeddedPostgres({ dir, binaries, quiet: true, durable: false })
        const client = new pg.Client(first.url)
        await client.connect()
        await client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('私有')")
        await client.end()
        await first.stop()
        // The next start finds the same database.
        const second = await startEmbeddedPostgres({ dir, binaries, quiet: true, durable: false })
        const again = new pg.Client(second.url)
        await again.connect()
        const { rows } = await again.query('SELECT v FROM kept')
        await again.end()
        await second.stop()
        expect(rows).toEqual([{ v: '私有' }])
      })
      // The private folder was not opened up: PostgreSQL's files live in the shared folder.
      expect((await stat(home)).mode & 0o777).toBe(0o700)
      expect((await lstat(dir)).isSymbolicLink()).toBe(true)
      expect((await realpath(dir)).startsWith(shared)).toBe(true)
    },
    120_000,
  )

  it.runIf(process.getuid?.() === 0)('Set-up: a data folder PostgreSQL cannot reach, with data in it, stops with one sentence that says what to do', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'frontdesk-private-'))
    cleanup.push(home)
    await chmod(home, 0o700)
    const dir = path.join(home, '.data', 'postgres')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'PG_VERSION'), '15\n')
    const error = await startEmbeddedPostgres({ dir, quiet: true }).then(
      () => undefined,
      (e: Error) => e.message,
    )
    expect(error).toMatch(/cannot enter .*frontdesk-private-.*EMBEDDED_PG_SHARED_DIR|DATABASE_URL/)
    expect(error).not.toContain('\n')
  })

  it('CORE-01 a busy port gives the next free one', async () => {
    const busy = await freePort()
    const blocker = net.createServer().listen(busy, '127.0.0.1')
    await new Promise((r) => blocker.once('listening', r))
    const port = await freePort(busy)
    blocker.close()
    expect(port).toBeGreaterThan(busy)
  })

  it('CORE-01 without PAYLOAD_SECRET a secret is generated once and kept under the data folder', async () => {
    const dir = await temp()
    cleanup.push(dir)
    const secrets = await withEnv({ DATA_DIR: dir, PAYLOAD_SECRET: undefined, DATABASE_URL: 'postgres://unused/x', NODE_ENV: 'test' }, async () => {
      await prepareEnvironment({ quiet: true })
      const first = process.env.PAYLOAD_SECRET
      delete process.env.PAYLOAD_SECRET
      await prepareEnvironment({ quiet: true })
      return [first, process.env.PAYLOAD_SECRET]
    })
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(secrets[1]).toBe(secrets[0])
    expect((await readFile(path.join(dir, 'secret'), 'utf8')).trim()).toBe(secrets[0])
  })

  it('CORE-01 production refuses to start without a real secret', async () => {
    await withEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.example/frontdesk', PAYLOAD_SECRET: undefined }, async () => {
      await expect(prepareEnvironment({ quiet: true })).rejects.toThrow(/PAYLOAD_SECRET/)
    })
    await withEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.example/frontdesk', PAYLOAD_SECRET: 'short' }, async () => {
      await expect(prepareEnvironment({ quiet: true })).rejects.toThrow(/PAYLOAD_SECRET/)
    })
  })
})
