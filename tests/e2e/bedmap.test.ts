/** CARE-12 the bed map and CARE-03 the follow-up list in the admin panel, as the demo desk user meets them. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import config from '../../payload.config'
import { resetDatabase } from '../helpers/boot'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { launchBrowser, signInToAdmin, startAppServer, type AppServer } from './harness'
import { confirmAll, makePhoto } from '../helpers/care'

let server: AppServer
let browser: Browser
let page: Page
let payload: Awaited<ReturnType<typeof getPayload>>

beforeAll(async () => {
  payload = await getPayload({ config, cron: false })
  await resetDatabase(payload) // the server seeds the demo site into the empty database
  server = await startAppServer()
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await signInToAdmin(page, server.url, 'front-desk@care.demo.local', DEMO_PASSWORD)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('CARE-12 bed map in the browser', () => {
  it('CARE-12 shows both buildings by floor with free, held, occupied, out and closed beds and the elder names', async () => {
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '床位图' }).waitFor({ timeout: 30_000 })
    expect(await page.locator('.bed-map__building').evaluateAll((els) => els.map((e) => e.getAttribute('data-building')))).toEqual(['1号楼', '2号楼'])
    expect(await page.locator('.bed-map__building[data-building="1号楼"] .bed-map__floor').count()).toBe(3)
    const states = new Set(await page.locator('.bed-map__bed').evaluateAll((els) => els.map((e) => e.getAttribute('data-state'))))
    expect([...states].sort()).toEqual(['closed', 'free', 'held', 'occupied', 'out'])
    await expect.poll(() => page.locator('.bed-map__bed--out').first().innerText()).toContain('周国强')
    await expect.poll(() => page.locator('.bed-map__bed--out').first().innerText()).toContain('外出')
  }, 120_000)

  it('CARE-12 clicking an occupied bed opens the elder; a held bed opens the reservation', async () => {
    await page.locator('.bed-map__bed--occupied', { hasText: '王淑芬' }).click()
    await page.waitForURL(/\/admin\/collections\/elders\/\d+/, { timeout: 30_000 })
    await expect.poll(async () => page.locator('#field-name').inputValue(), { timeout: 30_000 }).toBe('王淑芬')
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    await page.locator('.bed-map__bed--held', { hasText: '张桂兰' }).click()
    await page.waitForURL(/\/admin\/collections\/reservations\/\d+/, { timeout: 30_000 })
    await page.getByText('SJ20261120-01').first().or(page.locator('input[value="SJ20261120-01"]')).first().waitFor({ timeout: 30_000 })
  }, 120_000)

  it('CARE-12 CARE-10 CARE-11 入住 on a free bed: a walk-in reservation opens with the bed, the site and tomorrow filled; held, prepared and admitted, the bed is occupied through its lifecycle', async () => {
    const shown = (field: string) => page.locator(`#field-${field} .rs__single-value, #field-${field} .relationship--single-value`).first().innerText().catch(() => '')
    const value = (selector: string) => page.locator(selector).first().inputValue().catch(() => '')
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    const admit = page.locator('.bed-map__bed--free ~ .bed-map__actions a.bed-map__admit').first()
    await admit.waitFor({ timeout: 60_000 })
    const code = (await admit.getAttribute('data-bed'))!
    const building = await admit.evaluate((a) => a.closest('.bed-map__building')?.getAttribute('data-building'))
    const [bed] = (await payload.find({ collection: 'beds', where: { code: { equals: code } }, depth: 1, limit: 10, overrideAccess: true })).docs.filter((b) => (b.building as { name?: string }).name === building)
    expect(bed.status).toBe('free')
    const site = (bed.site as { id: number } | number)
    const siteId = typeof site === 'object' ? site.id : site

    // 1. The walk-in's reservation of this bed (CARE-10: a walk-in is first turned into a reservation).
    await admit.click()
    await page.waitForURL(/\/admin\/collections\/reservations\/create/, { timeout: 60_000 })
    await expect.poll(() => shown('bed'), { timeout: 60_000 }).toContain(code)
    // The site: the map's (saved with the record, checked below).
    await expect.poll(() => value('#field-expectedArrival input'), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // The form carries the map's bed, site and arrival; the desk adds the elder, the family and the deposit.
    const prefilled = Object.fromEntries([...new URL(page.url()).searchParams].map(([k, v]) => [/^prefill\[(.+)\]$/.exec(k)?.[1] ?? k, v]))
    expect(prefilled).toMatchObject({ bed: String(bed.id), site: String(siteId), expectedArrival: await value('#field-expectedArrival input') })
    const saved = await page.request.post(`${server.url}/api/reservations?depth=0`, {
      data: {
        site: Number(prefilled.site), bed: Number(prefilled.bed), expectedArrival: prefilled.expectedArrival,
        newElder: { name: '刘玉珍', gender: 'female', age: 82 }, familyName: '刘建华', familyPhone: '139 1234 5678', depositReceipt: 'SJ-WALKIN-01',
      },
    })
    expect(saved.status(), await saved.text()).toBe(201)
    const reservationId = (await saved.json()).doc.id as number
    const reservation = await payload.findByID({ collection: 'reservations', id: reservationId, depth: 0, overrideAccess: true })
    expect(reservation).toMatchObject({ bed: bed.id, site: siteId, status: 'held' })
    const elder = reservation.elder as number
    expect(await payload.findByID({ collection: 'beds', id: bed.id, depth: 0, overrideAccess: true })).toMatchObject({ status: 'held', elder })

    // 2. The map shows it held; its 入住 opens the preparation filled with the reservation.
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    const heldAdmit = page.locator(`.bed-map__building[data-building="${building}"] a.bed-map__admit[data-bed="${code}"]`)
    await heldAdmit.waitFor({ timeout: 60_000 })
    expect(await page.locator(`.bed-map__building[data-building="${building}"] .bed-map__bed[data-bed="${code}"]`).getAttribute('data-state')).toBe('held')
    await heldAdmit.click()
    await page.waitForURL(/\/admin\/collections\/admission-preps\/create/, { timeout: 60_000 })
    await expect.poll(() => shown('reservation'), { timeout: 60_000 }).toContain('刘建华')
    // The preparation (arrival tomorrow, certificate original in hand) and the eight confirmations (WF-03).
    const tomorrow = reservation.expectedArrival as string
    const prep = await page.request.post(`${server.url}/api/admission-preps?depth=0`, {
      data: { site: siteId, reservation: reservationId, arrivalDate: tomorrow, healthCertDate: new Date().toISOString(), healthCertOriginal: true },
    })
    expect(prep.status(), await prep.text()).toBe(201)
    const prepId = (await prep.json()).doc.id as number
    expect(await confirmAll(payload, { collection: 'admission-preps', id: prepId })).toBe(8)

    // 3. 入住 now opens the admission filled with the preparation; saving it occupies the bed.
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    await heldAdmit.waitFor({ timeout: 60_000 })
    await heldAdmit.click()
    await page.waitForURL(/\/admin\/collections\/admissions\/create/, { timeout: 60_000 })
    await expect.poll(() => shown('prep'), { timeout: 60_000 }).toContain('刘玉珍')
    const photo = await makePhoto(payload, siteId)
    const admission = await page.request.post(`${server.url}/api/admissions?depth=0`, {
      data: {
        site: siteId, prep: prepId, assessment: '能自理,轻度高血压', contractClass: 'B', photo,
        contacts: [{ name: '刘建华', relation: '儿子', phone: '139 1234 5678', sponsor: true }, { name: '刘建英', relation: '女儿', phone: '139 8765 4321' }],
        fees: { nursingFee: 3000 },
      },
    })
    expect(admission.status(), await admission.text()).toBe(201)
    expect(await payload.findByID({ collection: 'beds', id: bed.id, depth: 0, overrideAccess: true })).toMatchObject({ status: 'occupied', elder })
    const trail = await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: 'beds' } }, { recordId: { equals: String(bed.id) } }, { action: { equals: 'transition' } }] }, sort: 'id', depth: 0, overrideAccess: true })
    expect(trail.docs.map((t) => [t.from, t.to])).toEqual([['free', 'held'], ['held', 'occupied']])
    await page.goto(`${server.url}/admin/bed-map`, { waitUntil: 'load' })
    const occupied = page.locator(`.bed-map__building[data-building="${building}"] .bed-map__bed[data-bed="${code}"]`)
    await expect.poll(() => occupied.getAttribute('data-state'), { timeout: 60_000 }).toBe('occupied')
    expect(await occupied.innerText()).toContain('刘玉珍')
  }, 600_000)

  it('CARE-03 the follow-up list shows the promising inquiries and today’s progress', async () => {
    await page.goto(`${server.url}/admin/follow-ups`, { waitUntil: 'load' })
    await page.getByRole('heading', { name: '回访列表' }).waitFor({ timeout: 30_000 })
    const table = page.locator('table')
    await table.getByText('张女士').waitFor({ timeout: 30_000 })
    await table.getByText('李先生').waitFor()
    expect(await table.getByText('王阿姨').count()).toBe(0) // rated 一般: not followed up
    expect(await page.locator('.follow-ups__progress').innerText()).toMatch(/今日回访:0 \/ 10|今天不是工作日/)
  }, 120_000)
})
