/**
 * WF-08 / JOB-05: each e-mail goes out in its recipient's language — a cc'd person and every digest
 * recipient included — proven on what a real SMTP peer receives (envelope recipients and decoded mail).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { sendDailyDigest } from '../../jobs/digest/daily'
import { localDay } from '../../src/lib/calendar'
import { languageGroups } from '../../src/lib/mail'
import { makeStaff } from '../helpers/people'
import { decode, type Peer } from './smtp-peer'
import { feeChain, feeChainHolders, feeChainStaff, feeChange, type FeeChain } from '../helpers/care'
import { useWorld } from '../helpers/world'

const w = useWorld({ mail: true, holders: feeChainHolders, staff: feeChainStaff })

let peer: Peer
let home: FeeChain

beforeAll(async () => {
  home = await feeChain(w)
  peer = w.mail!.peer
})

type Got = { rcpt: string[]; subject: string; text: string; html: string; to: string; cc: string; attachments: string[] }

/** What the peer received, decoded, with the envelope recipients (who really got each mail). */
async function received(match: (m: Got) => boolean): Promise<Got[]> {
  const { simpleParser } = await import('mailparser')
  const out: Got[] = []
  for (const r of peer.received) {
    const d = await decode(r.raw)
    const parsed = await simpleParser(r.raw)
    const got = { rcpt: r.to, ...d, attachments: parsed.attachments.map((a: { filename?: string }) => a.filename ?? '') }
    if (match(got)) out.push(got)
  }
  return out
}

/** Every address gets exactly one of the mails. */
const byAddress = (mails: Got[]) => {
  const map = new Map<string, Got[]>()
  for (const m of mails) for (const a of m.rcpt) map.set(a.toLowerCase(), [...(map.get(a.toLowerCase()) ?? []), m])
  return map
}

const HAN = /[\u4e00-\u9fff]/
const SIMPLIFIED_ONLY = /[护费变审请]/
const TRADITIONAL_ONLY = /[護費變審請]/

describe('WF-08 JOB-05 each e-mail in its recipient’s language', () => {
  it('WF-08 nobody is sent the same notification twice, and each mail speaks one language', () => {
    const p = (email: string, language: string, name = email) => ({ email, language, name })
    const a = p('a@x', 'zh'), b = p('b@x', 'zh-TW'), c = p('c@x', 'en'), d = p('d@x', 'zh'), e = p('e@x', 'en')
    // one mail per main recipient; cc'd people ride on the first mail in their language or get their own copy
    const per = languageGroups([a, b, d], [c, d, a, e, p('', 'zh')], { perRecipient: true })
    expect(per.map((g) => [g.lang, g.to.map((x) => x.email), g.cc.map((x) => x.email), g.main.email])).toEqual([
      ['zh', ['a@x'], [], 'a@x'],
      ['zh-TW', ['b@x'], [], 'b@x'],
      ['zh', ['d@x'], [], 'd@x'],
      ['en', ['c@x', 'e@x'], [], 'a@x'],
    ])
    // a digest: one mail per language
    const digest = languageGroups([a, c], [b, d, e])
    expect(digest.map((g) => [g.lang, g.to.map((x) => x.email), g.cc.map((x) => x.email)])).toEqual([
      ['zh', ['a@x'], ['d@x']],
      ['en', ['c@x'], ['e@x']],
      ['zh-TW', ['b@x'], []],
    ])
  })

  it('WF-08 CARE-13 the fee-change notice: each supervisor in their language, and the cc’d dean (English) gets an English copy of their own', async () => {
    const { payload } = w
    await payload.update({ collection: 'staff', id: home.dean.id, data: { language: 'en' } as never, overrideAccess: true })
    const desk = await home.client(home.desk)
    const created = await desk.post('/api/fee-changes', feeChange(home, 3900))
    expect(created.status).toBe(201)
    await w.mail!.deliver()
    const notices = await received((m) => /护理费用变更:|護理費用變更:|Nursing-fee change:/.test(m.subject))
    const mine = byAddress(notices)
    expect([...mine.keys()].sort()).toEqual([home.supervisor.email, home.supervisor2.email, home.dean.email].map((e) => e.toLowerCase()).sort())
    for (const [, mails] of mine) expect(mails).toHaveLength(1)

    const zh = mine.get(home.supervisor.email.toLowerCase())![0]
    expect(zh.subject).toBe('护理费用变更:张桂兰')
    expect(zh.text).toMatch(SIMPLIFIED_ONLY)
    expect(zh.text).not.toMatch(/Hello|Please/)
    expect(zh.cc).not.toContain(home.dean.email) // the dean reads another language: not on this mail

    const tw = mine.get(home.supervisor2.email.toLowerCase())![0]
    expect(tw.subject.startsWith('護理費用變更:')).toBe(true)
    expect(tw.text).toMatch(TRADITIONAL_ONLY)
    expect(tw.text).toContain('趙二')

    const en = mine.get(home.dean.email.toLowerCase())![0]
    expect(en.subject).toBe('Nursing-fee change: 张桂兰')
    expect(en.text).toContain('asked to change the nursing fee')
    // Chinese only in names and values people entered (the elder, the family, the reason), never in the mail's own words.
    // (元 is the currency unit, written so in the English labels too.)
    const ownWords = en.text.replace(/张桂兰|赵敏|趙二|张明\(儿子\)|老人失能等级提高,需要一级护理|元/g, '')
    expect(ownWords, ownWords).not.toMatch(HAN)
    // WF-10: the call task is for the main recipients, not for the cc copy
    const calls = await payload.find({ collection: 'call-tasks', where: { relatedId: { equals: String(created.body.doc.id) } }, overrideAccess: true, depth: 0 })
    expect(calls.docs.map((c) => c.callee).sort()).toEqual([home.supervisor.id, home.supervisor2.id].sort())
  })

  it('JOB-05 CARE-23 the daily digest reaches each recipient in their own language (not the first recipient’s): one mail per language, cc kept within a language', async () => {
    const { payload, positions } = w
    const site = home.site.id
    const gmTW = await makeStaff(payload, { sites: [site], positions: [positions.get('general-manager')!], language: 'zh-TW', name: '李振華' })
    const gmEn = await makeStaff(payload, { sites: [site], positions: [positions.get('general-manager')!], language: 'en', name: 'Anna Li' })
    await payload.update({ collection: 'staff', id: home.dean.id, data: { language: 'zh' } as never, overrideAccess: true })
    const day = localDay(new Date(), 'Asia/Shanghai')
    const result = await sendDailyDigest(payload, site, day)
    expect(result.mail).toBeTypeOf('number')
    expect(await sendDailyDigest(payload, site, day)).toEqual({ skipped: 'already sent' }) // JOB-05 once per site and day
    await w.mail!.deliver()
    const digests = byAddress(await received((m) => /前台接待统计|前臺接待統計|Reception statistics/.test(m.subject)))
    const director = home.director.email.toLowerCase() // English, the first (and only) main recipient
    expect([...digests.keys()].sort()).toEqual([director, home.dean.email.toLowerCase(), String(gmTW.email).toLowerCase(), String(gmEn.email).toLowerCase()].sort())
    for (const [, mails] of digests) expect(mails).toHaveLength(1)

    const en = digests.get(director)![0]
    expect(en.subject.startsWith('Reception statistics')).toBe(true)
    expect(en.cc).toContain(String(gmEn.email)) // the English cc rides on the English mail, still as cc
    expect(en.attachments[0]).toMatch(/^reception-statistics-\d{4}-\d{2}-\d{2}\.png$/)
    expect(en.html).not.toMatch(/合计|接待人|近 30 天/)

    const zh = digests.get(home.dean.email.toLowerCase())![0]
    expect(zh.subject.startsWith('前台接待统计')).toBe(true)
    expect(zh.html).toContain('合计')
    expect(zh.attachments[0]).toMatch(/^前台接待统计-/)
    expect(zh.to).toContain(home.dean.email) // a copy of its own, addressed to the dean
    expect(zh.to).not.toContain(home.director.email)

    const tw = digests.get(String(gmTW.email).toLowerCase())![0]
    expect(tw.subject.startsWith('前臺接待統計')).toBe(true)
    expect(tw.html).toContain('合計')
  })
})
