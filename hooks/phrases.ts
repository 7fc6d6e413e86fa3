/**
 * MEMBER-06 / CORE-06: free text written at the desk is checked against the site's forbidden phrases
 * (服務忌語, the `scripts` of kind `forbidden`). A form declares the fields to check:
 *
 * ```ts
 * phrases: ['notes'],
 * ```
 *
 * A save whose text contains a forbidden phrase is refused with a 422 naming the phrase, with the
 * phrase highlighted in its sentence (【…】), unless the writer confirms with `confirmPhrases: true`
 * (a virtual checkbox the feature adds: "I have read the warning and keep the text"). Server code
 * (no person behind the request) is not checked. Traditional and simplified writing match alike;
 * spaces and punctuation are ignored.
 */
import type { Field, Payload, PayloadRequest } from 'payload'
import { refuse } from '../src/lib/errors'
import { L, simplified } from '../src/lib/i18n'
import { checkbox, enteredNotStored } from '../src/lib/fields'
import { addHooks, siteOf } from '../src/lib/hooks'
import type { FormFeature } from './form/types'

/** Punctuation, symbols and spaces: ignored when comparing. */
const NOISE = /[\s\p{P}\p{S}]/gu

const norm = (s: string) => simplified(s).replace(NOISE, '').toLowerCase()

/** The phrases of a forbidden-phrases text: one per line, or separated by * ; ; 、 (a phrase keeps its inner commas). */
export const phrasesOf = (body: string): string[] =>
  body
    .split(/[\n*;;]+/)
    .map((p) => p.trim().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''))
    .filter((p) => norm(p).length >= 2)

/** The site's current forbidden phrases. */
export async function forbiddenPhrases(payload: Payload, site: number, req?: Partial<PayloadRequest>): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'scripts',
    where: { and: [{ site: { equals: site } }, { kind: { equals: 'forbidden' } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.flatMap((d) => phrasesOf(String((d as { body?: string }).body ?? ''))))]
}

export type PhraseHit = { phrase: string; field: string; excerpt: string }

/** Where the text contains a phrase (ignoring spaces, punctuation and the script): the phrase and its sentence with the phrase in 【】. */
export function findPhrases(texts: Record<string, string>, phrases: string[]): PhraseHit[] {
  const hits: PhraseHit[] = []
  for (const [field, text] of Object.entries(texts)) {
    if (!text) continue
    // Map each kept character of the normalised text back to its place in the original.
    const simple = simplified(text)
    const kept: number[] = []
    let flat = ''
    for (let i = 0; i < simple.length; i++) {
      const c = simple[i]
      if (c.replace(NOISE, '') === '') continue
      kept.push(i)
      flat += c.toLowerCase()
    }
    for (const phrase of phrases) {
      const p = norm(phrase)
      const at = flat.indexOf(p)
      if (at < 0) continue
      const start = kept[at]
      const end = kept[at + p.length - 1] + 1
      // Positions are those of the converted text (a conversion may change its length), so the excerpt is cut from it.
      const before = simple.slice(Math.max(0, start - 12), start)
      const after = simple.slice(end, end + 12)
      hits.push({ phrase, field, excerpt: `${start > 12 ? '…' : ''}${before}【${simple.slice(start, end)}】${after}${end + 12 < simple.length ? '…' : ''}` })
    }
  }
  return hits
}

const words = {
  confirm: L('已閱讀忌語提示,仍保存', 'I have read the forbidden-phrase warning; save anyway'),
  refused: L(
    '內容含服務忌語「{phrases}」:{excerpt}。請修改措辭;如確需保留,請勾選「已閱讀忌語提示,仍保存」後再保存。',
    'The text contains the forbidden phrase “{phrases}”: {excerpt}. Please reword it; to keep it anyway, tick “I have read the forbidden-phrase warning; save anyway” and save again.',
  ),
}

/** Refuse (422) when any of the texts contains a forbidden phrase of the site, unless confirmed. */
export async function checkPhrases(req: PayloadRequest, site: number | undefined, texts: Record<string, string>, confirmed = false) {
  if (confirmed || !site || !req.user) return
  const phrases = await forbiddenPhrases(req.payload, site, req)
  if (!phrases.length) return
  const hits = findPhrases(texts, phrases)
  if (!hits.length) return
  refuse(req, words.refused, { phrases: [...new Set(hits.map((h) => h.phrase))].join('」「'), excerpt: hits.map((h) => h.excerpt).join(';') }, 422)
}

/** The form feature: `phrases: ['notes']` checks those fields on every save by a person. */
export const forbiddenPhraseCheck: FormFeature = (spec, collection) => {
  const names = spec.phrases ?? []
  if (!names.length) return collection
  const confirm: Field = enteredNotStored(checkbox('confirmPhrases', words.confirm, { admin: { position: 'sidebar' } }))
  return addHooks(
    { ...collection, fields: [...collection.fields, confirm] },
    {
      beforeChange: [
        async ({ data, originalDoc, operation, req }) => {
          const texts: Record<string, string> = {}
          for (const name of names) {
            const value = data[name]
            if (typeof value === 'string' && value && (operation === 'create' || value !== originalDoc?.[name])) texts[name] = value
          }
          const confirmed = data.confirmPhrases === true || data.confirmPhrases === 'true'
          delete data.confirmPhrases
          if (Object.keys(texts).length) await checkPhrases(req, siteOf({ ...originalDoc, ...data }), texts, confirmed)
          return data
        },
      ],
    },
  )
}
