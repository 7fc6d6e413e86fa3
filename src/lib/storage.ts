/**
 * CORE-05: attachments are files on disk (UPLOAD_DIR) unless S3-compatible storage is configured
 * with S3_BUCKET (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY). The plugin is
 * always in the config (disabled without S3_BUCKET) and always adds its fields, so that the database
 * schema — one migration for every deployment — does not depend on where files are kept.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Field, FieldAccess, Plugin } from 'payload'

/** Where a file is kept (the storage's `prefix` and `_objectKey`) is the server's to say: a client's value is dropped. */
const STORAGE_FIELDS = new Set(['prefix', '_objectKey'])
const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
const storageFieldsServerOnly: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    c.slug !== 'documents' ? c : { ...c, fields: c.fields.map((f) => ('name' in f && STORAGE_FIELDS.has(f.name) ? ({ ...f, access: serverOnly } as Field) : f)) },
  ),
})

export const attachmentStorage = (): Plugin[] => [
  s3Storage({
    enabled: Boolean(process.env.S3_BUCKET),
    alwaysInsertFields: true,
    collections: { documents: true },
    bucket: process.env.S3_BUCKET ?? '',
    config: {
      endpoint: process.env.S3_ENDPOINT || undefined,
      region: process.env.S3_REGION || 'us-east-1',
      forcePathStyle: Boolean(process.env.S3_ENDPOINT),
      credentials: {
        accessKeyId: process.env.S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '',
      },
    },
  }),
  storageFieldsServerOnly,
]
