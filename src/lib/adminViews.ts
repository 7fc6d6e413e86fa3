/**
 * The panel speaks the desk's language and works offline, for every collection at once (one place,
 * so a later form gets it by being declared):
 * - date fields: 24-hour times (`HH:mm`), days as yyyy-MM-dd, and the picker's time column headed in
 *   the reader's language (src/admin/DateField.tsx);
 * - arrays: rows and the add button named after the field's label (联系人 01, 添加 联系人), never
 *   Payload's English default made from the field name (Contact 01);
 * - `code` and `json` fields: a plain read-only view (src/admin/PlainCode.tsx) instead of the code
 *   editor, which loads itself from the internet;
 * - Payload's own words that read as code in a list: an empty cell is "—", not `<没有 …>`; no "Payload
 *   设置" on the account page; no developer's "API" tab on a record.
 * Fields that already have their own component or setting keep it.
 */
import type { Config, Field } from 'payload'

const components = {
  date: '/src/admin/DateField#DateField',
  plain: '/src/admin/PlainCode#PlainCodeField',
}

const displayFormats: Record<string, string> = {
  dayAndTime: 'yyyy-MM-dd HH:mm',
  timeOnly: 'HH:mm',
  dayOnly: 'yyyy-MM-dd',
  default: 'yyyy-MM-dd',
  monthOnly: 'yyyy-MM',
}

type AnyField = Field & {
  type: string
  label?: unknown
  labels?: { singular?: unknown; plural?: unknown }
  fields?: Field[]
  tabs?: { fields: Field[] }[]
  blocks?: { fields: Field[] }[]
  admin?: Record<string, unknown> & { components?: Record<string, unknown>; date?: Record<string, unknown> }
}

const hasComponent = (f: AnyField, key: string) => Boolean(f.admin?.components?.[key])

function adjust(field: Field): Field {
  const f = field as AnyField
  let out: AnyField = f
  if (f.type === 'date') {
    const date = f.admin?.date ?? {}
    const appearance = String(date.pickerAppearance ?? 'default')
    out = {
      ...f,
      admin: {
        ...f.admin,
        date: { ...date, timeFormat: date.timeFormat ?? 'HH:mm', displayFormat: date.displayFormat ?? displayFormats[appearance] ?? displayFormats.default },
        components: hasComponent(f, 'Field') ? f.admin?.components : { ...f.admin?.components, Field: components.date },
      },
    } as AnyField
  } else if ((f.type === 'json' || f.type === 'code') && !hasComponent(f, 'Field')) {
    out = { ...f, admin: { ...f.admin, components: { ...f.admin?.components, Field: components.plain } } } as AnyField
  } else if (f.type === 'array' && f.label && !f.labels) {
    out = { ...f, labels: { singular: f.label, plural: f.label } } as AnyField
  }
  if (out.fields) out = { ...out, fields: out.fields.map(adjust) } as AnyField
  if (out.tabs) out = { ...out, tabs: out.tabs.map((t) => ({ ...t, fields: t.fields.map(adjust) })) } as AnyField
  if (out.blocks) out = { ...out, blocks: out.blocks.map((b) => ({ ...b, fields: b.fields.map(adjust) })) } as AnyField
  return out as Field
}

/** Payload's words that otherwise show as `<没有 …>` in every list with an empty cell. */
export const panelTranslations = {
  zh: { general: { noLabel: '—', payloadSettings: '界面设置' } },
  'zh-TW': { general: { noLabel: '—', payloadSettings: '介面設定' } },
  en: { general: { noLabel: '—', payloadSettings: 'Panel settings' } },
}

/** The plugin: last in the list, so that it sees the fields other plugins added. */
export const adminViews = (config: Config): Config => ({
  ...config,
  // The edit view's "API" tab (the record as JSON) is a developer's tool, not the desk's.
  collections: (config.collections ?? []).map((c) => ({ ...c, admin: { hideAPIURL: true, ...c.admin }, fields: c.fields.map(adjust) })),
  globals: (config.globals ?? []).map((g) => ({ ...g, fields: g.fields.map(adjust) })),
  i18n: {
    ...config.i18n,
    translations: {
      ...(config.i18n?.translations ?? {}),
      ...Object.fromEntries(
        Object.entries(panelTranslations).map(([lang, t]) => {
          const had = ((config.i18n?.translations ?? {}) as Record<string, { general?: object }>)[lang] ?? {}
          return [lang, { ...had, general: { ...had.general, ...t.general } }]
        }),
      ),
    } as never,
  },
})
