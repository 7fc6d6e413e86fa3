/**
 * Memory of the web process (issue 15 item 3; figures and what holds what: docs/FIGURES-memory.md).
 * Imported first by src/server.ts and src/scheduler/main.ts, before anything else is loaded.
 *
 * - Source maps: tsx turns Node's source-map support on, and Node then keeps the map of every module
 *   it loads, with the sources inside (about 60 MB of the heap for the app, Payload and the Next
 *   build). In production they are off unless SOURCE_MAPS=on; a stack trace then points into the
 *   code tsx compiled (same files, nearby lines). Development keeps them.
 * - After start-up (migrations, the demo data, Next's prepare, the scheduler's first catch-up) a full
 *   garbage collection (2 s and 20 s after ready) returns what start-up left behind to the system,
 *   instead of keeping the start-up peak while idle.
 * - MEMORY_REPORT=<seconds>: log one `memory:` JSON line that long after start (RSS, heap, what is
 *   loaded); bench/startup.ts reads it.
 */
import { createRequire } from 'node:module'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'

if (process.env.NODE_ENV === 'production' && process.env.SOURCE_MAPS !== 'on') process.setSourceMapsEnabled(false)

/** One full collection now (a pause of a fraction of a second, once). */
export function collectOnce(): void {
  try {
    v8.setFlagsFromString('--expose-gc')
    ;(runInNewContext('gc') as () => void)()
  } catch {
    // Not available: V8 collects when it needs to.
  }
}

const mb = (n: number) => Math.round(n / 1048576)

/** Packages of note, and whether this process has loaded them (through require; ESM-only ones are not seen). */
const NOTABLE = ['next', 'react-dom', 'payload', '@payloadcms/richtext-lexical', 'graphql', 'exceljs', 'pdfkit', 'fontkit', 'sharp', 'opencc-js', 'nodemailer', '@aws-sdk/client-s3', 'modbus-serial', 'chinese-days', 'playwright', 'playwright-core', 'prettier', 'node-cron']

export function memoryReport(): Record<string, unknown> {
  const usage = process.memoryUsage()
  const heap = v8.getHeapStatistics()
  const cache = Object.keys(createRequire(import.meta.url).cache)
  const packages = new Map<string, number>()
  for (const file of cache) {
    const at = file.lastIndexOf('node_modules/')
    const m = at < 0 ? null : /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file.slice(at))
    if (m) packages.set(m[1], (packages.get(m[1]) ?? 0) + 1)
  }
  const report = (process.report?.getReport?.() ?? {}) as { sharedObjects?: string[] }
  return {
    rssMb: mb(usage.rss),
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
    arrayBuffersMb: mb(usage.arrayBuffers),
    codeAndMetadataMb: mb(heap.total_heap_size - heap.used_heap_size),
    sourceMaps: process.sourceMapsEnabled,
    requiredModules: cache.length,
    notableLoaded: NOTABLE.filter((p) => packages.has(p)),
    nativeLibraries: (report.sharedObjects ?? []).filter((s) => s.includes('node_modules')).map((s) => s.replace(/.*node_modules\//, '')),
  }
}

/** Log the report `seconds` after start when MEMORY_REPORT is set. */
export function scheduleMemoryReport(): void {
  const seconds = Number(process.env.MEMORY_REPORT)
  if (!seconds) return
  setTimeout(() => console.log(`memory: ${JSON.stringify(memoryReport())}`), seconds * 1000).unref()
}
