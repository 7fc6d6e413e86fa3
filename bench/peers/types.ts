/** What each system under test offers the workload of bench/peers. */
export type Peer = {
  name: string
  /** One create of a reception record (resolves when the system acknowledged it). */
  create: (i: number) => Promise<void>
  /** One list: a substring filter on the visitor's name, the first 10 rows and the total count. */
  list: (i: number) => Promise<void>
  /** Its own server process, for its RSS (none for raw node-postgres). */
  pid?: number
  stop: () => Promise<void>
}

export type PeerSetup = (db: { adminUrl: string; urlOf: (database: string) => string; createDatabase: (name: string) => Promise<string> }) => Promise<Peer | { skipped: string }>

/** The substring a list filters on: visitor names are `来电<i>`, so `来电<k>` matches a handful to a few hundred rows. */
export const filterOf = (i: number) => `来电${(i % 89) + 11}`

/** The fields of a create, the same for every system. */
export const recordOf = (i: number) => ({
  type: i % 3 ? 'phone' : 'visit',
  visitorName: `来电${i}`,
  elderName: `老人${i}`,
  rating: 'possible',
})

export const ok = async (response: Response, status: number, what: string) => {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${(await response.text()).slice(0, 500)}`)
  await response.arrayBuffer()
}
