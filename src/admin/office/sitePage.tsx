/**
 * The preamble of the office's site views (OFFICE-05 supplies summary, OFFICE-09 directory, OFFICE-10
 * attendance summary): the page with its title, the person's language, and which site they may see —
 * custom views are public by default, so a person who is not signed in, or works at no site, gets the
 * page with that said and nothing else. The site is `?site=`, else the panel's site selector, else the
 * person's first (`chosenSite`); the views put it in their form with `SiteSelect` or `RangeForm`.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import React from 'react'
import { fill, L, pick, type Label } from '../../lib/i18n'
import { chosenSite } from '../care/site'
import type { UserSite } from '../schedules/sites'

const words = {
  signIn: L('請先登錄', 'Please sign in'),
  noSite: L('您沒有可查看的站點', 'You work at no site'),
}

export type SitePage = {
  req: PayloadRequest
  lang: string
  t: (label: Label, values?: Record<string, unknown>) => string
  /** The page: the title, then `children`. */
  page: (children: React.ReactNode) => React.ReactElement
  sites: UserSite[]
  site: UserSite
}

/** The page and the chosen site, or (`{ done }`) the whole page for a person with no site to see. */
export async function sitePage({ initPageResult, params, searchParams }: AdminViewServerProps, title: Label): Promise<SitePage | { done: React.ReactElement }> {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const lang = i18n.language
  const t = (label: Label, values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  const page = (children: React.ReactNode) => (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{t(title)}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (!user) return { done: page(<p>{t(words.signIn)}</p>) }
  const { sites, site } = await chosenSite(req, searchParams as Record<string, unknown>)
  if (!site) return { done: page(<p>{t(words.noSite)}</p>) }
  return { req, lang, t, page, sites, site }
}
