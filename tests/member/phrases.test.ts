import { describe, expect, it } from 'vitest'
import { findPhrases, phrasesOf } from '../../hooks/phrases'

describe('MEMBER-06 forbidden phrases (hooks/phrases.ts)', () => {
  const list = phrasesOf('*嘿!喂,找谁?*老头儿!*打错啦!*不知道!*问别人去!*你有完没完!*管不着!*越忙越添乱,真烦人!*有意见找经理去!\n没看见我正忙着呢,着什么急啊!')

  it('MEMBER-06 the phrases of the seed’s 服务忌语 text are read one by one (separated by * ; or lines; inner commas kept)', () => {
    expect(list).toEqual(['嘿!喂,找谁', '老头儿', '打错啦', '不知道', '问别人去', '你有完没完', '管不着', '越忙越添乱,真烦人', '有意见找经理去', '没看见我正忙着呢,着什么急啊'])
  })

  it('MEMBER-06 a phrase is found across punctuation, spaces and traditional writing, and highlighted in its sentence', () => {
    const hits = findPhrases({ notes: '顧客問退款,我回答 管 不著。後來她說:有意見,找經理去!' }, list)
    expect(hits.map((h) => h.phrase)).toEqual(['管不着', '有意见找经理去'].map((p) => list.find((x) => x.replace(/[,!]/g, '') === p)!))
    expect(hits[0].excerpt).toContain('【管 不着】')
    expect(hits[0].field).toBe('notes')
    expect(findPhrases({ notes: '顾客不太清楚价格,耐心解释后办卡' }, list)).toEqual([])
    // A word that only contains part of a phrase is not a hit.
    expect(findPhrases({ notes: '管理员不在' }, list)).toEqual([])
  })
})
