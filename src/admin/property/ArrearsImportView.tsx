/**
 * PROP-04 導入欠費清單 at /admin/arrears-import: finance's list previewed and validated row by row,
 * saved only without errors (the form is ArrearsImportForm; the rules are the import endpoint's).
 * Custom views are public by default: this one checks the person and offers only their own sites.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { feeTypes } from '../../../collections/property/arrears'
import { L, pick } from '../../lib/i18n'
import { sitesOfUser } from '../schedules/sites'
import { ArrearsImportForm, type ImportWords } from './ArrearsImportForm'

const words = {
  title: L('導入欠費清單', 'Import the arrears list'),
  signIn: L('請先登錄', 'Please sign in'),
  file: L('財務部欠費清單(Excel 表格 XLSX 或 CSV)', "Finance's arrears list (XLSX or CSV)"),
  site: L('站點', 'Site'),
  preview: L('預覽並檢查', 'Preview and check'),
  save: L('保存全部', 'Save all'),
  line: L('行', 'Line'),
  unit: L('單元', 'Unit'),
  owner: L('業主', 'Owner'),
  fee: L('費用類型', 'Fee'),
  amount: L('金額(元)', 'Amount (元)'),
  since: L('欠費起始日', 'Since'),
  errors: L('錯誤', 'Errors'),
  ok: L('全部行檢查通過,可以保存', 'Every row is valid: it can be saved'),
  saved: L('已保存 {n} 條欠費記錄', '{n} arrears saved'),
  fix: L('{n} 行有錯誤,請在文件中改正後重新選擇', '{n} rows have errors: correct the file and choose it again'),
  columns: L('第一行為列名:單元、業主(可空)、費用類型(物業管理費/水電費/其他服務費)、金額、欠費起始日(如 2026-09-01)、備註(可空)。', 'First row: 单元, 业主 (optional), 费用类型 (management/utility/other), 金额, 欠费起始日 (e.g. 2026-09-01), 备注 (optional).'),
}

export async function ArrearsImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: (typeof words)[keyof typeof words]) => pick(label, lang)
  const sites = user ? (await sitesOfUser(payload, user)) : []
  const modules = new Map((await payload.find({ collection: 'sites', where: { id: { in: sites.map((s) => s.id).concat(0) } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs.map((s) => [s.id as number, (s.modules ?? []) as string[]]))
  const property = sites.filter((s) => modules.get(s.id)?.includes('property'))
  const formWords = Object.fromEntries(Object.entries(words).map(([k, v]) => [k, pick(v, lang)])) as unknown as ImportWords
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(words.title)}</h1>
        {!user ? (
          <p>{t(words.signIn)}</p>
        ) : property.length ? (
          <ArrearsImportForm
            sites={property.map((s) => ({ id: s.id, name: s.name }))}
            words={formWords}
            fees={Object.fromEntries(Object.entries(feeTypes).map(([k, v]) => [k, pick(v, lang)]))}
            apiRoute={payload.config.routes.api}
            listUrl={`${payload.config.routes.admin}/collections/arrears`}
          />
        ) : (
          <p>—</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
