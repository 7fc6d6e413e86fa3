/**
 * PROP-13/14 借鑰匙登記表: who may borrow and how (staff with their work ID; contractors through an
 * engineering staff member; owners of unoccupied units through sales staff), the return with the count
 * checked, and the 借匙催還單 with a work message to the borrowing department's head when a key has been
 * out for more than a week (the `due` deadline, repeated daily until the key is back).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { langOf, refuse } from '../../../src/lib/errors'
import { L, pick, type Label } from '../../../src/lib/i18n'
import { idOf, siteOf } from '../../../src/lib/hooks'
import { asServer } from '../../../src/lib/serverReq'
import { sql } from '@payloadcms/db-postgres'
import { holdersByPosition } from '../../../src/lib/holders'
import { localDay } from '../../../src/lib/calendar'
import { daysBetween } from '../../../src/lib/format'
import { sitesInfo } from '../../../src/lib/site'
import { publicUrl } from '../../../src/lib/publicUrl'
import { tableOf, txOf } from '../../../src/lib/tx'
import { mustBeOnSite, onSite, onSiteMany } from '../../../hooks/onSite'
import { tellMany, type Tell } from '../../../hooks/notify/tell'
import { createAudited, transitionMany } from '../../../hooks/lifecycle/batch'
import type { DeadlineBatchArgs } from '../../../hooks/deadlines'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import type { FormDoc } from '../../../hooks/form/types'
import { keyOnSite, moveKey } from '../keys/hooks'

/** PROP-13/14: out → (after 7 days) overdue → returned with the count checked; a key reported lost ends the loan. */
export const loanLifecycle: LifecycleSpec = {
  states: {
    out: { label: L('借出中', 'Out'), color: '#d97706' },
    overdue: { label: L('逾期未還', 'Overdue'), color: '#dc2626' },
    returned: { label: L('已歸還', 'Returned'), color: '#16a34a' },
    lost: { label: L('遺失/損壞', 'Lost or damaged'), color: '#6b7280' },
  },
  transitions: [
    { from: 'out', to: 'overdue', label: L('逾期未還', 'Overdue'), by: 'server' },
    {
      from: ['out', 'overdue'],
      to: 'returned',
      label: L('登記歸還', 'Record the return'),
      by: ['cs-assistant', 'cs-supervisor', 'front-desk', 'office-director'],
      tone: 'primary',
      when: 'returnedAt',
      guard: ({ req, doc }) => {
        const back = doc.returnedQuantity
        if (back == null || back === '') refuse(req, L('請核對鑰匙數量,填寫歸還數量', 'Count the keys and enter how many came back'), {}, 400)
        if (Number(back) !== Number(doc.quantity)) {
          refuse(
            req,
            L(
              '歸還數量({back} 把)與借出數量({lent} 把)不符,不能登記歸還;如有遺失或損壞,請填寫鑰匙管理備忘錄',
              'The count returned ({back}) does not match the count lent ({lent}); a lost or damaged key is recorded on a key memo',
            ),
            { back, lent: doc.quantity },
            409,
          )
        }
      },
      // The receiver is whoever checked the count (the person taking the transition).
      set: ({ doc, user }) => ({ returnedAt: doc.returnedAt ?? new Date().toISOString(), receiver: user?.id ?? doc.receiver ?? null }),
      effects: [async ({ req, doc }) => void (await moveKey(req, doc.key, 'in'))],
    },
    { from: ['out', 'overdue'], to: 'lost', label: L('鑰匙遺失/損壞', 'Key lost or damaged'), by: 'server' },
  ],
  // The loan's own hooks act on what a person enters (the key, the borrower, the return) and on a
  // create: a server's state change (overdue, lost) gives them nothing to do, so a sweep's batch is set-wise.
  batch: {},
}

const noDepartment = L('部門不存在', 'No such department')

export const kindTexts = {
  contractorAgent: L('施工單位借鑰匙須由工程部人員代借:請選擇代借的工程人員', 'A contractor borrows through an engineering staff member: choose the engineer'),
  ownerAgent: L('未入住業主借鑰匙須由售樓人員代借:請選擇代借的售樓人員', 'An owner of an unoccupied unit borrows through sales staff: choose the sales person'),
  notEngineer: L('{name} 不是本站點的工程部人員,不能為施工單位代借', '{name} is not an engineering staff member of this site and cannot borrow for a contractor'),
  notSales: L('{name} 不是本站點的售樓人員,不能為業主代借', '{name} is not a sales staff member of this site and cannot borrow for an owner'),
  workId: L('請檢查借匙人的工作證,填寫工作證號', "Check the borrower's work ID and enter its number"),
  contractor: L('請填寫施工單位', 'Enter the contractor'),
  department: L('請選擇借匙部門', 'Choose the borrowing department'),
  signed: L('請借匙人簽名確認', 'The borrower signs for the keys'),
  notIn: L('鑰匙 {keyNumber} 目前{state},不能借出', 'Key {keyNumber} is {state} and cannot be lent'),
  tooMany: L('借出數量({n} 把)超過該套鑰匙的數量({max} 把)', 'Lending {n} keys but the set has {max}'),
  fixed: L('借出後不能更改鑰匙、數量或借匙人;如有錯誤請先登記歸還再重新登記', 'The key, count and borrower cannot change once lent; record the return and lend again'),
  backBefore: L('歸還時間不能早於借出時間', 'The return cannot be before the loan'),
  owner: L('未入住業主借匙:{unit} 已入住', 'Owners of unoccupied units only: {unit} is occupied'),
}

const stateWords: Record<string, Label> = {
  out: L('已借出', 'out'),
  overdue: L('逾期未還', 'overdue'),
  lost: L('已遺失/損壞', 'lost or damaged'),
  handed: L('已交業主', 'handed to its owner'),
}

const FIXED = ['key', 'quantity', 'borrowerKind', 'borrowerName', 'workId', 'agent', 'lentAt']

export const loanBeforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const o = { ...(operation === 'update' ? originalDoc : {}), ...data }
  const site = siteOf(o)
  if (!site) return data
  if (operation === 'update') {
    const changed = FIXED.filter((f) => data[f] !== undefined && String(idOf(data[f]) ?? data[f] ?? '') !== String(idOf(originalDoc?.[f]) ?? originalDoc?.[f] ?? ''))
    // lentAt is compared as an instant
    const moved = changed.filter((f) => f !== 'lentAt' || new Date(data.lentAt).getTime() !== new Date(originalDoc?.lentAt).getTime())
    if (moved.length) refuse(req, kindTexts.fixed, {}, 409)
    if (o.returnedAt && new Date(o.returnedAt) < new Date(o.lentAt)) refuse(req, kindTexts.backBefore)
    if (data.department !== undefined) await mustBeOnSite(req, 'departments', o.department, site, noDepartment)
    return data
  }
  const key = await keyOnSite(req, o.key, site)
  if (key.status !== 'in') refuse(req, kindTexts.notIn, { keyNumber: key.keyNumber, state: stateWords[key.status] ? pick(stateWords[key.status], langOf(req)) : key.status }, 409)
  if (Number(o.quantity) > Number(key.quantity)) refuse(req, kindTexts.tooMany, { n: o.quantity, max: key.quantity }, 409)
  if (!o.borrowerSigned) refuse(req, kindTexts.signed)
  const kind = String(o.borrowerKind ?? 'staff')
  if (kind !== 'owner' && !String(o.workId ?? '').trim()) refuse(req, kindTexts.workId)
  let agentDepartment: number | undefined
  if (kind === 'contractor' || kind === 'owner') {
    if (kind === 'contractor' && !String(o.contractor ?? '').trim()) refuse(req, kindTexts.contractor)
    if (!idOf(o.agent)) refuse(req, kind === 'contractor' ? kindTexts.contractorAgent : kindTexts.ownerAgent)
    const position = kind === 'contractor' ? 'engineer' : 'sales'
    const holders = (await holdersByPosition(req.payload, site, [position], req)).get(position) ?? []
    // The agent is staff of this site (the validation layer answers another site's id as a missing one).
    const staff = (await req.payload.findByID({ collection: 'staff', id: idOf(o.agent)!, depth: 0, overrideAccess: true, req, disableErrors: true })) as { name?: string; department?: unknown } | null
    if (!holders.some((h) => h.id === idOf(o.agent))) refuse(req, kind === 'contractor' ? kindTexts.notEngineer : kindTexts.notSales, { name: staff?.name ?? '' }, 409)
    agentDepartment = idOf(staff?.department)
  }
  if (kind === 'owner') {
    const unit = await onSite<{ code: string; occupied?: boolean }>(req, 'units', key.unit, site)
    if (unit?.occupied) refuse(req, kindTexts.owner, { unit: unit.code }, 409)
  }
  if (!idOf(o.department) && agentDepartment) data.department = agentDepartment
  if (!idOf(data.department ?? o.department)) refuse(req, kindTexts.department)
  const department = await mustBeOnSite<{ name: string }>(req, 'departments', data.department ?? o.department, site, noDepartment)
  Object.assign(data, { keyNumber: key.keyNumber, unitCode: key.unitCode ?? '', departmentName: department.name })
  return data
}

/** A new loan takes the key out of the cabinet (the key's own transition: refused if it is not in). */
export const loanAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && doc.status === 'out') await moveKey(req, doc.key, 'out')
  return doc
}

/**
 * Who is told about each overdue loan: the borrowing department's head, else the department heads,
 * else the desk's supervisor, else the office director — whoever holds the first of these at the
 * loan's site now (undefined: nobody). The batch's departments, their head positions and each site's
 * holders are read once.
 */
async function headsOf(req: PayloadRequest, loans: FormDoc[]): Promise<(string | undefined)[]> {
  // A department of another site is no department of the loan's.
  const departments = await onSiteMany<{ head?: unknown }>(req, 'departments', loans.map((l) => ({ id: l.department, site: l.site })))
  const headIds = [...new Set(departments.map((d) => idOf(d?.head)).filter((id): id is number => id != null))]
  const { docs: heads } = headIds.length
    ? await req.payload.find({ collection: 'positions', where: { id: { in: headIds } }, depth: 0, limit: headIds.length, pagination: false, overrideAccess: true, req })
    : { docs: [] }
  const positions = new Map(heads.map((p) => [Number(p.id), p.slug as string | undefined]))
  const chains = loans.map((loan, i) => {
    const head = positions.get(idOf(departments[i]?.head) ?? 0)
    return [...new Set([head, 'department-head', 'cs-supervisor', 'office-director'].filter((slug): slug is string => Boolean(slug)))]
  })
  const held = new Map<number, Map<string, unknown[]>>()
  for (const site of new Set(loans.map((l) => siteOf(l)!))) {
    const slugs = [...new Set(loans.flatMap((l, i) => (siteOf(l) === site ? chains[i] : [])))]
    held.set(site, await holdersByPosition(req.payload, site, slugs, req))
  }
  return loans.map((loan, i) => chains[i].find((slug) => held.get(siteOf(loan)!)!.get(slug)?.length))
}

/** How many reminders each loan has had (one read). */
async function remindersSoFar(req: PayloadRequest, loans: FormDoc[]): Promise<Map<number, number>> {
  const tx = await txOf(req)
  const ids = loans.map((l) => sql`${Number(l.id)}`)
  const { rows } = await tx.execute(
    sql`SELECT loan_id AS loan, count(*)::int AS n FROM ${sql.identifier(tableOf(req.payload, 'key-reminders'))} WHERE loan_id IN (${sql.join(ids, sql`, `)}) GROUP BY loan_id`,
  )
  return new Map(rows.map((r) => [Number(r.loan), Number(r.n)]))
}

/**
 * PROP-14 (JOB-01): the `due` deadline of loans out for more than 7 days, for a batch of them — for
 * each a 借匙催還單 (numbered; printable: GET /api/key-reminders/:id/print) and a work message to the
 * borrowing department's head; its key shows as overdue in the cabinet. Repeated every day until the
 * key is returned (the deadline's `repeat`). Set-wise: the notices in one INSERT, the keys moved in one
 * transition (`transitionMany`), the messages by `tellMany`.
 */
export async function remindBorrowers({ req, docs: loans, now }: DeadlineBatchArgs): Promise<boolean[]> {
  const sites = await sitesInfo(req.payload, loans.map((l) => siteOf(l)), req)
  const rounds = await remindersSoFar(req, loans)
  const facts = loans.map((loan) => {
    const { timeZone } = sites.get(siteOf(loan))!
    return { round: (rounds.get(Number(loan.id)) ?? 0) + 1, days: daysBetween(localDay(loan.lentAt as string, timeZone), localDay(now, timeZone)) }
  })
  const reminders = await createAudited(
    req,
    'key-reminders',
    loans.map((loan, i) => ({
      site: siteOf(loan),
      loan: Number(loan.id),
      round: facts[i].round,
      issuedAt: now.toISOString(),
      keyNumber: loan.keyNumber,
      unitCode: loan.unitCode,
      quantity: loan.quantity,
      borrowerName: loan.borrowerName,
      workId: loan.workId,
      contractor: loan.contractor,
      department: idOf(loan.department),
      departmentName: loan.departmentName,
      lentAt: loan.lentAt,
      daysOut: facts[i].days,
    })),
  )
  await keysOverdue(req, loans)
  const heads = await headsOf(req, loans)
  const told = loans.flatMap((loan, i) => {
    if (!heads[i]) return []
    const tell: Tell = {
      to: [{ position: heads[i] }],
      title: L('借匙催還單:鑰匙 {keyNumber} 借出已 {days} 天', 'Key reminder: key {keyNumber} out for {days} days'),
      body: L(
        '{departmentName} {borrowerName}{contractorText}於 {lent} 借出 {unitCode} 鑰匙 {keyNumber} 共 {quantity} 把,已超過一星期未還,請督促盡快歸還客戶中心。第 {round} 次催還。催還單:{link}',
        '{borrowerName} ({departmentName}{contractorText}) borrowed key {keyNumber} of {unitCode} ({quantity}) on {lent}; it has been out for more than a week. Please have it returned to the service centre. Reminder {round}. Notice: {link}',
      ),
      values: {
        ...loan,
        ...facts[i],
        contractorText: loan.contractor ? `(${loan.contractor})` : '',
        link: `${publicUrl()}/api/key-reminders/${reminders[i].id}/print`,
      },
      dates: { lent: loan.lentAt as string },
      related: { collection: 'key-reminders', id: reminders[i].id },
    }
    return [{ doc: loan, tell }]
  })
  if (told.length) await tellMany(req, 'key-loans', told)
  return loans.map(() => true)
}

/** The loans' keys still out (of the loan's own site) shown as overdue in the cabinet: one set-wise transition. */
async function keysOverdue(req: PayloadRequest, loans: FormDoc[]) {
  const keys = await onSiteMany<{ status?: string }>(req, 'keys', loans.map((l) => ({ id: l.key, site: l.site })))
  const out = [...new Set(keys.flatMap((k) => (k?.status === 'out' ? [k.id] : [])))]
  if (out.length && !(await transitionMany(asServer(req), 'keys', out, 'overdue'))) for (const key of out) await moveKey(req, key, 'overdue')
}
