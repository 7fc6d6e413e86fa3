/** CARE-12 床位圖: beds per building and floor, coloured by state, with the elder's name; a click opens the elder or the reservation. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { bedMap, type BedState, type MapBed } from '../../../collections/care/beds/map'
import { idOf } from '../../lib/hooks'
import { createWith } from '../form/prefill'
import { fill, pick, type Label } from '../../lib/i18n'
import { chosenSite } from './site'
import { localDay, shiftDay } from '../../lib/calendar'
import { stateColours, words } from './words'

const states: BedState[] = ['free', 'held', 'occupied', 'out', 'closed']

export async function BedMapView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const t = (label: Label) => pick(label, i18n.language)
  const { sites, site } = user ? await chosenSite(req, searchParams) : { sites: [], site: undefined }
  const admin = payload.config.routes.admin
  const buildings = site ? await bedMap(payload, site.id, { admin }) : []
  const only = Number(searchParams?.building) || undefined
  // Issue 11 item 3: a free bed is reserved or admitted (a walk-in) from here; a held bed's elder is admitted
  // from here (through the preparation CARE-11 requires first), each opening its create form filled.
  const held = buildings.flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds.flatMap((bed) => (bed.reservation ? [bed.reservation] : [])))))
  const preps = held.length
    ? await payload.find({ collection: 'admission-preps', where: { reservation: { in: held } }, depth: 0, limit: held.length, pagination: false, overrideAccess: false, user, req })
    : { docs: [] }
  const prepOf = new Map(preps.docs.map((p) => [idOf(p.reservation), p.id as number]))
  // A walk-in who moves in (CARE-10: first turned into a reservation): the reservation of this bed, with
  // the site and an arrival tomorrow — the earliest the preparation (1 to 3 days ahead, gated) allows.
  const tomorrow = site ? shiftDay(localDay(new Date(), site.timeZone), 1) : undefined
  const actionsOf = (bed: MapBed): { kind: 'reserve' | 'admit'; href: string }[] => {
    if (bed.state === 'free' && site) {
      return [
        { kind: 'reserve', href: createWith(admin, 'reservations', { site: site.id, bed: bed.id }) },
        { kind: 'admit', href: createWith(admin, 'reservations', { site: site.id, bed: bed.id, expectedArrival: tomorrow! }) },
      ]
    }
    if (bed.state === 'held' && bed.reservation) {
      const prep = prepOf.get(bed.reservation)
      return [{ kind: 'admit', href: prep ? createWith(admin, 'admissions', { prep }) : createWith(admin, 'admission-preps', { reservation: bed.reservation }) }]
    }
    return []
  }
  return (
    <DefaultTemplate i18n={i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{t(words.bedMap)}</h1>
        {!user && <p>{t(words.signIn)}</p>}
        {sites.length > 1 && (
          <p className="bed-map__sites">
            {t(words.site)}:{' '}
            {sites.map((s) => (
              <a key={s.id} href={`${admin}/bed-map?site=${s.id}`} style={{ marginRight: 12, fontWeight: s.id === site?.id ? 700 : 400 }}>{s.name}</a>
            ))}
          </p>
        )}
        <p className="bed-map__legend">
          {states.map((s) => (
            <span key={s} style={{ background: stateColours[s].bg, color: stateColours[s].fg, padding: '2px 8px', marginRight: 8, borderRadius: 4 }}>{t(words[s])}</span>
          ))}
        </p>
        {user && !buildings.length && <p>{t(words.noBeds)}</p>}
        {buildings.length > 1 && (
          <p>
            {buildings.map((b) => (
              <a key={b.id} href={`${admin}/bed-map?site=${site?.id}&building=${b.id}`} style={{ marginRight: 12, fontWeight: b.id === only ? 700 : 400 }}>{b.name}</a>
            ))}
          </p>
        )}
        {buildings.filter((b) => !only || b.id === only).map((b) => (
          <section key={b.id} className="bed-map__building" data-building={b.name} style={{ marginBottom: '2rem' }}>
            <h2 style={{ margin: '1rem 0 0.5rem' }}>
              {b.name}{' '}
              <small style={{ fontWeight: 400, fontSize: '0.8rem' }}>
                {states.filter((s) => b.counts[s]).map((s) => `${t(words[s])} ${b.counts[s]}`).join(' · ')}
              </small>
            </h2>
            {b.floors.map((f) => (
              <div key={f.floor} className="bed-map__floor" data-floor={f.floor} style={{ display: 'flex', gap: 12, alignItems: 'flex-start', marginBottom: 12 }}>
                <strong style={{ width: 56, paddingTop: 8 }}>{fill(t(words.floor), { n: f.floor })}</strong>
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
                  {f.rooms.map((r) => (
                    <div key={r.room} className="bed-map__room" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 6 }}>
                      <div style={{ fontSize: '0.8rem', marginBottom: 4 }}>{r.room}</div>
                      <div style={{ display: 'flex', gap: 6 }}>
                        {r.beds.map((bed) => (
                          <div key={bed.id} className="bed-map__cell">
                          <a
                            href={bed.href}
                            className={`bed-map__bed bed-map__bed--${bed.state}`}
                            data-bed={bed.code}
                            data-state={bed.state}
                            title={`${bed.code} · ${t(words[bed.state])}`}
                            style={{ display: 'block', minWidth: 86, padding: '6px 8px', borderRadius: 4, textDecoration: 'none', background: stateColours[bed.state].bg, color: stateColours[bed.state].fg }}
                          >
                            <div style={{ fontSize: '0.75rem' }}>{bed.bedNo}床 · {t(words[bed.state])}</div>
                            <div style={{ fontWeight: 600 }}>{bed.elder?.name ?? '—'}</div>
                          </a>
                          {actionsOf(bed).length > 0 && (
                            <div className="bed-map__actions" style={{ display: 'flex', gap: 6, fontSize: '0.75rem', marginTop: 2 }}>
                              {actionsOf(bed).map((a) => (
                                <a key={a.kind} className={`bed-map__${a.kind}`} data-bed={bed.code} href={a.href}>{t(words[a.kind])}</a>
                              ))}
                            </div>
                          )}
                          </div>
                        ))}
                      </div>
                    </div>
                  ))}
                </div>
              </div>
            ))}
          </section>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
