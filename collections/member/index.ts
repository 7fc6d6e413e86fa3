/**
 * 會員服務 — the salon's and the gym's desk (MEMBER-01 to MEMBER-06): members and their tiers,
 * appointments with the morning meeting's targets, birthdays and their gifts, consultations and
 * deals, the 19:00 daily report (sent at 19:30), class timetables and service handouts, and the
 * acknowledgement of the scripts and the forbidden phrases.
 */
import { defineDesk } from '../desk'
import { L } from '../../src/lib/i18n'
import { Members } from './members'
import { MemberTiers } from './member-tiers'
import { Appointments } from './appointments'
import { DailyTargets } from './daily-targets'
import { BirthdayGifts } from './birthday-gifts'
import { Consultations } from './consultations'
import { LostReasons } from './lost-reasons'
import { DailyReports } from './daily-reports'
import { Timetables } from './timetables'
import { Acknowledgements } from './acknowledgements'
import { MemberSettings } from './member-settings'
import { seedMember } from './seed'
import { draftReports } from './daily-reports/hooks'
import { memberToday } from './today'

export const memberDesk = defineDesk({
  slug: 'member',
  label: L('會員服務', 'Members'),
  forms: [Appointments, DailyTargets, Members, BirthdayGifts, Consultations, DailyReports, Timetables, Acknowledgements, MemberTiers, LostReasons, MemberSettings],
  admin: {
    views: {
      // MEMBER-02/03 the morning list: today's appointments and targets, expected customers' files, birthdays.
      memberToday: { Component: '/src/admin/member/TodayView#MemberTodayView', path: '/member-today' },
      // MEMBER-04 the daily reports' figures for any range, with the chart.
      memberReports: { Component: '/src/admin/member/ReportsView#MemberReportsView', path: '/member-reports' },
    },
    navLinks: ['/src/admin/member/NavLinks#MemberNavLinks'],
  },
  quickActions: [
    { label: L('今日會員服務', 'Today (members)'), path: '/member-today' },
    { label: L('新預約', 'New appointment'), collection: 'appointments' },
    { label: L('登記諮詢/成交', 'Log a consultation'), collection: 'consultations' },
    { label: L('填寫日報表', 'Daily report'), collection: 'daily-reports' },
    { label: L('日報表統計', 'Daily report figures'), path: '/member-reports' },
  ],
  today: memberToday,
  sweeps: [
    { name: 'member.daily-report-draft', rule: 'MEMBER-04', when: 'frequent', label: L('日報表:19:00 備好當日草稿', 'Daily report: the day’s draft ready at 19:00'), run: (ctx) => draftReports(ctx) },
  ],
  seed: seedMember,
})
