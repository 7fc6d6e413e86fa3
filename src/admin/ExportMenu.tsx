'use client'
/** CORE-08: list-view menu entries that download the register as shown (filters applied). */
import { useConfig, useListQuery, useTranslation } from '@payloadcms/ui'
import { stringify } from 'qs-esm'
import React from 'react'

const words = {
  xlsx: { zh: '导出 Excel', 'zh-TW': '匯出 Excel', en: 'Export to Excel' },
  csv: { zh: '导出 CSV', 'zh-TW': '匯出 CSV', en: 'Export to CSV' },
} as const

export function ExportMenu({ collectionSlug }: { collectionSlug: string }) {
  const { config } = useConfig()
  const { query } = useListQuery()
  const { i18n } = useTranslation()
  const lang = (i18n.language in words.xlsx ? i18n.language : 'zh') as keyof typeof words.xlsx
  const href = (format: 'xlsx' | 'csv') =>
    `${config.routes.api}/${collectionSlug}/export?${stringify({ format, where: query?.where, sort: query?.sort })}`
  return (
    <>
      <a className="popup-button-list__button" href={href('xlsx')} download>
        {words.xlsx[lang]}
      </a>
      <a className="popup-button-list__button" href={href('csv')} download>
        {words.csv[lang]}
      </a>
    </>
  )
}
