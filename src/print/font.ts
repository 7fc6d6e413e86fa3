/**
 * The CJK font of the paper forms: Noto Sans CJK (Hans, covers Traditional characters too) shipped by
 * the npm package `@embedpdf/fonts-sc` (SIL OFL 1.1), so a plain `npm install` is enough — no apt.
 * PRINT_FONT=/path/to/font.(ttf|otf|ttc) overrides it (e.g. Debian's fonts-noto-cjk).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const candidates = (): string[] => {
  const list: string[] = []
  if (process.env.PRINT_FONT) list.push(process.env.PRINT_FONT)
  try {
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')
    list.push(path.resolve(path.dirname(entry), '../fonts/NotoSansHans-Regular.otf'))
  } catch {}
  list.push(path.resolve(process.cwd(), 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf'))
  list.push('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
  return list
}

let cached: { file: string; data: Buffer } | undefined

/** The font file and its bytes (read once). Throws with the places looked at when none is found. */
export function cjkFont(): { file: string; data: Buffer } {
  if (cached) return cached
  const tried = candidates()
  const file = tried.find((f) => existsSync(f))
  if (!file) throw new Error(`No CJK font for PDFs; looked at: ${tried.join(', ')}. Run npm install or set PRINT_FONT.`)
  cached = { file, data: readFileSync(file) }
  return cached
}
