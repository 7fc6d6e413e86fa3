/**
 * OFFICE-01 in the browser, on the demo company (新华速汇) as its receptionist: a call to the desk phone
 * pops up, is answered from the pop-up, and 登记 opens the phone log's form filled from the call — the
 * number, the caller and company the log already knows, the call linked, taken by me — and saves it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openDesk, type Desk } from '../e2e/harness'
import { signIn } from '../helpers/people'
import { DEMO_PASSWORD } from '../../src/seed/demo'
import { officeEmail } from '../../collections/office/company-seed'

let desk: Desk

beforeAll(async () => {
  desk = await openDesk({ email: officeEmail('front-desk') })
}, 900_000)

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await desk.page.screenshot({ path: '/tmp/call-log-e2e.png', fullPage: true }).catch(() => {})
})

afterAll(async () => {
  await desk?.close()
})

describe('OFFICE-01 登记 from the call pop-up', () => {
  it('OFFICE-01 the receptionist answers a call from the pop-up and 登记 opens the phone log filled from it', async () => {
    const { page, payload, server } = desk
    const site = await desk.siteId('xinhua')
    const phone = (await payload.find({ collection: 'devices', where: { and: [{ site: { equals: site } }, { kind: { equals: 'phone' } }] }, depth: 0, overrideAccess: true })).docs[0]!
    const me = (await payload.find({ collection: 'staff', where: { email: { equals: officeEmail('front-desk') } }, depth: 0, overrideAccess: true })).docs[0]!
    await page.goto(`${server.url}/admin/collections/phone-log`, { waitUntil: 'load' })
    await page.waitForTimeout(3_500) // the pop-up connects once the page has settled

    // 张经理 of 成都蓉城物流 calls again (the demo log has his earlier call).
    const api = await signIn(server.url, officeEmail('front-desk'), DEMO_PASSWORD)
    const rung = await api.post(`/devices/phones/${phone.id}/simulate`, { action: 'ring', caller: '02887654321' })
    expect(rung.status).toBe(200)
    const popup = page.getByTestId('call-popup')
    await popup.getByText('02887654321').waitFor({ timeout: 10_000 })
    await popup.getByRole('button', { name: '接听' }).click()
    const logIt = popup.getByTestId('call-log-entry')
    await logIt.waitFor({ timeout: 10_000 })
    expect(await logIt.textContent()).toBe('登记')
    await logIt.click()

    await page.waitForURL(/\/admin\/collections\/phone-log\/create/, { timeout: 30_000 })
    await expect.poll(() => page.locator('#field-phone').inputValue(), { timeout: 20_000 }).toBe('02887654321')
    expect(await page.locator('#field-company').inputValue()).toBe('成都蓉城物流有限公司')
    expect(await page.locator('#field-callerName').inputValue()).toBe('张经理')
    await page.locator('#field-purpose').fill('确认合作报价')
    await page.getByRole('button', { name: '保存' }).first().click()
    await page.waitForURL(/\/admin\/collections\/phone-log\/\d+/, { timeout: 30_000 })
    const id = Number(/phone-log\/(\d+)/.exec(page.url())![1])
    const entry = await payload.findByID({ collection: 'phone-log', id, depth: 0, overrideAccess: true })
    const call = (await payload.find({ collection: 'calls', where: { pbxId: { equals: rung.body.callId } }, depth: 0, overrideAccess: true })).docs[0]!
    expect(entry).toMatchObject({ call: call.id, takenBy: me.id, phone: '02887654321', company: '成都蓉城物流有限公司', purpose: '确认合作报价', outcome: 'answered' })
    expect(call.answeredBy).toBe(me.id)
  }, 180_000)
})
