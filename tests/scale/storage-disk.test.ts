/**
 * Issue 15 / CORE-05: the storage plugin is always in the config (disabled without S3_BUCKET) so that
 * the schema is one for every deployment; without S3 an attachment is still a file on disk.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useWorld } from '../helpers/world'

const w = useWorld({ holders: ['front-desk'] })

describe('Issue 15 storage without S3', () => {
  it('Issue 15 CORE-05 without S3_BUCKET an upload is stored in UPLOAD_DIR and downloaded from it', async () => {
    expect(process.env.S3_BUCKET).toBeUndefined()
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `disk-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ title: '磁盘存储的扫描件', site: w.site }))
    const res = await fetch(`${w.url}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${w.desk.token}` }, body: form })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { filename: string; url: string } }
    const dir = path.resolve(process.env.UPLOAD_DIR ?? path.join(process.env.DATA_DIR ?? '.data', 'uploads'))
    expect(readFileSync(path.join(dir, doc.filename)).equals(png)).toBe(true)
    const file = await fetch(`${w.url}${new URL(doc.url, w.url).pathname}`, { headers: { authorization: `JWT ${w.desk.token}` } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
  })

  it('Issue 15 CORE-05 where a file is kept is the server’s: a client cannot set or change its prefix or object key', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `keyed-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ title: '存储位置', site: w.site, prefix: 'other-site', _objectKey: 'someone-elses-object' }))
    const res = await fetch(`${w.url}/api/documents`, { method: 'POST', headers: { authorization: `JWT ${w.desk.token}` }, body: form })
    expect(res.status).toBe(201)
    const id = ((await res.json()) as { doc: { id: number } }).doc.id
    const stored = async () => (await w.payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })) as unknown as { prefix?: string | null; _objectKey?: string | null; title: string }
    expect([(await stored()).prefix || null, (await stored())._objectKey || null]).toEqual([null, null])
    const patched = await w.desk.patch(`/api/documents/${id}`, { title: '存储位置(改)', prefix: 'other-site', _objectKey: 'a\u0000b' })
    expect(patched.status).toBe(200)
    const after = await stored()
    expect([after.title, after.prefix || null, after._objectKey || null]).toEqual(['存储位置(改)', null, null])
  })
})
