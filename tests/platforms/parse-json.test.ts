import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { parseJsonAs } from '../../src/platforms/shared/parse-json'

const Schema = z.object({ encrypt: z.string().min(1) })

describe('parseJsonAs: JSON of the schema, else null (never a throw)', () => {
  it.each([
    ['{"encrypt":"abc"}', { encrypt: 'abc' }],
    ['{"encrypt":""}', null], // wrong shape
    ['{"encrypt":', null], // not JSON
    ['null', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseJsonAs(Schema, text)).toEqual(expected)
  })
})
