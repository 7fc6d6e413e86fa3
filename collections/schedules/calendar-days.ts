/**
 * JOB-02: the site's working-day calendar. Mainland holidays and 調休 make-up days are preloaded from
 * chinese-days (src/lib/calendar.ts); a row here overrides one day for one site, and is how a year
 * that has no published schedule yet gets filled in.
 */
import type { CollectionConfig } from 'payload'
import { signedIn } from '../../hooks/access'
import { isDayString } from '../../hooks/ids'
import { select, text, validateWith } from '../../src/lib/fields'
import { L } from '../../src/lib/i18n'
import { DAY, schedulesGroup } from './labels'

export const dayKinds = {
  holiday: L('休息日(節假日)', 'Day off (holiday)'),
  workday: L('工作日(調休上班)', 'Working day (make-up day)'),
}

export const CalendarDays: CollectionConfig = {
  slug: 'calendar-days',
  labels: { singular: L('工作日曆調整', 'Calendar override'), plural: L('工作日曆', 'Working-day calendar') },
  admin: {
    group: schedulesGroup,
    useAsTitle: 'day',
    defaultColumns: ['day', 'kind', 'name', 'site'],
    description: L(
      '已預載中國大陸法定節假日與調休;此處按站點調整某一天。未公佈安排的年份只按週末計休息日,請在此補錄。',
      'Mainland public holidays and make-up days are preloaded; adjust a single day per site here. A year with no published schedule counts only weekends as days off until it is filled in here.',
    ),
    components: { beforeList: ['/src/admin/schedules/CalendarGaps#CalendarGaps'] },
  },
  access: { read: signedIn, create: signedIn, update: signedIn, delete: signedIn },
  custom: { site: true },
  indexes: [{ fields: ['site', 'day'], unique: true }],
  fields: [
    text('day', L('日期', 'Date'), {
      required: true,
      maxLength: 10,
      index: true,
      admin: { placeholder: '2027-01-01', description: L('格式 YYYY-MM-DD', 'Format YYYY-MM-DD') },
      validate: validateWith((v) => DAY.test(String(v)) && isDayString(String(v)), L('日期格式為 YYYY-MM-DD,且是日曆上有的日子,例如 2027-01-01', 'Use YYYY-MM-DD, a day the calendar has, e.g. 2027-01-01')),
    } as never),
    select('kind', L('類型', 'Kind'), dayKinds, { required: true, defaultValue: 'holiday' }),
    text('name', L('名稱', 'Name'), { maxLength: 100, admin: { placeholder: '元旦' } }),
  ],
}
