/**
 * The dashboard's first panel (JOB-03, JOB-01): today is the desk home (src/admin/home/HomePanel.tsx) —
 * today's routine, messages, approvals, what is due for the desk as readable sentences, quick actions,
 * and for managers the day's figures. Kept under this name for the dashboard's component path.
 */
export { HomePanel as TodayPanel } from '../home/HomePanel'
