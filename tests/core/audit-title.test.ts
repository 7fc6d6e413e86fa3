/**
 * CORE-04 the audit trail in the admin panel: a row's title (its edit view's heading, `useAsTitle`)
 * says what happened to which record in the reader's language — 「新建 · 工作任務 #12」, never a slug
 * — and is made only of what every reader of the row sees anyway (the action, the form, the number):
 * a reader who may not read the record learns nothing of it from the title.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld, type Client, type Person } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

const secretTitle = '私下:二楼护理员调岗的事'
let messageId: number
let readers: Record<'zh' | 'zh-TW' | 'en', { person: Person; client: Client }>
let sender: Client

beforeAll(async () => {
  const hire = async (language: 'zh' | 'zh-TW' | 'en') => {
    const person = await w.hire({ language, name: `旁人-${language}` })
    return { person, client: await w.as(person) }
  }
  readers = { zh: await hire('zh'), 'zh-TW': await hire('zh-TW'), en: await hire('en') }
  const recipient = await w.hire({ name: '收件人' })
  sender = w.desk
  const sent = await sender.post('/api/messages', { site: w.site, title: secretTitle, body: '周五前定下来。', toStaff: [recipient.id] })
  if (sent.status !== 201) throw new Error(JSON.stringify(sent.body))
  messageId = sent.body.doc.id
})

const rowOf = async (client: Client) => {
  const list = await client.get(`/api/audit-log?depth=0&where[collection][equals]=messages&where[recordId][equals]=${messageId}&where[action][equals]=create`)
  expect(list.status, JSON.stringify(list.body)).toBe(200)
  expect(list.body.docs).toHaveLength(1)
  const byId = await client.get(`/api/audit-log/${list.body.docs[0].id}?depth=0`)
  expect(byId.status).toBe(200)
  return byId.body as { id: number; title: string; collection: string }
}

describe('CORE-04 the audit trail’s titles', () => {
  it('CORE-04 an audit row is titled with the action, the form’s name and the record number in the reader’s language, never a slug', async () => {
    expect(w.payload.collections['audit-log'].config.admin.useAsTitle).toBe('title')
    const titles = {
      zh: (await rowOf(readers.zh.client)).title,
      'zh-TW': (await rowOf(readers['zh-TW'].client)).title,
      en: (await rowOf(readers.en.client)).title,
    }
    expect(titles).toEqual({
      zh: `新建 · 工作任务 #${messageId}`,
      'zh-TW': `新建 · 工作任務 #${messageId}`,
      en: `Create · Work message #${messageId}`,
    })
    for (const title of Object.values(titles)) expect(title).not.toMatch(/messages|audit/)
  })

  it('CORE-04 the title of a row shows nothing of a record its reader may not read (the message between two other people)', async () => {
    expect((await readers.zh.client.get(`/api/messages/${messageId}`)).status).toBe(404)
    const row = await rowOf(readers.zh.client)
    expect(row.title).toBe(`新建 · 工作任务 #${messageId}`)
    expect(JSON.stringify(row)).not.toContain(secretTitle)
    // As the admin panel reads it (Local API with the person's access).
    const user = await w.payload.findByID({ collection: 'staff', id: readers.zh.person.id, depth: 0, overrideAccess: true })
    const panel = await w.payload.findByID({ collection: 'audit-log', id: row.id, depth: 0, overrideAccess: false, user: { ...user, collection: 'staff' } as never })
    expect(panel.title).toBe(`新建 · 工作任务 #${messageId}`)
    expect(JSON.stringify(panel)).not.toContain(secretTitle)
    // The sender, who may read the message, gets the same title (the content is in the row's changes).
    const theirs = await rowOf(sender)
    expect(theirs.title).toBe(`新建 · 工作任务 #${messageId}`)
    expect(JSON.stringify(theirs)).toContain(secretTitle)
  })
})
