import * as OpenCC from 'opencc-js'

/** The three languages of the product. `zh` is Simplified (mainland), `zh-TW` Traditional. */
export const languages = ['zh', 'zh-TW', 'en'] as const
export type Lang = (typeof languages)[number]
export type Label = Record<Lang, string>

/** Traditional → Simplified, with mainland phrasing (OpenCC tw → cn). */
export const simplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' })

/**
 * A label in all three languages, written once in Traditional Chinese (the language of the
 * procedure documents) and English; Simplified is derived unless given.
 */
export const L = (zhTW: string, en: string, zh?: string): Label => ({
  zh: zh ?? simplified(zhTW),
  'zh-TW': zhTW,
  en,
})

export const isLang = (value: unknown): value is Lang => languages.includes(value as Lang)

/** The text of a label in a language, falling back to Simplified Chinese. */
export const pick = (label: Label | string, lang?: string | null): string =>
  typeof label === 'string' ? label : label[isLang(lang) ? lang : 'zh']

/** Fill `{name}` placeholders. */
export const fill = (template: string, values: Record<string, unknown>): string =>
  template.replace(/\{(\w+)\}/g, (_, key) => (values[key] == null ? '' : String(values[key])))
