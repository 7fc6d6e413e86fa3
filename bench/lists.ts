/**
 * bench/lists (issue 11, item 7 "fast lists"): how long a desk person waits for a list of 25 rows
 * with its related columns, on the demo data, in the browser — from the navigation until the table
 * is shown and no cell still says 加载中 (a related column waiting for its labels). Every list of
 * a desk form whose columns include a relationship, as a desk person of a site with that desk.
 * Aim: under 1 s on a quiet 2-core machine. The production build is made first and not counted.
 * Usage: npx tsx bench/lists.ts   (writes bench/results/lists.json)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CollectionConfig, Field } from 'payload'
import { desks } from '../collections'
import { DEMO_PASSWORD } from '../src/seed/demo'
import { startAppServer } from '../src/dev/appServer'
import { launchBrowser } from '../tests/e2e/harness'
import { report, summary } from './stats'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** Only these lists (comma-separated slugs), e.g. BENCH_LISTS=beds,admissions while working on them. */
const ONLY = process.env.BENCH_LISTS?.split(',').filter(Boolean)
/** A desk person of a demo site with each desk. */
const deskPerson: Record<string, string> = { care: 'front-desk@care.demo.local', property: 'cs-assistant@property.demo.local', member: 'front-desk@salon.demo.local', office: 'front-desk@office.demo.local' }

const named = (fields: Field[]): (Field & { name: string })[] =>
  fields.flatMap((f) => ('name' in f && f.name ? [f as Field & { name: string }] : 'fields' in f && Array.isArray(f.fields) ? named(f.fields as Field[]) : []))

const relatedColumns = (c: CollectionConfig) => {
  const columns = c.admin?.defaultColumns ?? []
  return named(c.fields).filter((f) => columns.includes(f.name) && (f.type === 'relationship' || f.type === 'upload')).map((f) => f.name)
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'))
chmodSync(dataDir, 0o755)
// RELATED_CELLS=browser measures Payload's own relationship and date cells (fetched / formatted by the
// browser after the page loads) instead of the server-written ones (src/admin/list/RelatedCell.tsx,
// DateCell.tsx), in the same build.
const server = await startAppServer({ DATA_DIR: dataDir, DATABASE_URL: undefined, PAYLOAD_SECRET: undefined, SCHEDULER: 'off', DEVICES_AUTOSTART: 'false', RELATED_CELLS: process.env.RELATED_CELLS })
const browser = await launchBrowser()
// The machine's load while measuring (1-minute average, sampled every 2 s): the aim is for a quiet machine.
const loads: number[] = []
const sampler = setInterval(() => loads.push(os.loadavg()[0]), 2000)
const results: Record<string, { related: string[]; rows?: number; ms?: ReturnType<typeof summary> & { max: number }; error?: string }> = {}
try {
  for (const desk of desks) {
    const email = deskPerson[desk.slug]
    if (!email) continue
    const login = await fetch(`${server.url}/api/staff/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
    if (!login.ok) continue
    const { token } = (await login.json()) as { token: string }
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
    await context.addCookies([
      { name: 'payload-token', value: token, url: server.url },
      { name: 'payload-lng', value: 'zh', url: server.url },
    ])
    const page = await context.newPage()
    for (const form of desk.forms) {
      const related = relatedColumns(form)
      if (!related.length || (ONLY && !ONLY.includes(form.slug))) continue
      const open = async () => {
        const start = performance.now()
        await page.goto(`${server.url}/admin/collections/${form.slug}?limit=25`, { waitUntil: 'commit' })
        await page.locator('.collection-list__wrap').first().waitFor({ timeout: 60_000 })
        await page.waitForFunction(() => !/加载中|Loading/.test(document.querySelector('.collection-list')?.textContent ?? ''), undefined, { timeout: 60_000, polling: 25 })
        return performance.now() - start
      }
      try {
        await open() // warm: fills the caches
        const ms: number[] = []
        for (let i = 0; i < RUNS; i++) ms.push(await open())
        results[form.slug] = { related, rows: await page.locator('.collection-list table tbody tr').count(), ms: { ...summary(ms), max: +Math.max(...ms).toFixed(2) } }
      } catch (error) {
        results[form.slug] = { related, error: `${(error as Error).message.split('\n')[0]} (${page.url()})` }
      }
      console.log(form.slug, results[form.slug].ms ?? results[form.slug].error)
    }
    await context.close()
  }
} finally {
  clearInterval(sampler)
  await browser.close()
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}

const slowest = Math.max(...Object.values(results).map((r) => r.ms?.p50 ?? 0))
const load = loads.length ? { min: Math.min(...loads), max: Math.max(...loads), mean: +(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(2), cores: os.cpus().length } : undefined
report(process.env.RELATED_CELLS === 'browser' ? 'lists-browser-cells' : 'lists', { cells: process.env.RELATED_CELLS === 'browser' ? 'browser (Payload default)' : 'server', runs: RUNS, lists: results, slowestP50Ms: slowest, aim: { p50Ms: 1000 }, load })
