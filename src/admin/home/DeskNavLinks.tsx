/**
 * First in the navigation (issue 11, item 1): the views of the desks enabled at the person's sites
 * (the bed map, the follow-up list …), each desk's `admin.navLinks` (collections/desk.ts), above the
 * desks' groups of forms. A desk not enabled at any of the person's sites shows none.
 */
import type { ServerProps } from 'payload'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import React from 'react'
import { desksAt, sitesWithModules, type HomeUser } from './data'

export async function DeskNavLinks(props: ServerProps) {
  const { payload, user } = props
  if (!user) return null
  const sites = await sitesWithModules(payload, user as unknown as HomeUser)
  const enabled = new Set(sites.flatMap((s) => desksAt(payload, s)))
  const links = [...enabled].flatMap((d) => (d.admin?.navLinks ?? []).map((path) => ({ desk: d.slug, path })))
  if (!links.length) return null
  return (
    <div className="desk-nav-links" style={{ marginBottom: '0.75rem' }}>
      {links.map(({ desk, path }) => (
        <React.Fragment key={`${desk}:${path}`}>
          {RenderServerComponent({
            Component: path,
            importMap: payload.importMap,
            serverProps: { i18n: props.i18n, locale: props.locale, params: props.params, payload, permissions: props.permissions, searchParams: props.searchParams, user },
          })}
        </React.Fragment>
      ))}
    </div>
  )
}
