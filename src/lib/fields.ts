/**
 * Field builders: one line per line of the paper form. Every field carries its label in the three
 * languages and a sane bound, so that bad input is refused by validation with a readable message.
 */
import type {
  ArrayField,
  CheckboxField,
  CollectionSlug,
  DateField,
  EmailField,
  Field,
  GroupField,
  UIField,
  NumberField,
  RelationshipField,
  SelectField,
  TextField,
  TextareaField,
  UploadField,
} from 'payload'
import { date as validateDate, number as validateNumber, text as validateText, textarea as validateTextarea } from 'payload/shared'
import { L, pick, type Label } from './i18n'

type Extra<F> = Partial<Omit<F, 'name' | 'type' | 'label'>>

export type Options = Record<string, Label>

type AnyValidate = (value: never, options: never) => true | string | Promise<true | string>

/**
 * A field's own check runs after Payload's check for its type, never instead of it: `required`,
 * bounds and the type's rules still apply (a required phone or day left empty is refused).
 */
const afterBase =
  (base: AnyValidate, own: AnyValidate | undefined) =>
  own
    ? async (value: never, options: never) => {
        const first = await base(value, options)
        return first === true ? own(value, options) : first
      }
    : undefined

const composed = <O extends { validate?: unknown }>(o: O, base: AnyValidate): O => {
  const validate = afterBase(base, o.validate as AnyValidate | undefined)
  return validate ? { ...o, validate } : o
}

export const text = (name: string, label: Label, o: Extra<TextField> = {}): TextField =>
  ({ name, type: 'text', label, maxLength: 200, ...composed(o, validateText as AnyValidate) }) as TextField

export const textarea = (name: string, label: Label, o: Extra<TextareaField> = {}): TextareaField =>
  ({ name, type: 'textarea', label, maxLength: 4000, ...composed(o, validateTextarea as AnyValidate) }) as TextareaField

export const email = (name: string, label: Label, o: Extra<EmailField> = {}): EmailField =>
  ({ name, type: 'email', label, ...o }) as EmailField

/**
 * A validate function: empty values pass here (the builders run Payload's check first, which refuses
 * an empty required field), others must pass `test`.
 */
export const validateWith =
  (test: (value: unknown) => boolean, message: Label) =>
  (value: unknown, { req }: { req: { i18n?: { language?: string } } }): true | string =>
    value == null || value === '' || test(value) || pick(message, req?.i18n?.language)

const PHONE = /^[0-9+\-() ]{3,32}$/

export const phone = (name: string, label: Label, o: Extra<TextField> = {}): TextField =>
  text(name, label, {
    maxLength: 32,
    validate: validateWith(
      (v) => PHONE.test(String(v)),
      L('電話號碼只能包含數字、空格和 + - ( ),3 到 32 位', 'A phone number has 3 to 32 digits, spaces or + - ( )'),
    ),
    ...o,
  } as Extra<TextField>)

const notANumber = L('請輸入數字', 'Enter a number')

/** Payload turns "eighty" into NaN and lets it through; a number field here refuses it. */
const validateNumberStrictly = (value: unknown, args: Parameters<typeof validateNumber>[1]) =>
  typeof value === 'number' && Number.isNaN(value) ? pick(notANumber, args.req?.i18n?.language) : validateNumber(value as number, args)

export const number = (name: string, label: Label, o: Extra<NumberField> = {}): NumberField =>
  ({ name, type: 'number', label, min: 0, max: 1_000_000_000, validate: validateNumberStrictly, ...composed(o, validateNumberStrictly as AnyValidate) }) as NumberField

/** Money in 元, two decimals. */
export const money = (name: string, label: Label, o: Extra<NumberField> = {}): NumberField =>
  number(name, label, { ...o, admin: { step: 0.01, ...o.admin } })

export const datetime = (name: string, label: Label, o: Extra<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    label,
    ...composed(o, validateDate as AnyValidate),
    admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeIntervals: 5 }, ...o.admin },
  }) as DateField

export const day = (name: string, label: Label, o: Extra<DateField> = {}): DateField =>
  ({
    name,
    type: 'date',
    label,
    ...composed(o, validateDate as AnyValidate),
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' }, ...o.admin },
  }) as DateField

export const select = (name: string, label: Label, options: Options, o: Extra<SelectField> = {}): SelectField =>
  ({
    name,
    type: 'select',
    label,
    options: Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel })),
    ...o,
  }) as SelectField

export const checkbox = (name: string, label: Label, o: Extra<CheckboxField> = {}): CheckboxField =>
  ({ name, type: 'checkbox', label, defaultValue: false, ...o }) as CheckboxField

export const rel = (
  name: string,
  label: Label,
  relationTo: CollectionSlug,
  o: Extra<RelationshipField> = {},
): RelationshipField => ({ name, type: 'relationship', label, relationTo, ...o }) as RelationshipField

export const attachment = (name: string, label: Label, o: Extra<UploadField> = {}): UploadField =>
  ({ name, type: 'upload', label, relationTo: 'documents', ...o }) as UploadField

/**
 * A signature pad beside a signature field (src/admin/form/SignaturePad.tsx): the drawing is uploaded
 * as an image of the record's site into `target`, and `tick` (a "signed" box) is ticked with it.
 */
export const signaturePad = (o: { target: string; tick?: string; title: Label; file: Label }): UIField => ({
  type: 'ui',
  name: `${o.target}Pad`,
  label: o.title,
  admin: {
    disableListColumn: true,
    components: {
      Field: { path: '/src/admin/form/SignaturePad#SignaturePad', clientProps: { target: o.target, tick: o.tick, title: o.title, file: o.file } },
    },
  },
})

export const list = (name: string, label: Label, fields: Field[], o: Extra<ArrayField> = {}): ArrayField =>
  ({ name, type: 'array', label, fields, maxRows: 200, ...o }) as ArrayField

export const group = (name: string, label: Label, fields: Field[], o: Extra<GroupField> = {}): GroupField =>
  ({ name, type: 'group', label, fields, ...o }) as GroupField


// ---------------------------------------------------------------------------------------------
// Forms that fill themselves (issue 11 item 3). Declared on a field, applied both by the admin's
// form (src/admin/form/FormFill.tsx, through `admin.custom`) and by the server when a value is omitted.

/** 'now': the moment of entry; 'me': the staff member entering it. */
export type Fill = 'now' | 'me'
export type FillSpec = { fill: Fill; when?: string; unless?: Record<string, unknown> }

const fillValue = (fill: Fill, req: { user?: { id?: unknown; collection?: string } | null }) =>
  fill === 'now' ? new Date().toISOString() : req.user?.collection === 'staff' ? req.user.id : undefined

const blank = (v: unknown) => v === undefined || v === null || v === ''

/**
 * A field that fills itself as the paper form would: `'now'` (a time) or `'me'` (the staff member
 * entering). Without `when`, the admin's create form shows it already filled and a create that omits
 * it gets it. With `when: 'field'` (a checkbox or any field of the same group), it is filled at the
 * moment that field is first set — in the admin form as soon as it is ticked, on the server when a
 * create or an update sets it and the value is still empty (a visitor's time in once the phone
 * confirmation is ticked). `unless: { field: value, … }`: not while the record is in that case (an
 * interviewee who waits for HR's confirmation gets no time in).
 */
export const filled = <F extends Field>(field: F, fill: Fill, o: { when?: string; unless?: Record<string, unknown> } = {}): F => {
  const f = field as F & { admin?: Record<string, unknown>; hooks?: Record<string, unknown[]>; name: string }
  const spec: FillSpec = { fill, ...(o.when ? { when: o.when } : {}), ...(o.unless ? { unless: o.unless } : {}) }
  const hook = ({ value, siblingData, previousSiblingDoc, operation, req }: Record<string, any>) => {
    // Sent by the client (even empty): kept. Omitted, Payload passes the stored (or default) value.
    if (siblingData?.[f.name] !== undefined) return value
    const before = (previousSiblingDoc ?? {}) as Record<string, unknown>
    if (operation === 'update' && !blank(before[f.name])) return value
    const current = (k: string) => (siblingData?.[k] !== undefined ? siblingData[k] : before[k])
    if (o.unless && Object.entries(o.unless).every(([k, v]) => current(k) === v)) return value
    if (o.when) {
      const now = siblingData?.[o.when]
      const set = now !== undefined ? Boolean(now) && now !== 'false' : false
      if (!set || (operation === 'update' && Boolean(before[o.when]))) return value
    } else if (operation !== 'create' || !blank(value)) return value
    return fillValue(fill, req) ?? value
  }
  return {
    ...f,
    ...(o.when ? {} : { defaultValue: ({ req, user }: { req?: { user?: unknown }; user?: unknown }) => fillValue(fill, { user: (user ?? req?.user) as never }) }),
    admin: { ...f.admin, custom: { ...(f.admin?.custom as object), fill: spec } },
    hooks: { ...f.hooks, beforeValidate: [...(f.hooks?.beforeValidate ?? []), hook] },
  } as F
}

/**
 * A relationship whose record fills the empty fields of this one: `{ target: 'source' }` (dot paths
 * for group fields, e.g. `{ 'newElder.name': 'elderName' }`). The admin form copies when the
 * relation is chosen or prefilled; the server copies on save, reading the record only if it is on the
 * record's own site (hooks/form/fill.ts), so another site's record reads as missing.
 */
export const copyFrom = <F extends RelationshipField>(field: F, map: Record<string, string>): F =>
  ({ ...field, admin: { ...field.admin, custom: { ...(field.admin?.custom as object), copy: map } } }) as F

/**
 * A value the person enters that is not stored in the record's row (a hook uses it on save: the
 * new elder created with a reservation, an age for an approximate birth date, a confirmation).
 * Payload makes every virtual field read-only in the panel unless it says otherwise.
 */
export const enteredNotStored = <F extends Field>(field: F): F =>
  ({ ...field, virtual: true, admin: { ...(field as { admin?: object }).admin, readOnly: false } }) as F
