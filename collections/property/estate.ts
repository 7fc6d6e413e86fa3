/** The estate: buildings, units, owners and their history, owner archives and reading grants, arrears and census (PROP-01 to PROP-06). */
import type { DeskPart } from '../desk'
import { EstateBuildings } from './buildings'
import { Units } from './units'
import { Owners } from './owners'
import { UnitHistory } from './unit-history'
import { OwnerArchives } from './archives'
import { ArchiveScans } from './archive-scans'
import { ArchiveGrants } from './archive-grants'
import { Arrears } from './arrears'
import { Censuses } from './censuses'
import { seedEstate } from './estate-seed'

export const estate: DeskPart = {
  forms: [EstateBuildings, Units, Owners, UnitHistory, OwnerArchives, ArchiveGrants, Arrears, Censuses, ArchiveScans],
  seed: seedEstate,
}
