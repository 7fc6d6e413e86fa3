/**
 * CORE-07 feature: every form prints as a paper form. `GET /api/<form>/<id>/print` gives the record
 * as a PDF (only to those who may read it); `GET /api/<form>/blank/print` a blank one for outages.
 * The declaration's `print` key tunes the title, fields, signature lines and copies (src/print/pdf.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { paperForm, renderPdf } from '../src/print/pdf'
import { langOf, refuse } from '../src/lib/errors'
import { L } from '../src/lib/i18n'
import type { FormFeature } from './form/types'

export const printable: FormFeature = (spec, collection) => {
  if (spec.print === false) return collection
  const print = (blank: boolean) => async (req: PayloadRequest) => {
    if (!req.user) refuse(req, L('請先登錄', 'Please sign in first'), {}, 401)
    const id = blank ? 'blank' : String(req.routeParams?.id)
    let doc: Record<string, unknown> | null = null
    if (!blank) {
      doc = (await req.payload
        .findByID({ collection: spec.slug as never, id, depth: 1, overrideAccess: false, user: req.user, req })
        .catch(() => null)) as Record<string, unknown> | null
      if (!doc) refuse(req, L('找不到這份記錄,或您沒有權限查看', 'No such record, or you may not see it'), {}, 404)
    }
    const fields = (req.payload.collections as unknown as Record<string, { config: { fields: never[] } }>)[spec.slug].config.fields
    const form = await paperForm(req.payload, spec, fields, doc, { lang: langOf(req), req })
    const pdf = await renderPdf(form)
    const filename = encodeURIComponent(`${form.title}-${doc ? id : 'blank'}.pdf`)
    return new Response(new Uint8Array(pdf), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename*=UTF-8''${filename}`, 'cache-control': 'no-store' },
    })
  }
  // The blank form has its own path (declared first), so that `:id` is always a record id.
  const endpoints: Endpoint[] = [
    { path: '/blank/print', method: 'get', handler: print(true) },
    { path: '/:id/print', method: 'get', handler: print(false) },
  ]
  return { ...collection, endpoints: [...((collection.endpoints || []) as Endpoint[]), ...endpoints] }
}
