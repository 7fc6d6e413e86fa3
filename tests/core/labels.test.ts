/** Three languages: every collection and every field carries a label in zh, zh-TW and en. */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import config from '../../payload.config'

const langs = ['zh', 'zh-TW', 'en'] as const

const unlabeled = (fields: Field[], path: string): string[] =>
  fields.flatMap((f) => {
    const here = 'name' in f ? `${path}.${f.name}` : path
    const nested = 'fields' in f && Array.isArray(f.fields) ? unlabeled(f.fields, here) : []
    const tabs = f.type === 'tabs' ? f.tabs.flatMap((t) => unlabeled(t.fields, here)) : []
    if (!('name' in f) || f.type === 'ui' || f.hidden || (f.admin as { hidden?: boolean } | undefined)?.hidden) return [...nested, ...tabs]
    if (f.name === 'id' || f.name === 'updatedAt' || f.name === 'createdAt') return [...nested, ...tabs]
    const label = (f as { label?: unknown }).label
    const ok = label === false || (label && typeof label === 'object' && langs.every((l) => typeof (label as Record<string, string>)[l] === 'string' && (label as Record<string, string>)[l].length > 0))
    const options = f.type === 'select' || f.type === 'radio'
      ? f.options.filter((o) => typeof o === 'string' || typeof o.label !== 'object' || !langs.every((l) => (o.label as Record<string, string>)[l])).map((o) => `${here}=${typeof o === 'string' ? o : o.value}`)
      : []
    return [...(ok ? [] : [here]), ...options, ...nested, ...tabs]
  })

describe('three languages', () => {
  it('CORE-02 every collection has zh, zh-TW and en labels', async () => {
    const resolved = await config
    const ours = resolved.collections.filter((c) => !c.slug.startsWith('payload-'))
    const missing = ours.filter((c) => !langs.every((l) => (c.labels.singular as Record<string, string>)[l] && (c.labels.plural as Record<string, string>)[l]))
    expect(missing.map((c) => c.slug)).toEqual([])
  })

  it('CORE-02 every field and option of our collections has zh, zh-TW and en labels', async () => {
    const resolved = await config
    const ours = resolved.collections.filter((c) => !c.slug.startsWith('payload-'))
    // Fields Payload itself adds to auth and upload collections carry Payload's own translations.
    const payloadOwn = /^(staff\.(email|password|sessions|resetPassword|loginAttempts|lockUntil|salt|hash|apiKey|enableAPIKey|_verified)|documents\.(url|thumbnailURL|filename|mimeType|filesize|width|height|focalX|focalY|prefix))/
    const missing = ours.flatMap((c) => unlabeled(c.fields, c.slug)).filter((p) => !payloadOwn.test(p))
    expect(missing).toEqual([])
  })

  it('CORE-02 the admin panel offers zh, zh-TW and en', async () => {
    const resolved = await config
    expect(Object.keys(resolved.i18n.supportedLanguages ?? {}).sort()).toEqual(['en', 'zh', 'zh-TW'])
    expect(resolved.i18n.fallbackLanguage).toBe('zh')
  })
})
