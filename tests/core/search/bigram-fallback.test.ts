import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bigramFallback } from '../../../src/core/search/bigram-fallback'

const INDEX = new Set(['走人', '保洁', '工伤'])
const has = (t: string) => INDEX.has(t)

describe('bigramFallback', () => {
  it('replaces a run of single characters by the bigrams the index holds', () => {
    // 走/人: the segmenter left two characters; the index knows the pair.
    expect(bigramFallback(['老板', '叫', '我', '走', '人'], has)).toEqual([
      undefined,
      undefined,
      undefined,
      ['走人'],
      [],
    ])
    expect(bigramFallback(['做', '保', '洁'], has)).toEqual([[], ['保洁'], []])
  })

  it('keeps the characters when the index holds none of the run’s bigrams', () => {
    expect(bigramFallback(['寒', '假', '打工'], has)).toEqual([undefined, undefined, undefined])
  })

  it('leaves words, lone characters and stopword characters alone', () => {
    // 我/在 are stopwords: they end a run, so 扣 stays a lone character.
    expect(bigramFallback(['工资', '扣', '了', '我', '在', '工伤'], has)).toEqual(
      new Array(6).fill(undefined)
    )
    // A stopword pair is no run even when the index would hold the pair.
    expect(bigramFallback(['我', '在'], (t) => t === '我在')).toEqual([undefined, undefined])
  })

  it('looks up at most one bigram per token (linear in the question)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('走', '人', '保', '洁', '寒', '我', '工伤', 'ab')),
        (t) => {
          let lookups = 0
          const out = bigramFallback(t, (w) => (lookups++, has(w)))
          expect(lookups).toBeLessThanOrEqual(t.length)
          expect(out).toHaveLength(t.length)
          // Every term it yields is an indexed bigram.
          for (const terms of out)
            for (const term of terms ?? []) expect(INDEX.has(term)).toBe(true)
        }
      ),
      { numRuns: 500 }
    )
  })
})
