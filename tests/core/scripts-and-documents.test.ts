import { beforeAll, describe, expect, it } from 'vitest'
import { makeSite, makeStaff, signIn, type Client } from '../helpers/people'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

let desk: Client
let site: { id: number }

beforeAll(async () => {
  site = { id: w.site }
  desk = w.desk
})

describe('scripts and attachments', () => {
  it('CORE-06 a site keeps its greeting, 六聲八句 and forbidden phrases, in order', async () => {
    await desk.post('/api/scripts', { kind: 'forbidden', title: '服务忌语', body: '不知道', order: 2, site: site.id })
    await desk.post('/api/scripts', { kind: 'greeting', title: '问候', body: '您好,香堤左岸物业客户中心,请问您有什么需要帮助吗!', order: 0, site: site.id })
    const list = await desk.get('/api/scripts?sort=order&where[kind][in]=greeting,forbidden')
    expect(list.body.docs.map((d: { kind: string }) => d.kind)).toEqual(['greeting', 'forbidden'])
    expect(list.body.docs[0].body).toContain('香堤左岸')
    expect((await desk.post('/api/scripts', { kind: 'rude', title: 'x', body: 'x', site: site.id })).status).toBe(400)
  })

  it('CORE-05 a scan is stored as an attachment of the site', async () => {
    const form = new FormData()
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    form.append('file', new Blob([png], { type: 'image/png' }), 'scan.png')
    form.append('_payload', JSON.stringify({ title: '健康证明扫描件', site: site.id }))
    const res = await fetch(`${w.url}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${desk.token}` }, body: form })
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(doc.mimeType).toBe('image/png')
    const file = await fetch(`${w.url}${doc.url}`, { headers: { authorization: `JWT ${desk.token}` } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
  })

  it('CORE-05 an executable is refused', async () => {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from('#!/bin/sh\necho hi\n')], { type: 'application/x-sh' }), 'run.sh')
    form.append('_payload', JSON.stringify({ title: 'x', site: site.id }))
    const res = await fetch(`${w.url}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${desk.token}` }, body: form })
    expect(res.status).toBe(400)
  })
})
