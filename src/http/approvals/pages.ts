/** Plain server-rendered pages for e-mailed approval links: small, readable on a phone, no scripts. */
import { signatureLine, viewWords, type ApprovalView, type Row } from '../../../hooks/approval/summary'
import { L, pick, type Label } from '../../lib/i18n'

export const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export const texts = {
  app: L('前臺審批', 'Front desk approval'),
  confirmTitle: L('請確認您的審批', 'Confirm your decision'),
  intro: L('{name},以下表單等待您以「{position}」身份審批。確認後才會生效。', '{name}, the form below is waiting for your decision as {position}. Nothing happens until you confirm.'),
  comment: L('批語(駁回時必填)', 'Comment (required to reject)'),
  approve: L('確認同意', 'Approve'),
  reject: L('確認駁回', 'Reject'),
  chosenApprove: L('您在郵件中點擊了「同意」。', 'You chose "Approve" in the e-mail.'),
  chosenReject: L('您在郵件中點擊了「駁回」。', 'You chose "Reject" in the e-mail.'),
  doneApproved: L('已同意。謝謝!', 'Approved. Thank you!'),
  doneRejected: L('已駁回,表單已退回提交人。', 'Rejected. The form has been returned to its author.'),
  doneNext: L('表單已轉給下一位審批人。', 'The form has gone on to the next approver.'),
  doneFinal: L('這是最後一步,表單已批准。', 'That was the last step: the form is approved.'),
  problem: L('無法審批', 'This link cannot be used'),
  invalid: L('這個鏈接無效(可能複製不完整或已被改動)。請使用郵件中的原始鏈接。', 'This link is not valid (it may be incomplete or altered). Please use the link exactly as in the e-mail.'),
  expired: L('這個鏈接已過期。請在前臺系統的「待我審批」中處理,或請提交人重新提交。', 'This link has expired. Please decide in the front desk under "Waiting for me", or ask the author to resubmit.'),
  used: L('這個鏈接已經使用過,每個鏈接只能使用一次。', 'This link was already used; each link works once.'),
  otherPerson: L('這個鏈接是發給 {name} 的,您目前以 {viewer} 身份登錄,不能使用。', 'This link was sent to {name}; you are signed in as {viewer}, so you cannot use it.'),
  nothingChanged: L('沒有做任何更改。', 'Nothing was changed.'),
  failed: L('處理時出錯,沒有做任何更改。請稍後再試。', 'Something went wrong; nothing was changed. Please try again later.'),
}

const htmlLang = (lang: string) => (lang === 'en' ? 'en' : lang === 'zh-TW' ? 'zh-Hant' : 'zh-Hans')

export function page(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${htmlLang(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)} · ${esc(pick(texts.app, lang))}</title>
<style>
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f4f5;color:#18181b;font-size:16px;line-height:1.5}
main{max-width:640px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
h1{font-size:20px;margin:0 0 12px}h2{font-size:17px;margin:16px 0 8px}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:8px 4px;border-bottom:1px solid #e4e4e7;vertical-align:top}
th{width:38%;color:#52525b;font-weight:500}
textarea{width:100%;box-sizing:border-box;min-height:96px;font:inherit;padding:8px;border:1px solid #d4d4d8;border-radius:6px}
.buttons{display:flex;gap:12px;margin-top:16px;flex-wrap:wrap}
button{flex:1 1 140px;font:inherit;font-size:18px;padding:14px;border:0;border-radius:8px;color:#fff;cursor:pointer}
.approve{background:#15803d}.reject{background:#b91c1c}.chosen{outline:3px solid #facc15}
.compare th,.compare td{width:auto}.compare .changed{font-weight:600;color:#b45309}
ol.signatures{padding-left:20px;margin:0}ol.signatures li{margin-bottom:6px}
.note{color:#52525b;font-size:14px}.problem{border-left:4px solid #b91c1c}.ok{border-left:4px solid #15803d}
</style></head>
<body><main><div class="card">${body}</div></main></body></html>`
}

export const summaryTable = (title: string, rows: Row[]) =>
  `<h2>${esc(title)}</h2><table>${rows.map((r) => `<tr><th>${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`).join('')}</table>`

/** The comparison (now / asked for), the summary and the earlier signatures with their comments. */
export function viewSection(lang: string, view: ApprovalView) {
  const t = (label: Label) => esc(pick(label, lang))
  const compare = view.compare.length
    ? `<h2>${t(viewWords.compare)}</h2><table class="compare"><tr><th>${t(viewWords.item)}</th><th>${t(viewWords.current)}</th><th>${t(viewWords.next)}</th></tr>${view.compare
        .map((c) => `<tr><th>${esc(c.label)}</th><td>${esc(c.current)}</td><td${c.changed ? ' class="changed"' : ''}>${esc(c.next)}</td></tr>`)
        .join('')}</table>`
    : ''
  const signatures = view.signatures.length
    ? `<ol class="signatures">${view.signatures.map((s) => `<li>${esc(signatureLine(s, view, lang))}</li>`).join('')}</ol>`
    : `<p class="note">${t(viewWords.noSignatures)}</p>`
  return `<h2>${esc(view.title)}</h2>${compare}<h2>${t(viewWords.details)}</h2><table>${view.rows.map((r) => `<tr><th>${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`).join('')}</table><h2>${t(viewWords.signatures)}</h2>${signatures}`
}

export function confirmPage(lang: string, o: { intro: string; view: ApprovalView; action: string; chosen?: 'approve' | 'reject' }) {
  const t = (label: Label) => esc(pick(label, lang))
  const chosen = o.chosen === 'approve' ? `<p class="note">${t(texts.chosenApprove)}</p>` : o.chosen === 'reject' ? `<p class="note">${t(texts.chosenReject)}</p>` : ''
  return page(lang, pick(texts.confirmTitle, lang), `
<h1>${t(texts.confirmTitle)}</h1>
<p>${esc(o.intro)}</p>
${viewSection(lang, o.view)}
${chosen}
<form method="post" action="${esc(o.action)}">
<label for="comment"><h2>${t(texts.comment)}</h2></label>
<textarea id="comment" name="comment" maxlength="2000"></textarea>
<div class="buttons">
<button type="submit" name="decision" value="approved" class="approve${o.chosen === 'approve' ? ' chosen' : ''}">${t(texts.approve)}</button>
<button type="submit" name="decision" value="rejected" class="reject${o.chosen === 'reject' ? ' chosen' : ''}">${t(texts.reject)}</button>
</div>
</form>`)
}

export const messagePage = (lang: string, heading: string, message: string, ok = false) =>
  page(lang, heading, `<div class="${ok ? 'ok' : 'problem'}" style="padding-left:12px"><h1>${esc(heading)}</h1><p>${esc(message)}</p></div>`)
