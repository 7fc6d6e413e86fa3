/**
 * A desk: one folder of forms plus this declaration. Everything a desk brings — its forms, its
 * admin views and navigation, the sweeps that are not a form's deadline, its figures for the daily
 * digest, and how it handles what the devices report — is listed here, and the app reads desks
 * from `collections/index.ts` (one line per desk). `payload.config.ts`, `jobs/` and `devices/`
 * never import a desk: they read these declarations (at run time through `payload.config.custom.desks`).
 */
import type { CollectionConfig, Payload, PayloadRequest } from 'payload'
import type { Metric } from '../jobs/digest/statistics'
import type { Sweep } from '../jobs/sweep'
import type { Label } from '../src/lib/i18n'

/** A card swiped on a reader of a site. */
export type CardSwipe = { site: number | string; cardNumber: string; at?: Date | string; reader?: string }

/** What a desk answers to a swipe: let in (with the record it logged) or refused with a reason of its own. */
export type SwipeAnswer = { allowed: boolean; reason?: string; /** The reason in the desk's words (else the devices module's words for the code). */ reasonLabel?: Label; visit?: { id: number | string } }

/** A device that stopped answering (devices/health.ts): the desk files its repair and returns its id. */
export type DeviceDown = { site: unknown; kind: string; name: string; driver: string; id: number; since: string }

/**
 * DEV-04 a caller the desk knows: the person, what they are to the home in the desk's words (家屬 of
 * which elder, 業主 of which unit) in every language, and the record the number was found on.
 */
export type Caller = { kind: string; name: string; role: Label; collection: string; id: number | string }

export type DeskDevices = {
  /**
   * DEV-04 who is calling: the people of this desk's records at the site whose stored numbers are this
   * one (however written: compare with `samePhone`, src/lib/phoneNumbers.ts); `[]` when none.
   */
  whoIsCalling?: (payload: Payload, site: number, number: string) => Promise<Caller[]>
  /** DEV-03: a swipe this desk recognises (its own cards); `null` lets the next desk try. */
  cardSwipe?: (payload: Payload, swipe: CardSwipe, req?: Partial<PayloadRequest>) => Promise<SwipeAnswer | null>
  /** DEV-07: a device is down; the desk files a repair request. */
  deviceDown?: (payload: Payload, device: DeviceDown) => Promise<{ repair: { id: number | string } } | null>
  /**
   * OFFICE-01: the desk's own log of a phone call (the company's 接聽電話記錄簿): the call pop-up at its
   * sites offers 登記, which opens a new record of `collection` filled by `fill` (field → value, through
   * src/admin/form/prefill.ts); a call already logged (`callField` links it) opens its record instead.
   */
  callLog?: { collection: string; callField: string; fill: (payload: Payload, call: LoggedCall, staff: { id: number }) => Promise<Record<string, string | number>> }
}

/** A call of the phone system as a desk's call log is filled from it. */
export type LoggedCall = { id: number; site: number; startedAt: string; status: string; callerNumber?: string | null; callerName?: string | null; knownAs?: string | null }

export type DeskView = { Component: string; path: string }

/**
 * A daily action of the desk, one click from its home (log a call, register a visitor, a new
 * reservation): a new record of one of its forms, or one of its admin views (`path`, e.g. '/bed-map').
 */
export type QuickAction = {
  label: Label
  /** Opens a new record of this form… */
  collection?: string
  /** …or this admin path (a desk view). */
  path?: string
  /** Query string values passed along (e.g. a form's prefilled type). */
  query?: Record<string, string>
}

/**
 * A block of the desk's day on its home (MEMBER-02/03: today's birthdays with their gifts, the targets
 * of the morning meeting): a title and a few lines, each possibly a link, already in the reader's language.
 */
export type TodayBlock = { key: string; title: Label; empty: Label; lines: { text: string; href?: string; strong?: boolean }[] }

export type Desk = {
  /** The desk's name in code, e.g. 'care'. */
  slug: string
  label: Label
  /** Its forms, in the order of the navigation. */
  forms: CollectionConfig[]
  admin?: {
    /** Custom admin views (a bed map, a follow-up list) by key. */
    views?: Record<string, DeskView>
    /** Components added after the navigation links (Payload import-map paths). */
    navLinks?: string[]
  }
  /** The desk's daily actions on its home, in order (src/admin/home). */
  quickActions?: QuickAction[]
  /** What the desk's day looks like on its home, beside the routine and what is due (read with the person's language). */
  today?: (payload: Payload, site: { id: number; timeZone: string }, context: { lang: string; admin: string; now: Date }) => Promise<TodayBlock[]>
  /** Sweeps that are not a form's declared deadline (a delivery queue); deadlines are generated from the forms. */
  sweeps?: Sweep[]
  /** CARE-23: the desk's figures for the statistics view and the 19:00 digest. */
  figures?: Metric[]
  devices?: DeskDevices
  /** Demo data (in Chinese) for a site that has this desk's module enabled (`sites.modules` holds the desk's slug). */
  seed?: (payload: Payload, site: number) => Promise<void>
}

export const defineDesk = (desk: Desk): Desk => desk

/** A section of a large desk (the property desk's estate, complaints, keys), declared like a desk without a name. */
export type DeskPart = Omit<Desk, 'slug' | 'label'>

/** A desk made of its sections, in order: forms, views, sweeps, figures and handlers joined; seeds run in turn. */
export function joinDesk(slug: string, label: Label, parts: DeskPart[]): Desk {
  const seeds = parts.map((p) => p.seed).filter((s): s is NonNullable<Desk['seed']> => Boolean(s))
  const firstOf = <K extends keyof DeskDevices>(key: K) => parts.map((p) => p.devices?.[key]).find(Boolean) as DeskDevices[K]
  return {
    slug,
    label,
    forms: parts.flatMap((p) => p.forms),
    admin: {
      views: Object.assign({}, ...parts.map((p) => p.admin?.views ?? {})),
      navLinks: parts.flatMap((p) => p.admin?.navLinks ?? []),
    },
    quickActions: parts.flatMap((p) => p.quickActions ?? []),
    today: parts.some((p) => p.today)
      ? async (payload, site, context) => (await Promise.all(parts.map((p) => p.today?.(payload, site, context) ?? []))).flat()
      : undefined,
    sweeps: parts.flatMap((p) => p.sweeps ?? []),
    figures: parts.flatMap((p) => p.figures ?? []),
    devices: {
      cardSwipe: firstOf('cardSwipe'),
      deviceDown: firstOf('deviceDown'),
      callLog: firstOf('callLog'),
      // Every section answers for its own records.
      whoIsCalling: parts.some((p) => p.devices?.whoIsCalling)
        ? async (payload, site, number) => (await Promise.all(parts.map((p) => p.devices?.whoIsCalling?.(payload, site, number) ?? []))).flat()
        : undefined,
    },
    seed: seeds.length
      ? async (payload, site) => {
          for (const seed of seeds) await seed(payload, site)
        }
      : undefined,
  }
}

/** The desks the running app was configured with (no import of any desk). */
export const desksOf = (payload: Payload): Desk[] => ((payload.config.custom as { desks?: Desk[] } | undefined)?.desks ?? [])
