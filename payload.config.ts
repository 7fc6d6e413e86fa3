/** The whole schema in one place: collections, i18n, site scoping, audit, database. */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { zhTw } from '@payloadcms/translations/languages/zhTw'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { collections, desks } from './collections'
import { isAdmin } from './hooks/access'
import { withAudit } from './hooks/audit'
import { validInput } from './hooks/validInput'
import { jobs } from './jobs/config'
import { L } from './src/lib/i18n'
import { outboxEmailAdapter } from './src/lib/mailAdapter'
import { configuredPublicUrl } from './src/lib/publicUrl'
import { labelStaffSites } from './src/lib/siteLabels'
import { withCreateReturning } from './src/db/createReturning'
import { withDeferredWrites } from './src/db/deferredWrites'
import { withLazyQueries } from './src/db/lazyQueries'
import { withStaffWritesHeld } from './collections/core/staffCache'
import { withPageCount } from './src/db/pageWithCount'
import { sameAnswer } from './src/lib/sameAnswer'
import { attachmentStorage } from './src/lib/storage'
import { adminViews } from './src/lib/adminViews'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Collections whose records belong to a site (declared with `site`, the default for forms). */
const siteScoped = collections.filter((c) => c.custom?.site === true).map((c) => c.slug)

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'unset-secret-only-for-build-time',
  serverURL: configuredPublicUrl(),
  admin: {
    user: 'staff',
    avatar: 'default',
    meta: { titleSuffix: ' · 前臺 Front desk' },
    importMap: { baseDir: dirname },
    dateFormat: 'yyyy-MM-dd HH:mm',
    // The desks' nav links, rendered by DeskNavLinks for the desks enabled at the person's sites.
    dependencies: Object.fromEntries(desks.flatMap((d) => d.admin?.navLinks ?? []).map((path) => [path, { path, type: 'component' as const }])),
    // The tiles without the organisation's own records for non-administrators (src/admin/home/DeskCards.tsx).
    dashboard: { widgets: [{ slug: 'desk-cards', Component: '/src/admin/home/DeskCards#DeskCards', minWidth: 'full' }], defaultLayout: [{ widgetSlug: 'desk-cards' as never, width: 'full' }] },
    components: {
      // Issue 11: the desk home per role (src/admin/home) — routine, messages, approvals, what is due, quick actions; a manager's figures.
      beforeDashboard: ['/src/admin/schedules/TodayPanel#TodayPanel'],
      // The views of the desks enabled at the person's sites and the inbox first; the desks' groups of forms follow (hooks/deskNav.ts).
      beforeNavLinks: ['/src/admin/home/DeskNavLinks#DeskNavLinks', '/src/admin/workflow/NavLinks#WorkflowNavLinks'],
      afterNavLinks: ['/src/admin/schedules/NavLinks#StatisticsNavLink', '/src/admin/devices/NavLink#DevicesNavLink'],
      // DEV-04: the incoming-call pop-up, on every admin page.
      header: ['/src/admin/devices/CallPopupSlot#CallPopupSlot'],
      views: {
        // WF-07 the approval inbox, WF-02 the published tasks.
        approvals: { Component: '/src/admin/workflow/InboxView#InboxView', path: '/approvals' },
        tasks: { Component: '/src/admin/workflow/TasksView#TasksView', path: '/tasks' },
        statistics: { Component: '/src/admin/schedules/StatisticsView#StatisticsView', path: '/statistics' },
        devices: { Component: '/src/admin/devices/DevicesView#DevicesView', path: '/devices' },
        ...Object.assign({}, ...desks.map((d) => d.admin?.views ?? {})),
      },
    },
  },
  collections: withAudit(collections),
  // WF-09: every mail, Payload's own included, goes through the outbox (never an ethereal test account).
  email: outboxEmailAdapter(),
  // Schedules run only in the scheduler process (src/scheduler): no autoRun here.
  jobs,
  // Issue 15: a list's page and its total in one statement (src/db/pageWithCount.ts); a create answered
  // by its INSERT … RETURNING (src/db/createReturning.ts); BEGIN and the audit rows sent with the next
  // statement (src/db/deferredWrites.ts); a transaction's query builders made when used (src/db/lazyQueries.ts);
  // this process's writes of a staff member hold it out of the signed-in members kept between requests (collections/core/staffCache.ts).
  db: withStaffWritesHeld(
    withPageCount(
      withCreateReturning(
        withDeferredWrites(
          withLazyQueries(
            postgresAdapter({
              pool: { connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) },
              push: false,
              migrationDir: process.env.MIGRATION_DIR || path.resolve(dirname, 'src/migrations'),
            }),
          ),
        ),
      ),
    ),
  ),
  i18n: {
    supportedLanguages: { zh, 'zh-TW': zhTw, en },
    fallbackLanguage: 'zh',
  },
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'sites',
      tenantField: { name: 'site', label: L('站點', 'Site') },
      tenantsArrayField: { arrayFieldName: 'sites', arrayTenantFieldName: 'site', includeDefaultField: true },
      tenantSelectorLabel: L('站點', 'Site'),
      collections: Object.fromEntries(siteScoped.map((slug) => [slug, {}])),
      userHasAccessToAllTenants: (user) => isAdmin(user),
    }),
    labelStaffSites,
    // CORE-01: Payload's own doors (permissions of a record, edit locks) answer another site's id as a missing one.
    sameAnswer,
    ...attachmentStorage(),
    // One validation layer, first on every collection, and readable answers for what is left.
    validInput,
    // The panel in the desk's words and offline: 24-hour dates, array rows by their label, no code editor from the internet.
    adminViews,
  ],
  graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  telemetry: false,
  // The desks, read at run time by the sweeps, the digest and the devices (collections/desk.ts).
  custom: { desks },
})
