/**
 * MEMBER-02 / MEMBER-03 on the desk's home: today's birthdays with the tier's gift (given or not), the
 * morning meeting's target and progress per staff member, and who is expected today — the short form
 * of 今日會員服務 (/admin/member-today), which has the full files.
 */
import type { Desk } from '../desk'
import { fill, L, pick } from '../../src/lib/i18n'
import { morningList } from './appointments/morning'

const words = {
  birthdays: L('今日生日', 'Birthdays today'),
  noBirthdays: L('今天沒有會員過生日', 'No member has a birthday today'),
  birthday: L('🎂 {name} · {tier} · 禮物:{gift}', '🎂 {name} · {tier} · gift: {gift}'),
  given: L('(已送)', ' (given)'),
  targets: L('今日目標(晨會)', 'Today’s targets (morning meeting)'),
  noTargets: L('今天還沒有預約', 'No appointments today yet'),
  target: L('{name}:已到店 {kept} / 目標 {target}(預約 {booked},爽約 {noShow})', '{name}: {kept} kept of {target} (booked {booked}, no-shows {noShow})'),
  noTarget: L('{name}:已到店 {kept}(預約 {booked})· 未設目標', '{name}: {kept} kept (booked {booked}) · no target set'),
  expected: L('今日到店 {n} 位顧客 · 查看檔案', '{n} customers expected today · see their files'),
}

export const memberToday: NonNullable<Desk['today']> = async (payload, site, { lang, admin, now }) => {
  const m = await morningList(payload, site.id, undefined, { lang })
  void now
  const t = (label: (typeof words)[keyof typeof words], values: Record<string, unknown> = {}) => fill(pick(label, lang), values)
  return [
    {
      key: 'member.birthdays',
      title: words.birthdays,
      empty: words.noBirthdays,
      lines: m.birthdays.map((b) => ({
        text: t(words.birthday, { name: b.name, tier: b.tier ?? '—', gift: b.gift ?? '—' }) + (b.given ? t(words.given) : ''),
        href: b.given ? `${admin}/collections/members/${b.member}` : `${admin}/collections/birthday-gifts/create?member=${b.member}`,
        strong: !b.given,
      })),
    },
    {
      key: 'member.targets',
      title: words.targets,
      empty: words.noTargets,
      lines: [
        ...m.today.map((s) => ({
          text: s.target == null ? t(words.noTarget, s) : t(words.target, s),
          href: s.target == null ? `${admin}/collections/daily-targets/create` : `${admin}/member-today`,
          strong: s.target != null && s.kept < s.target,
        })),
        ...(m.files.length ? [{ text: t(words.expected, { n: new Set(m.files.map((f) => f.id)).size }), href: `${admin}/member-today` }] : []),
      ],
    },
  ]
}
