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
import { holdersByPosition, holdersOf } from '../../../src/lib/holders'
import { localDay } from '../../../src/lib/calendar'
import { daysBetween, shortDateTime } from '../../../src/lib/format'
import { siteInfo } from '../../../src/lib/site'
import { publicUrl } from '../../../src/lib/publicUrl'
import { mustBeOnSite, onSite } from '../../../hooks/onSite'
import { sendMessage } from '../../../hooks/notify/messages'
import type { DeadlineArgs } from '../../../hooks/deadlines'
import type { LifecycleSpec } from '../../../hooks/lifecycle/types'
import type { Recipient } from '../../../hooks/form/types'
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

/** Who is told about an overdue key: the borrowing department's head, else the desk's supervisor. */
async function headsOf(req: PayloadRequest, site: number, department: unknown): Promise<Recipient[]> {
  const dep = await onSite<{ head?: unknown }>(req, 'departments', department, site)
  const position = dep && idOf(dep.head) ? await req.payload.findByID({ collection: 'positions', id: idOf(dep.head)!, depth: 0, overrideAccess: true, req, disableErrors: true }) : null
  for (const slug of [position?.slug as string | undefined, 'department-head', 'cs-supervisor', 'office-director']) {
    if (slug && (await holdersOf(req.payload, site, [slug], req)).length) return [{ position: slug }]
  }
  return []
}

/**
 * PROP-14 (JOB-01): the `due` deadline of a loan out for more than 7 days — a 借匙催還單 (printable:
 * GET /api/key-reminders/:id/print) and a work message to the borrowing department's head; the key shows
 * as overdue in the cabinet. Repeated every day until the key is returned (the deadline's `repeat`).
 */
export async function remindBorrower({ req, doc, now }: DeadlineArgs): Promise<boolean> {
  const site = siteOf(doc)!
  const { timeZone } = await siteInfo(req.payload, site, req)
  const server = asServer(req)
  const { totalDocs } = await req.payload.count({ collection: 'key-reminders', where: { loan: { equals: doc.id } }, overrideAccess: true, req })
  const days = daysBetween(localDay(doc.lentAt, timeZone), localDay(now, timeZone))
  const reminder = await req.payload.create({
    collection: 'key-reminders',
    data: {
      site,
      loan: Number(doc.id),
      round: totalDocs + 1,
      issuedAt: now.toISOString(),
      keyNumber: doc.keyNumber,
      unitCode: doc.unitCode,
      quantity: doc.quantity,
      borrowerName: doc.borrowerName,
      workId: doc.workId,
      contractor: doc.contractor,
      department: idOf(doc.department),
      departmentName: doc.departmentName,
      lentAt: doc.lentAt,
      daysOut: days,
    },
    req: server,
    overrideAccess: true,
    depth: 0,
  })
  const key = await onSite<{ status: string }>(req, 'keys', doc.key, site)
  if (key?.status === 'out') await moveKey(req, doc.key, 'overdue')
  const to = await headsOf(req, site, doc.department)
  if (to.length) {
    await sendMessage(
      req.payload,
      {
        site,
        to,
        title: L('借匙催還單:鑰匙 {keyNumber} 借出已 {days} 天', 'Key reminder: key {keyNumber} out for {days} days'),
        body: L(
          '{departmentName} {borrowerName}{contractorText}於 {lent} 借出 {unitCode} 鑰匙 {keyNumber} 共 {quantity} 把,已超過一星期未還,請督促盡快歸還客戶中心。第 {round} 次催還。催還單:{link}',
          '{borrowerName} ({departmentName}{contractorText}) borrowed key {keyNumber} of {unitCode} ({quantity}) on {lent}; it has been out for more than a week. Please have it returned to the service centre. Reminder {round}. Notice: {link}',
        ),
        values: {
          ...doc,
          days,
          lent: shortDateTime(doc.lentAt, timeZone),
          round: totalDocs + 1,
          contractorText: doc.contractor ? `(${doc.contractor})` : '',
          link: `${publicUrl()}/api/key-reminders/${reminder.id}/print`,
        },
        related: { collection: 'key-reminders', id: reminder.id as number },
      },
      req,
    )
  }
  return true
}
