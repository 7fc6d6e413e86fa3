import { APIError, type PayloadRequest } from 'payload'
import { fill, isLang, L, pick, type Label } from './i18n'

/** The language of the person behind a request: their preference, else the admin UI language. */
export const langOf = (req: Partial<PayloadRequest> | undefined): string =>
  ((req?.user as { language?: string } | undefined)?.language ?? req?.i18n?.language ?? 'zh') as string

/** Refuse a request with a message the person can read, in their language. Never a 500. */
export const refuse = (
  req: Partial<PayloadRequest> | undefined,
  message: Label,
  values: Record<string, unknown> = {},
  status = 400,
): never => {
  throw new APIError(fill(pick(message, langOf(req)), values), status, undefined, true)
}

/**
 * The language of a request before (or without) its user is known: the admin panel's `payload-lng`
 * cookie (set at sign-in to the person's language), else Accept-Language, else Simplified Chinese.
 */
export const langOfHeaders = (get: (name: string) => string | null | undefined): string => {
  const cookie = /(?:^|;\s*)payload-lng=([^;]+)/.exec(get('cookie') ?? '')?.[1]
  if (cookie && isLang(decodeURIComponentSafe(cookie))) return decodeURIComponentSafe(cookie)
  const accept = get('accept-language') ?? ''
  if (/^\s*en/i.test(accept)) return 'en'
  if (/^\s*zh-(TW|HK|MO|Hant)/i.test(accept)) return 'zh-TW'
  return 'zh'
}

const decodeURIComponentSafe = (s: string) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** Answers for what no validation can prevent, in the person's language. */
export const failures = {
  failed: L('系統出錯了,請稍後再試;如一再出現請告知管理員', 'Something went wrong; try again, and tell an administrator if it keeps happening'),
  databaseDown: L('資料庫暫時無法連線,請稍後再試;資料沒有變更', 'The database cannot be reached right now; nothing was changed — try again in a moment'),
  invalidData: L('提交的資料無效,沒有儲存', 'The data sent is not valid and was not saved'),
  badJson: L('提交的內容不是有效的 JSON', 'The request body is not valid JSON'),
  tooLarge: L('提交的內容過大(最多 {limit})', 'The request body is too large (at most {limit})'),
  badEncoding: L('網址中有無效的 % 編碼', 'The address contains an invalid %-encoding'),
  notFound: L('找不到這個網址', 'There is nothing at this address'),
  badRequest: L('請求無效', 'The request is not valid'),
  unsupported: L('請以 JSON 提交(Content-Type: application/json)', 'Send the request body as JSON (Content-Type: application/json)'),
} satisfies Record<string, Label>

type AnyError = { code?: unknown; status?: unknown; statusCode?: unknown; type?: unknown; message?: unknown; cause?: unknown; name?: unknown; errors?: unknown }

/** The error and the errors it wraps (drizzle and pg wrap the driver's error in `cause`). */
const chain = (error: unknown): AnyError[] => {
  const out: AnyError[] = []
  let e = error as AnyError | undefined
  while (e && typeof e === 'object' && out.length < 8 && !out.includes(e)) {
    out.push(e)
    if (Array.isArray(e.errors)) out.push(...(e.errors as AnyError[]).filter((x) => x && typeof x === 'object'))
    e = e.cause as AnyError | undefined
  }
  return out
}

const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300'])
const DOWN_MESSAGES = /Connection terminated|terminating connection|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|the database system is (starting up|shutting down|in recovery mode)|too many clients|Cannot use a pool after calling end/i

/** The database cannot be reached (down, restarting, refusing connections). */
export const isDatabaseDown = (error: unknown): boolean =>
  chain(error).some((e) => DOWN_CODES.has(String(e.code ?? '')) || (typeof e.message === 'string' && DOWN_MESSAGES.test(e.message)))

/** PostgreSQL refused the data itself (class 22 data exception, class 23 integrity): input no validation caught. */
export const isDataRefusal = (error: unknown): boolean =>
  chain(error).some((e) => typeof e.code === 'string' && /^2[23][0-9A-Z]{3}$/.test(e.code))

export type Answer = { status: number; message: string; log: 'none' | 'gap' | 'error' }

/**
 * What to answer for an error that reached the edge (Payload's error route or the express error
 * handler): a readable message in the person's language, never a stack.
 * - the database is unreachable → 503;
 * - a 4xx someone chose (APIError, express/body-parser errors) → as is, with a readable message;
 * - PostgreSQL refused the data → 400 (and logged as a validation gap: the layer in hooks/validInput.ts
 *   should have refused it first);
 * - anything else → 500 "something went wrong", logged.
 */
export const answerFor = (error: unknown, lang: string): Answer => {
  if (isDatabaseDown(error)) return { status: 503, message: pick(failures.databaseDown, lang), log: 'none' }
  const e = (error ?? {}) as AnyError
  const status = Number(e.status ?? e.statusCode)
  if (e.type === 'entity.too.large') return { status: 413, message: fill(pick(failures.tooLarge, lang), { limit: (e as { limit?: number }).limit ? `${Math.round(Number((e as { limit?: number }).limit) / 1024)} KB` : '' }), log: 'none' }
  if (e.type === 'entity.parse.failed' || e.name === 'SyntaxError') return { status: 400, message: pick(failures.badJson, lang), log: 'none' }
  if (e.name === 'URIError' || (status === 400 && /decode param|URI malformed/i.test(String(e.message)))) return { status: 400, message: pick(failures.badEncoding, lang), log: 'none' }
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return { status: 415, message: pick(failures.unsupported, lang), log: 'none' }
  if (status >= 400 && status < 500) {
    const message = typeof e.message === 'string' && e.message && !/^<|\n\s+at /.test(e.message) ? e.message : pick(failures.badRequest, lang)
    return { status, message, log: 'none' }
  }
  if (isDataRefusal(error)) return { status: 400, message: pick(failures.invalidData, lang), log: 'gap' }
  return { status: status >= 500 && status < 600 && status !== 500 ? status : 500, message: pick(failures.failed, lang), log: 'error' }
}
