/** Sites and staff for tests, and signed-in REST clients acting as them. */
import type { Payload } from 'payload'

let counter = 0

export async function makeSite(payload: Payload, name = `站点${++counter}`) {
  return payload.create({ collection: 'sites', data: { name, code: `s${Date.now()}${++counter}`, type: 'care-home', timeZone: 'Asia/Shanghai', opensAt: '08:30', closesAt: '17:30', mealPrices: { packageA: 68, packageB: 98 } } })
}

export const PASSWORD = 'test-password-1'

export async function makeStaff(
  payload: Payload,
  options: { sites: (number | string)[]; positions?: number[]; roles?: ('admin' | 'staff')[]; language?: 'zh' | 'zh-TW' | 'en'; name?: string },
) {
  const n = ++counter
  return payload.create({
    collection: 'staff',
    data: {
      name: options.name ?? `员工${n}`,
      email: `staff${n}-${Date.now()}@test.local`,
      password: PASSWORD,
      roles: options.roles ?? ['staff'],
      positions: options.positions ?? [],
      language: options.language ?? 'zh',
      sites: options.sites.map((site) => ({ site: site as number })),
    },
  })
}

export type Client = {
  token: string
  request: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: any }>
  get: (path: string) => Promise<{ status: number; body: any }>
  post: (path: string, body: unknown) => Promise<{ status: number; body: any }>
  patch: (path: string, body: unknown) => Promise<{ status: number; body: any }>
  delete: (path: string) => Promise<{ status: number; body: any }>
}

export async function signIn(url: string, email: string, password = PASSWORD): Promise<Client> {
  const res = await fetch(`${url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = await res.json()
  if (!res.ok) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(body)}`)
  const token = body.token as string
  const request = async (method: string, path: string, payloadBody?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', ...headers },
      body: payloadBody === undefined ? undefined : typeof payloadBody === 'string' ? payloadBody : JSON.stringify(payloadBody),
    })
    const text = await r.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {}
    return { status: r.status, body: parsed as any }
  }
  return {
    token,
    request,
    get: (p) => request('GET', p),
    post: (p, b) => request('POST', p, b),
    patch: (p, b) => request('PATCH', p, b),
    delete: (p) => request('DELETE', p),
  }
}
