/**
 * DEV-02 the gate camera beside the gate buttons. A real camera is a snapshot URL (fetched by the
 * server, so the camera need not be reachable from the desk's browser); the simulator draws a picture
 * of the gate in its current state.
 */
import type { Payload } from 'payload'
import { L, pick } from '../../src/lib/i18n'
import { localDateTime } from '../../src/lib/calendar'
import { siteInfo } from '../../src/lib/site'
import { gateStates } from '../../collections/devices/labels'
import { Refusal } from '../http'
import { gateDriver, loadDevice, type DeviceDoc } from '../registry'

const escape = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)

const simulated = L('模擬畫面', 'Simulated')

/** The simulated picture; its caption in the reader's language and the site's time (24-hour), never UTC or a state code. */
export function simulatedSnapshot(name: string, state: string, at = new Date(), { timeZone, lang }: { timeZone?: string; lang?: string } = {}): Buffer {
  const stateWords = (gateStates as Record<string, Parameters<typeof pick>[0]>)[state]
  const open = state === 'open' ? 1 : state === 'closed' ? 0 : 0.5
  const bars = Array.from({ length: 12 }, (_, i) => {
    const x = 40 + i * (260 / 12) * (1 - open * 0.85)
    return `<rect x="${x.toFixed(1)}" y="120" width="6" height="110" fill="#555"/>`
  }).join('')
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300" viewBox="0 0 480 300">
<rect width="480" height="300" fill="#9fb8c8"/><rect y="230" width="480" height="70" fill="#777"/>
<rect x="20" y="100" width="14" height="130" fill="#333"/><rect x="440" y="100" width="14" height="130" fill="#333"/>
${bars}<rect x="36" y="140" width="${(260 * (1 - open * 0.85)).toFixed(1)}" height="4" fill="#555"/>
<text x="12" y="24" font-family="monospace" font-size="16" fill="#fff">${escape(name)} · ${escape(pick(simulated, lang))}</text>
<text x="12" y="46" font-family="monospace" font-size="14" fill="#fff">${localDateTime(at, timeZone)} · ${escape(stateWords ? pick(stateWords, lang) : state)}</text>
</svg>`)
}

export async function gateSnapshot(payload: Payload, id: unknown, lang?: string): Promise<{ type: string; body: Buffer }> {
  const gate = await loadDevice(payload, id, 'gate')
  const cameraId = gate.connection?.camera
  const camera: DeviceDoc | null = cameraId ? await loadDevice(payload, cameraId, 'camera').catch(() => null) : null
  const url = camera?.connection?.snapshotUrl ?? gate.connection?.snapshotUrl
  if (camera?.driver === 'snapshot-url' || (!camera && url)) {
    if (!url) throw new Refusal(L('攝像頭沒有快照地址', 'The camera has no snapshot URL'), 409)
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) }).catch(() => null)
    if (!response?.ok) throw new Refusal(L('攝像頭沒有響應', 'The camera does not answer'), 502)
    return { type: response.headers.get('content-type') ?? 'image/jpeg', body: Buffer.from(await response.arrayBuffer()) }
  }
  const state = await gateDriver(gate).state().catch(() => 'unknown')
  const { timeZone } = await siteInfo(payload, gate.site)
  return { type: 'image/svg+xml', body: simulatedSnapshot(camera?.name ?? gate.name, state, new Date(), { timeZone, lang }) }
}
