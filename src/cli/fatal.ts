/**
 * The last words of a process that cannot go on: the error as a readable sentence (never
 * `undefined`, never `[object Object]`), with its causes, then exit code 1.
 */
import { inspect } from 'node:util'

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const parts = [error.message.trim() || `${error.name} without a message${error.stack ? ` (${error.stack.split('\n')[1]?.trim()})` : ''}`]
    if (error instanceof AggregateError) parts.push(...error.errors.map(describeError))
    let cause = (error as { cause?: unknown }).cause
    for (let depth = 0; cause !== undefined && depth < 5; depth++) {
      parts.push(`caused by: ${cause instanceof Error ? cause.message : describeError(cause)}`)
      cause = cause instanceof Error ? (cause as { cause?: unknown }).cause : undefined
    }
    return parts.join('\n')
  }
  if (error === undefined || error === null) return `Stopped by an error that carries no details (${String(error)}); the lines above say what was being done.`
  if (typeof error === 'string') return error.trim() || 'Stopped by an error with an empty message.'
  return inspect(error, { depth: 4, breakLength: 120 })
}

/** Print the error and end the process with exit code 1. */
export function exitWith(error: unknown, prefix = ''): never {
  console.error(`${prefix}${describeError(error)}`)
  process.exit(1)
}
