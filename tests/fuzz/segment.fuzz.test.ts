import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createDagSegmenter,
  packVocabulary,
  type SegmenterData,
  unpackVocabulary,
} from '../../src/core/segment/dag-segmenter'
import { readArtifact } from '../../scripts/lib/load-library'
import { anyString, questionLike, RUNS } from './arbitraries'

const artifact = readArtifact()
const segmenter = createDagSegmenter(artifact.segmenter)
const reference = createReference(artifact.segmenter)
const BLOCK = /[\u4e00-\u9fd5a-z0-9+#&._%-]+/g

/** What the segmenter must partition: the lower-cased text's blocks, concatenated. */
const blocks = (s: string) => (s.toLowerCase().match(BLOCK) ?? []).join('')

/**
 * Reference model: the segmenter as first written (every fragment up to the longest word is
 * looked up). The shipped one stops at the first fragment that no word starts with; both must
 * choose the same route.
 */
function createReference(data: SegmenterData): (text: string) => string[] {
  const freq = unpackVocabulary(data)
  let maxLen = 1
  for (const w of freq.keys()) maxLen = Math.max(maxLen, w.length)
  const logTotal = Math.log(data.total)
  return (text) => referenceCut(freq, maxLen, logTotal, text)
}

function referenceCut(
  freq: Map<string, number>,
  maxLen: number,
  logTotal: number,
  text: string
): string[] {
  const out: string[] = []
  for (const m of text.toLowerCase().matchAll(BLOCK)) {
    const s = m[0]
    const n = s.length
    const score = new Float64Array(n + 1)
    const next = new Int32Array(n + 1)
    for (let i = n - 1; i >= 0; i--) {
      let best = -Infinity
      let bestEnd = i + 1
      for (let j = i + 1; j <= Math.min(n, i + maxLen); j++) {
        const f = freq.get(s.slice(i, j))
        if (f === undefined && j > i + 1) continue
        const sc = Math.log(f || 1) - logTotal + score[j]!
        if (sc > best || (sc === best && j > bestEnd)) {
          best = sc
          bestEnd = j
        }
      }
      score[i] = best
      next[i] = bestEnd
    }
    let buf = ''
    for (let i = 0; i < n; i = next[i]!) {
      const w = s.slice(i, next[i])
      if (w.length === 1 && /^[a-z0-9+#&._%-]$/.test(w)) {
        buf += w
        continue
      }
      if (buf) {
        out.push(buf)
        buf = ''
      }
      out.push(w)
    }
    if (buf) out.push(buf)
  }
  return out
}

/** A small random dictionary over a few characters, so long words and overlaps are common. */
const dictionary = fc
  .dictionary(
    fc.string({ unit: fc.constantFrom(...'工资加班费辞退补偿金ab1'), minLength: 1, maxLength: 6 }),
    fc.integer({ min: 1, max: 100000 }),
    {
      maxKeys: 40,
    }
  )
  .map((freq): SegmenterData =>
    packVocabulary(
      Object.entries(freq),
      Object.values(freq).reduce((a, b) => a + b, 1000)
    )
  )

describe(`createDagSegmenter (${RUNS.cheap} runs per property)`, () => {
  it('never throws and partitions the text: tokens are non-empty and join to its blocks', () => {
    fc.assert(
      fc.property(anyString(), (s) => {
        const tokens = segmenter.cut(s)
        for (const t of tokens) expect(t.length).toBeGreaterThan(0)
        expect(tokens.join('')).toBe(blocks(s))
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)

  it('cuts like the reference model over the artifact vocabulary', () => {
    fc.assert(
      fc.property(questionLike(120), (s) => {
        expect(segmenter.cut(s)).toEqual(reference(s))
      }),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)

  it('cuts like the reference model over arbitrary dictionaries', () => {
    fc.assert(
      fc.property(
        dictionary,
        fc.string({ unit: fc.constantFrom(...'工资加班费辞退补偿金ab1 ，'), maxLength: 40 }),
        (data, s) => {
          const tokens = createDagSegmenter(data).cut(s)
          expect(tokens).toEqual(createReference(data)(s))
          expect(tokens.join('')).toBe(blocks(s))
        }
      ),
      { numRuns: RUNS.cheap }
    )
  }, 120_000)
})
