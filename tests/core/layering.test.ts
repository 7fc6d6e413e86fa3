/**
 * Issue 10, "one folder per form, behaviours where their name says": the layers import downwards only.
 * src/lib knows no form; hooks/ (what any form can declare) knows no desk; the app's frame
 * (payload.config.ts, jobs/, devices/, src/http, src/scheduler) reads desks from their declarations
 * and imports no desk folder; a desk's forms are each one folder. Read from the source, so a new
 * import that breaks a layer fails here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { desks } from '../../collections'

const root = path.resolve(__dirname, '../..')
const deskFolders = fs.readdirSync(path.join(root, 'collections'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'collections', d.name, 'index.ts')))
  .map((d) => d.name)
  .filter((name) => desks.some((desk) => desk.slug === name))

function filesUnder(dir: string): string[] {
  const full = path.join(root, dir)
  if (!fs.statSync(full).isDirectory()) return [dir]
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(rel)
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : []
  })
}

/** Every relative import of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8')
  const specs = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1])
  return specs.map((spec) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)))
}

const violations = (dirs: string[], forbidden: (target: string) => boolean) =>
  dirs.flatMap(filesUnder).flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${file} → ${target}`))

const isDeskFolder = (target: string) => deskFolders.some((desk) => target === `collections/${desk}` || target.startsWith(`collections/${desk}/`))

describe('issue 10: layers import downwards only', () => {
  it('the desks are found (the check below has something to check)', () => {
    expect(deskFolders).toContain('care')
    expect(deskFolders.length).toBe(desks.length)
  })

  it('src/lib knows no form: it imports nothing from hooks/, collections/, jobs/ or devices/', () => {
    expect(violations(['src/lib'], (t) => /^(hooks|collections|jobs|devices)(\/|$)/.test(t))).toEqual([])
  })

  it('hooks/ knows no desk and no collection', () => {
    expect(violations(['hooks'], (t) => t.startsWith('collections/'))).toEqual([])
  })

  it('the frame imports no desk folder: payload.config.ts, jobs/, devices/, src/http, src/scheduler read the declarations', () => {
    expect(violations(['payload.config.ts', 'jobs', 'devices', 'src/http', 'src/scheduler'], isDeskFolder)).toEqual([])
  })

  it('a desk does not import another desk', () => {
    const crossings = deskFolders.flatMap((desk) =>
      violations([`collections/${desk}`], (t) => isDeskFolder(t) && !t.startsWith(`collections/${desk}`) && t !== `collections/${desk}`),
    )
    expect(crossings).toEqual([])
  })

  it("a desk's form is one folder: collections/<desk>/<form>/index.ts declares the collection of that slug", () => {
    const misplaced: string[] = []
    for (const desk of desks) {
      for (const form of desk.forms) {
        const declaration = path.join(root, 'collections', desk.slug, form.slug, 'index.ts')
        if (!fs.existsSync(declaration) || !fs.readFileSync(declaration, 'utf8').includes(`'${form.slug}'`)) misplaced.push(`${desk.slug}/${form.slug}`)
      }
    }
    expect(misplaced).toEqual([])
  })
})
