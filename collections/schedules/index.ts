import type { CollectionConfig } from 'payload'
import { CalendarDays } from './calendar-days'
import { DigestSettings } from './digest-settings'
import { RoutineChecks } from './routine-checks'
import { Routines } from './routines'
import { ScheduleTicks } from './schedule-ticks'

export const scheduleCollections: CollectionConfig[] = [CalendarDays, Routines, RoutineChecks, DigestSettings, ScheduleTicks]
