import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createNormalizer, toHalfWidth } from '../../src/core/segment/normalize'
import { readArtifact } from '../../scripts/lib/load-library'
import { anyString, questionLike, RUNS } from './arbitraries'

const artifact = readArtifact()
const normalize = createNormalizer(artifact.normalize)
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/

describe(`toHalfWidth (${RUNS.cheap} runs per property)`, () => {
  it('never throws, leaves no full-width ASCII or ideographic space, and is idempotent', () => {
    fc.assert(
      fc.property(anyString(), (s) => {
        const out = toHalfWidth(s)
        expect(out).not.toMatch(FULL_WIDTH)
        expect(toHalfWidth(out)).toBe(out)
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)

  it('maps each full-width character to exactly one character (Chinese untouched)', () => {
    fc.assert(
      fc.property(questionLike(), (s) => {
        const out = toHalfWidth(s)
        expect([...out].length).toBe([...s.toLowerCase()].length)
        const han = (x: string) => x.replace(/[^\u4e00-\u9fff]/g, '')
        expect(han(out)).toBe(han(s))
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)
})

describe(`createNormalizer over the artifact's tables (${RUNS.cheap} runs per property)`, () => {
  const traditional = new Set(Object.keys(artifact.normalize.t2s))

  it('never throws; output has no full-width ASCII and no traditional character the table knows', () => {
    fc.assert(
      fc.property(anyString(), (s) => {
        const out = normalize(s)
        expect(typeof out).toBe('string')
        expect(out).not.toMatch(FULL_WIDTH)
        for (const ch of out) expect(traditional.has(ch)).toBe(false)
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)

  it('is deterministic and does not grow a question beyond its synonyms', () => {
    const longestCanonical = Math.max(1, ...artifact.normalize.synonyms.map(([, to]) => to.length))
    fc.assert(
      fc.property(questionLike(200), (s) => {
        const out = normalize(s)
        expect(normalize(s)).toBe(out)
        expect(out.length).toBeLessThanOrEqual(s.length * longestCanonical)
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)

  it('with arbitrary synonym tables it never throws and output is built from variants replaced once', () => {
    const pairs = fc.array(fc.tuple(questionLike(4), questionLike(4)), { maxLength: 20 })
    fc.assert(
      fc.property(pairs, questionLike(60), (synonyms, s) => {
        const n = createNormalizer({ t2s: {}, synonyms })
        expect(typeof n(s)).toBe('string')
        // With no variant present, only half-width folding applies.
        if (!synonyms.some(([from]) => from && toHalfWidth(s).includes(from)))
          expect(n(s)).toBe(toHalfWidth(s))
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)
})
