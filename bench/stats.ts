/** Small helpers for the benchmark scripts: percentiles, timing, and writing the results. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const summary = (ms: number[]) => ({
  n: ms.length,
  p50: +percentile(ms, 50).toFixed(2),
  p95: +percentile(ms, 95).toFixed(2),
  p99: +percentile(ms, 99).toFixed(2),
})

export const timed = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
  const start = performance.now()
  const result = await run()
  return [performance.now() - start, result]
}

export function report(name: string, results: Record<string, unknown>) {
  const dir = path.resolve('bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2))
  console.log(JSON.stringify(results, null, 2))
}

/** Resident memory of a process, in MB, from /proc. */
export const rssMb = (pid: number): number => {
  let status = ''
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return 0 // the process ended (e.g. the ps that listed it)
  }
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
}
