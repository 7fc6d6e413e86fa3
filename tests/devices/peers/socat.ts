/** A pseudo-terminal pair from socat (Debian package socat): the reader end and the "card reader" end. */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export async function ptyPair(): Promise<{ reader: string; device: string; process: ChildProcess }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fd-pty-'))
  const reader = path.join(dir, 'reader')
  const device = path.join(dir, 'device')
  const child = spawn('socat', [`pty,raw,echo=0,link=${reader}`, `pty,raw,echo=0,link=${device}`], { stdio: 'ignore' })
  child.once('error', (e) => {
    throw new Error(`socat could not start (${e.message}); install the Debian package socat`)
  })
  for (let i = 0; i < 100 && !(existsSync(reader) && existsSync(device)); i++) await new Promise((r) => setTimeout(r, 50))
  if (!existsSync(reader)) throw new Error('socat did not create the pseudo-terminal pair')
  return { reader, device, process: child }
}
