import { describe, expect, it } from 'vitest'
import { changedFields, decodeSnapshot, encodeSnapshot } from './conflict.ts'

describe('what someone else changed meanwhile', () => {
  it('names each field whose value moved since the form was opened', () => {
    const base = decodeSnapshot(encodeSnapshot({ name: 'Raad A', email: 'a@example.org', phone: null }))
    const current = { name: 'Raad B', email: 'a@example.org', phone: '+31581234567' }
    expect(changedFields(base, current)).toEqual([
      { field: 'name', before: 'Raad A', after: 'Raad B' },
      { field: 'phone', before: '', after: '+31581234567' },
    ])
  })

  it('treats a missing or tampered snapshot as "nothing known"', () => {
    expect(decodeSnapshot('not json')).toEqual({})
    expect(decodeSnapshot('[1,2]')).toEqual({})
    expect(decodeSnapshot(undefined)).toEqual({})
    expect(changedFields({}, { name: 'x' })).toEqual([])
  })
})
