/**
 * OFFICE-11 人事檔案: only HR (holders of `hr` at the file's site) creates a file; the file takes the
 * person's department and a number within it (人事檔案按部門編號保存), e.g. 技术部-003.
 */
import type { Access, CollectionBeforeChangeHook, FieldAccess } from 'payload'
import { isServerCall } from '../../../hooks/access'
import { refuse } from '../../../src/lib/errors'
import { L } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { readerSites } from '../../../hooks/secret'
import { staffOnSite } from '../access-cards/hooks'

export const HR_READERS = ['hr']

const texts = {
  noPerson: L('員工不存在', 'No such staff member'),
  person: L('檔案所屬員工不能更改', 'The employee of a file cannot change'),
  duplicate: L('{name} 已有人事檔案', '{name} already has a personnel file'),
}

/** Create: a holder of the HR position at the site named in the data (no site: not decided here, siteChosen answers). */
export const hrOnly: Access = async ({ req, data }) => {
  if (!req.user) return false
  const sites = await readerSites(req, { open: [], readers: HR_READERS })
  const site = idOf((data as { site?: unknown } | undefined)?.site)
  return site ? sites.has(site) : sites.size > 0
}

export const fileBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  if (operation === 'update') {
    if (data.person !== undefined && idOf(data.person) !== idOf(originalDoc?.person)) refuse(req, texts.person, {}, 409)
    return data
  }
  const person = await staffOnSite(req, o.person, site)
  if (!person) refuse(req, texts.noPerson, {}, 404)
  const existing = await req.payload.count({ collection: 'personnel-files', where: { and: [{ site: { equals: site } }, { person: { equals: person!.id } }] }, overrideAccess: true, req })
  if (existing.totalDocs) refuse(req, texts.duplicate, { name: person!.name }, 409)
  const department = idOf(person!.department)
  const dep = department ? await req.payload.findByID({ collection: 'departments', id: department, depth: 0, overrideAccess: true, req, disableErrors: true }) : null
  const inDepartment = await req.payload.count({
    collection: 'personnel-files',
    where: { and: [{ site: { equals: site } }, department ? { department: { equals: department } } : { department: { exists: false } }] },
    overrideAccess: true,
    req,
  })
  data.department = department ?? null
  data.fileNumber = `${(dep?.name as string | undefined) ?? '未分部门'}-${String(inDepartment.totalDocs + 1).padStart(3, '0')}`
  return data
}

/** A field pointing at a personnel file (the leaving checklist's): read only by HR at the record's site, or server code. */
export const hrField: FieldAccess = async ({ req, doc }) => {
  if (isServerCall(req) && !req.user) return true
  const site = idOf((doc as { site?: unknown } | undefined)?.site)
  return Boolean(site && (await readerSites(req, { open: [], readers: HR_READERS })).has(site))
}
