/**
 * OFFICE-06 檔案編號規則: one per site, the pattern archive numbers are written with, e.g.
 * `{type}-{year}-{seq:3}` → HT-2026-007. `{type}` is the type's code, `{year}` the year (`{yy}` its
 * last two digits), `{seq}` / `{seq:N}` the number within the year and type (N digits). Editable; a
 * new pattern applies to documents registered after it (numbers given stay as they are).
 */
import { text } from '../../../src/lib/fields'
import { L } from '../../../src/lib/i18n'
import { defineForm } from '../../../hooks/form/defineForm'
import { groups } from '../../core/labels'
import { refuse } from '../../../src/lib/errors'

export const DEFAULT_PATTERN = '{类型}-{年份}-{序号:3}'

/** The placeholders in Chinese (as the desk writes them) or in English: {类型} = {type}, {年份} = {year}, {年} = {yy}, {序号:3} = {seq:3}. */
export const canonical = (pattern: string) =>
  pattern
    .replace(/\{(类型|類型)\}/g, '{type}')
    .replace(/\{年份\}/g, '{year}')
    .replace(/\{年\}/g, '{yy}')
    .replace(/\{(序号|序號)(:[^}]*)?\}/g, (_m, _w, digits?: string) => `{seq${digits ?? ''}}`)

/** What is wrong with a pattern, or nothing. */
export function patternProblem(written: string): ReturnType<typeof L> | undefined {
  const pattern = canonical(written)
  const tokens = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1])
  if (tokens.some((t) => !/^(type|year|yy|seq(:[1-6])?)$/.test(t))) return L('編號規則只能使用 {類型}、{年份}、{年}(兩位)、{序號} 或 {序號:位數}(1 到 6 位)', 'A numbering rule may use only {type}, {year}, {yy}, {seq} or {seq:digits} (1 to 6)', '编号规则只能使用 {类型}、{年份}、{年}(两位)、{序号} 或 {序号:位数}(1 到 6 位)')
  if (!tokens.includes('type') || !(tokens.includes('year') || tokens.includes('yy')) || !tokens.some((t) => t.startsWith('seq'))) {
    return L('編號規則必須包含類型 {類型}、年份 {年份} 和序號 {序號},編號才不會重複', 'A numbering rule must contain the type {type}, the year {year} and the sequence {seq}, so numbers cannot repeat', '编号规则必须包含类型 {类型}、年份 {年份} 和序号 {序号},编号才不会重复')
  }
  if (/[^A-Za-z0-9{}:\-_/.()#\u4e00-\u9fff〔〕[\]【】 ]/.test(pattern.replace(/\{[^}]*\}/g, ''))) return L('編號規則只能包含字母、數字、漢字和 - _ / . ( ) # 〔 〕 [ ] 【 】', 'A numbering rule may contain only letters, digits, Chinese characters and - _ / . ( ) # 〔 〕 [ ] 【 】')
  return undefined
}

/** The number of a document: the pattern filled in. */
export const formatNumber = (pattern: string, v: { code: string; year: number; seq: number }) =>
  canonical(pattern).replace(/\{(type|year|yy|seq(?::([1-6]))?)\}/g, (_m, token: string, digits?: string) =>
    token === 'type' ? v.code : token === 'year' ? String(v.year) : token === 'yy' ? String(v.year).slice(-2) : String(v.seq).padStart(Number(digits ?? 1), '0'),
  )

export const ArchiveSettings = defineForm({
  slug: 'archive-settings',
  label: L('檔案編號規則', 'Archive numbering rule'),
  plural: L('檔案編號規則', 'Archive numbering rules'),
  group: groups.desk,
  title: 'pattern',
  columns: ['pattern', 'site', 'updatedAt'],
  paper: false,
  print: false,
  indexes: [{ fields: ['site'], unique: true }],
  fields: [
    text('pattern', L('編號規則', 'Numbering rule'), {
      required: true,
      maxLength: 60,
      defaultValue: DEFAULT_PATTERN,
      admin: {
        description: L(
          '{類型} 類型代碼,{年份} 年份({年} 兩位年份),{序號:3} 三位序號。例如 {類型}-{年份}-{序號:3} → HT-2026-007',
          '{type} the type code, {year} the year ({yy} two digits), {seq:3} a three-digit sequence. E.g. {type}-{year}-{seq:3} → HT-2026-007',
          '{类型} 类型代码,{年份} 年份({年} 两位年份),{序号:3} 三位序号。例如 {类型}-{年份}-{序号:3} → HT-2026-007',
        ),
      },
    }),
  ],
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const pattern = String(data.pattern ?? originalDoc?.pattern ?? '').trim()
        const problem = patternProblem(pattern)
        if (problem) refuse(req, problem, { type: '{type}', year: '{year}', yy: '{yy}', seq: '{seq}' })
        data.pattern = pattern
        const site = data.site ?? originalDoc?.site
        const { docs } = await req.payload.find({
          collection: 'archive-settings',
          where: { and: [{ site: { equals: site } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (docs.length) refuse(req, L('本站點已有檔案編號規則(#{id}),請修改那一份', 'This site already has its numbering rule (#{id}); change that one'), { id: docs[0].id }, 409)
        return data
      },
    ],
  },
})
