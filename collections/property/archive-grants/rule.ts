/** PROP-03: which grants let a person read an owner archive now (hooks/secret.ts reads it): registered, for them, valid now. */
import type { SecretSpec } from '../../../hooks/secret'

export const archiveGrantRule: SecretSpec['grants'] = {
  collection: 'archive-grants',
  record: 'archive',
  reader: 'reader',
  from: 'validFrom',
  until: 'validUntil',
  where: { status: { equals: 'registered' } },
}
