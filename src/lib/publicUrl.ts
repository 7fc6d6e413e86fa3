/**
 * The address people reach the app at, the base of every link we send (approval links, notices,
 * reminders). `PUBLIC_URL` when set; otherwise the address this process listens on, recorded by
 * `src/server.ts` as soon as it has its port (so another PORT, or the next free port when 3000 is
 * busy, is what the links say). A process that does not serve HTTP (`npm run scheduler`) and has
 * no PUBLIC_URL falls back to http://localhost:$PORT (3000).
 */
let listening: string | undefined

const trim = (url: string) => url.trim().replace(/\/+$/, '')

/** PUBLIC_URL as configured (no trailing slash), or undefined. */
export const configuredPublicUrl = (): string | undefined => (process.env.PUBLIC_URL?.trim() ? trim(process.env.PUBLIC_URL) : undefined)

/** The base of links: PUBLIC_URL, else where this process listens, else http://localhost:$PORT. */
export const publicUrl = (): string => configuredPublicUrl() ?? listening ?? `http://localhost:${Number(process.env.PORT) || 3000}`

/** The URL of a listening address: a wildcard host (0.0.0.0, ::) is reached as localhost. */
export const urlOfAddress = (host: string | undefined, port: number): string => {
  const name = !host || host === '0.0.0.0' || host === '::' || host === '[::]' ? 'localhost' : host
  return `http://${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${port}`
}

/** Record where this process listens (src/server.ts, right after it has bound its port). */
export const setListeningUrl = (url: string | undefined) => {
  listening = url ? trim(url) : undefined
}
