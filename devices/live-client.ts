/**
 * A client of /devices/live (server-sent events) for programs: the tests and the benchmark listen as a
 * signed-in admin session does. Each event is kept with the time it arrived (performance.now()).
 */
export type LiveReceived = { type: string; data: any; at: number }

export async function listenLive(url: string, token: string) {
  const controller = new AbortController()
  const res = await fetch(`${url}/devices/live`, { headers: { authorization: `JWT ${token}` }, signal: controller.signal })
  if (res.status !== 200) throw new Error(`live stream refused: ${res.status}`)
  const events: LiveReceived[] = []
  const waiters: (() => void)[] = []
  const listeners: ((e: LiveReceived) => void)[] = []
  void (async () => {
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true })
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const type = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (!type || !data) continue
          const event = { type, data: JSON.parse(data), at: performance.now() }
          events.push(event)
          listeners.forEach((l) => l(event))
          waiters.splice(0).forEach((w) => w())
        }
      }
    } catch {}
  })()
  return {
    events,
    onEvent: (listener: (e: LiveReceived) => void) => listeners.push(listener),
    /** The first event matching `test`, waiting up to `ms`. */
    async next(test: (e: LiveReceived) => boolean, ms = 3000): Promise<LiveReceived | undefined> {
      const deadline = performance.now() + ms
      while (performance.now() < deadline) {
        const hit = events.find(test)
        if (hit) return hit
        await new Promise<void>((r) => {
          waiters.push(r)
          setTimeout(r, 50)
        })
      }
      return events.find(test)
    },
    close: () => controller.abort(),
  }
}
