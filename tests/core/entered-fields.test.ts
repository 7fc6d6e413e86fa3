/**
 * Values a person enters that the record does not store (the new elder of a reservation, an age for
 * an approximate birth date, the confirmation of a forbidden phrase) are editable in the panel:
 * Payload makes a virtual field read-only there unless the field says otherwise.
 */
import { describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import config from '../../payload.config'

const fieldAt = (fields: Field[], path: string[]): Field | undefined => {
  for (const f of fields) {
    if ('name' in f && f.name === path[0]) return path.length === 1 ? f : 'fields' in f ? fieldAt(f.fields as Field[], path.slice(1)) : undefined
    if (!('name' in f && f.name) && 'fields' in f) {
      const found = fieldAt(f.fields as Field[], path)
      if (found) return found
    }
  }
  return undefined
}

describe('fields entered but not stored', () => {
  it.each([
    ['reservations', 'newElder.name'],
    ['reservations', 'newElder.gender'],
    ['reservations', 'newElder.age'],
    ['reservations', 'newElder.birthYear'],
    ['elders', 'age'],
    ['elders', 'birthYear'],
    ['consultations', 'confirmPhrases'],
  ])('Issue 11 item 3 CARE-10 CORE-06 %s %s can be typed into in the admin panel', async (slug, path) => {
    const sanitized = await config
    const collection = sanitized.collections.find((c) => c.slug === slug)!
    const field = fieldAt(collection.fields, path.split('.')) as Field & { virtual?: boolean; admin?: { readOnly?: boolean } }
    expect(field, `${slug}.${path}`).toBeDefined()
    expect(field.virtual).toBe(true)
    expect(field.admin?.readOnly).not.toBe(true)
  })
})
