import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expandSubwords } from '../../../src/core/segment/expand-subwords'

const WORDS = new Set(['经济', '补偿', '补偿金', '经济补偿金', 'ab', 'abc', 'xx'])
const MAX = 5
const isWord = (w: string) => WORDS.has(w)

describe('expandSubwords', () => {
  it('adds the dictionary sub-words of a long token', () => {
    expect(expandSubwords(['经济补偿金'], isWord, MAX)).toEqual([
      '经济补偿金',
      '经济',
      '补偿',
      '补偿金',
    ])
  })

  it('with maxWordLength, the same output as without it (no word is longer)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'经济补偿金abx'), maxLength: 30 })),
        (tokens) => {
          expect(expandSubwords(tokens, isWord, MAX)).toEqual(expandSubwords(tokens, isWord))
        }
      ),
      { numRuns: 500 }
    )
  })

  it.each([10, 1000, 4096])(
    'a %i-character token costs at most length × maxWordLength lookups',
    (n) => {
      let lookups = 0
      const out = expandSubwords(['x'.repeat(n)], (w) => (lookups++, isWord(w)), MAX)
      expect(lookups).toBeLessThanOrEqual(n * MAX)
      expect(out.length).toBe(n) // the token, then 'xx' at each of its n − 1 positions
    }
  )
})
