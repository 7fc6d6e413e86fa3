import { APIError, type PayloadRequest } from 'payload'
import { fill, pick, type Label } from './i18n'

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
