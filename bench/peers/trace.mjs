/**
 * Preload for the app's server process (`node --import ./bench/peers/trace.mjs …`, bench/peers/profile.ts):
 * counts the statements it sends to PostgreSQL (every query goes through pg's Client), by text.
 * When the file `$PEERS_PROFILE_FILE.start` appears it clears the counts and starts the CPU profiler
 * (after a warm-up); when `$PEERS_PROFILE_FILE.stop` appears it stops it and writes $PEERS_PROFILE_FILE
 * (the profile) and $PEERS_TRACE_FILE (the statements, as JSON). Files, not signals: other processes
 * on a shared machine may signal every server they see.
 */
import { createRequire } from 'node:module'
import { existsSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

const pg = createRequire(path.join(process.cwd(), 'package.json'))('pg')
let counts = new Map()
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (...args) {
  const text = String(typeof args[0] === 'string' ? args[0] : args[0]?.text ?? '').replace(/\s+/g, ' ').slice(0, 160)
  counts.set(text, (counts.get(text) ?? 0) + 1)
  return query.apply(this, args)
}
let session
const control = process.env.PEERS_PROFILE_FILE
const poll = setInterval(async () => {
  if (!control) return clearInterval(poll)
  if (!session && existsSync(`${control}.start`) && !existsSync(`${control}.stop`)) {
    counts = new Map()
    session = new Session()
    if (process.env.PEERS_PROFILE_INTERVAL_US === '0') return // statements only
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: Number(process.env.PEERS_PROFILE_INTERVAL_US ?? 200) })
    await session.post('Profiler.start')
    return
  }
  if (!session || !existsSync(`${control}.stop`)) return
  clearInterval(poll)
  const profiled = process.env.PEERS_PROFILE_INTERVAL_US !== '0'
  const profile = profiled ? (await session.post('Profiler.stop')).profile : {}
  if (profiled) session.disconnect()
  session = undefined
  writeFileSync(process.env.PEERS_TRACE_FILE, JSON.stringify([...counts].sort((a, b) => b[1] - a[1]), null, 1))
  writeFileSync(control, JSON.stringify(profile))
}, 100)
poll.unref()
