'use client'
/**
 * Every date field of the panel (set by src/lib/adminViews.ts): Payload's own date field with the
 * picker's time column headed in the reader's language (react-datepicker's `timeCaption` is a plain
 * string, "Time", so it cannot come from the config) and times in 24-hour form.
 */
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import React from 'react'

const caption: Record<string, string> = { zh: '时间', 'zh-TW': '時間', en: 'Time' }
const previous: Record<string, string> = { zh: '上个月', 'zh-TW': '上個月', en: 'Previous month' }
const next: Record<string, string> = { zh: '下个月', 'zh-TW': '下個月', en: 'Next month' }

export const DateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const pick = (words: Record<string, string>) => words[i18n.language] ?? words.zh
  const date = (props.field.admin?.date ?? {}) as { overrides?: object } & Record<string, unknown>
  const field = {
    ...props.field,
    admin: { ...props.field.admin, date: { timeFormat: 'HH:mm', ...date, overrides: { ...date.overrides, timeCaption: pick(caption), previousMonthButtonLabel: pick(previous), nextMonthButtonLabel: pick(next), previousMonthAriaLabel: pick(previous), nextMonthAriaLabel: pick(next) } } },
  }
  return <DateTimeField {...props} field={field as typeof props.field} />
}
