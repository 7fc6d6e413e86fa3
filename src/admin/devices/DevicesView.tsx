/**
 * DEV-01..DEV-04 the device panel at /admin/devices: the gate buttons with the state read back and the
 * camera beside them, the keyboard-wedge card field, the phone (simulated calls, forwarding).
 * Custom views are public by default: this one checks the person; the routes it calls check again.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { sitesOfUser } from '../schedules/sites'
import { DevicesPanel } from './DevicesPanel'
import { wordsIn } from './words'

export async function DevicesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const words = wordsIn(i18n.language)
  const sites = user ? await sitesOfUser(payload, user) : []
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{words.title}</h1>
        {user ? <DevicesPanel words={words} sites={sites.map((s) => ({ id: s.id, name: s.name }))} admin={payload.config.routes.admin} /> : <p>{words.signIn}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
