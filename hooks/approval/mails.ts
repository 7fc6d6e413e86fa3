/** The approval e-mail (summary + Approve / Reject links) and the notice to the author on rejection. */
import type { PayloadRequest } from 'payload'
import type { FormDoc } from '../form/types'
import type { Holder } from '../../src/lib/holders'
import { idOf } from '../../src/lib/hooks'
import { fill, L, pick } from '../../src/lib/i18n'
import { queueMail } from '../../src/lib/mail'
import { sendMessage } from '../notify/messages'
import { publicUrl } from '../../src/lib/publicUrl'
import { staffById } from '../notify/recipients'
import { tokenDays } from './tokens'
import { approvalView, signatureLine, summaryOf, viewText, viewWords, type ApprovalView } from './summary'

export { publicUrl }
export const approvalLink = (token: string, decision?: 'approve' | 'reject') => `${publicUrl()}/approve/${token}${decision ? `?d=${decision}` : ''}`

const t = {
  subject: L('請審批:{title}', 'Approval needed: {title}'),
  hello: L('{name} 您好:', 'Hello {name},'),
  intro: L('以下表單等待您以「{position}」身份審批:', 'The form below is waiting for your decision as {position}:'),
  approve: L('同意', 'Approve'),
  reject: L('駁回', 'Reject'),
  how: L('點擊鏈接後會先顯示確認頁面,在頁面上確認後才生效。鏈接 {days} 天內有效,只能使用一次。', 'Each link first opens a confirmation page; nothing happens until you confirm there. The links are valid for {days} days and work once.'),
  rejectedTitle: L('已駁回:{title}', 'Rejected: {title}'),
  rejectedBody: L('您提交的表單被駁回,原因:{reason}\n可修改後重新提交。', 'The form you submitted was rejected. Reason: {reason}\nYou can change it and submit it again.'),
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export async function positionName(req: PayloadRequest, slug: string, lang: string) {
  const p = (await req.payload.find({ collection: 'positions', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true, req })).docs[0]
  return p ? pick({ zh: p.name as string, 'zh-TW': p.nameTW as string, en: p.nameEn as string }, lang) : slug
}

export async function approvalRequestMail(
  req: PayloadRequest,
  { slug, doc, approver, position, token }: { slug: string; doc: FormDoc; approver: Holder; position: string; token: string },
) {
  const lang = approver.language
  const view = await approvalView(req.payload, slug, doc.id, lang, req)
  const { title } = view
  const values = { name: approver.name, title, position: await positionName(req, position, lang), days: tokenDays() }
  const approve = approvalLink(token, 'approve')
  const reject = approvalLink(token, 'reject')
  const text = [
    fill(pick(t.hello, lang), values),
    '',
    fill(pick(t.intro, lang), values),
    '',
    title,
    ...viewText(view, lang),
    '',
    `${pick(t.approve, lang)}: ${approve}`,
    `${pick(t.reject, lang)}: ${reject}`,
    '',
    fill(pick(t.how, lang), values),
  ].join('\n')
  const button = (href: string, label: string, color: string) =>
    `<a href="${esc(href)}" style="display:inline-block;padding:12px 24px;margin:4px 8px 4px 0;background:${color};color:#fff;text-decoration:none;border-radius:6px;font-size:16px">${esc(label)}</a>`
  const html = `<div style="font-family:sans-serif;max-width:600px">
<p>${esc(fill(pick(t.hello, lang), values))}</p>
<p>${esc(fill(pick(t.intro, lang), values))}</p>
<h2 style="font-size:18px">${esc(title)}</h2>
${viewHtml(view, lang)}
<p>${button(approve, pick(t.approve, lang), '#15803d')}${button(reject, pick(t.reject, lang), '#b91c1c')}</p>
<p style="color:#555;font-size:13px">${esc(fill(pick(t.how, lang), values))}</p>
</div>`
  await queueMail(req.payload, { to: approver.email, subject: fill(pick(t.subject, lang), values), text, html, related: { collection: slug, id: doc.id }, site: doc.site }, req)
}

const th = 'text-align:left;padding:4px 8px;border-bottom:1px solid #ddd;white-space:nowrap'
const td = 'padding:4px 8px;border-bottom:1px solid #ddd'

/** The comparison, the summary and the earlier signatures as e-mail HTML (inline styles only). */
export function viewHtml(view: ApprovalView, lang: string): string {
  const w = (label: Parameters<typeof pick>[0]) => esc(pick(label, lang))
  const compare = view.compare.length
    ? `<h3 style="font-size:16px">${w(viewWords.compare)}</h3><table data-compare style="border-collapse:collapse;width:100%"><tr><th style="${th}">${w(viewWords.item)}</th><th style="${th}">${w(viewWords.current)}</th><th style="${th}">${w(viewWords.next)}</th></tr>${view.compare
        .map((c) => `<tr><th style="${th}">${esc(c.label)}</th><td style="${td}">${esc(c.current)}</td><td style="${td}${c.changed ? ';font-weight:bold;color:#b45309' : ''}">${esc(c.next)}</td></tr>`)
        .join('')}</table>`
    : ''
  const rows = `<table style="border-collapse:collapse;width:100%">${view.rows.map((r) => `<tr><th style="${th}">${esc(r.label)}</th><td style="${td}">${esc(r.value)}</td></tr>`).join('')}</table>`
  const signatures = `<h3 style="font-size:16px">${w(viewWords.signatures)}</h3>${
    view.signatures.length
      ? `<ol data-signatures>${view.signatures.map((s) => `<li style="margin-bottom:4px">${esc(signatureLine(s, view, lang))}</li>`).join('')}</ol>`
      : `<p style="color:#555">${w(viewWords.noSignatures)}</p>`
  }`
  return `${compare}${rows}${signatures}`
}

/** WF-05: a rejection returns the form to its author with the reason (work message and e-mail). */
export async function tellAuthor(req: PayloadRequest, slug: string, doc: FormDoc, reason: string) {
  const author = idOf(doc.submittedBy)
  if (author == null) return
  const person = await req.payload.findByID({ collection: 'staff', id: author, depth: 0, overrideAccess: true, req })
  const lang = (person.language as string) ?? 'zh'
  const { title } = await summaryOf(req.payload, slug, doc.id, lang, req)
  const values = { title, reason }
  // The work message reaches the author only while they work at the form's site (the mail always goes).
  if ((await staffById(req.payload, [author], req, doc.site)).length) {
    await sendMessage(req.payload, { site: doc.site, title: t.rejectedTitle, body: t.rejectedBody, to: [{ staff: author }], values, related: { collection: slug, id: doc.id } }, req)
  }
  await queueMail(req.payload, {
    to: person.email as string,
    subject: fill(pick(t.rejectedTitle, lang), values),
    text: fill(pick(t.rejectedBody, lang), values),
    related: { collection: slug, id: doc.id },
    site: doc.site,
  }, req)
}
