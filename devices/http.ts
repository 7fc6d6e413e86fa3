/** Small helpers for the devices routes: readable refusals in the person's language, async handlers. */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { fill, pick, type Label } from '../src/lib/i18n'

/** A refusal the devices module chose to give: a 4xx with a readable message. */
export class Refusal extends Error {
  constructor(
    public label: Label,
    public status = 400,
    public values: Record<string, unknown> = {},
    public extra: Record<string, unknown> = {},
  ) {
    super(label.en)
  }
}

export const langOfRequest = (req: Request): string => {
  const user = (req as { staff?: { language?: string } }).staff
  if (user?.language) return user.language
  const accept = String(req.headers['accept-language'] ?? '')
  if (/^en/i.test(accept)) return 'en'
  if (/zh-(TW|HK|Hant)/i.test(accept)) return 'zh-TW'
  return 'zh'
}

export const refuseWith = (res: Response, req: Request, refusal: Refusal) =>
  res.status(refusal.status).json({
    errors: [{ message: fill(pick(refusal.label, langOfRequest(req)), refusal.values) }],
    ...refusal.extra,
  })

/** Wrap an async route: a Refusal becomes its 4xx; anything else is logged and answered 500. */
export const route =
  (handler: (req: Request, res: Response) => Promise<unknown>): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch((error: unknown) => {
      if (error instanceof Refusal) return void refuseWith(res, req, error)
      const status = (error as { status?: number }).status
      if (status && status >= 400 && status < 500) {
        return void res.status(status).json({ errors: [{ message: (error as Error).message }] })
      }
      next(error)
    })
  }
