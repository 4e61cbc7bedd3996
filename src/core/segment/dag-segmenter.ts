import type { Segmenter } from './segmenter'

/** The vocabulary the runtime segmenter knows, with jieba's frequencies. */
export interface SegmenterData {
  /** word → jieba dictionary frequency (or the user dictionary's). */
  freq: Record<string, number>
  /** Sum of all frequencies of jieba's full dictionary, so log-probabilities equal jieba's. */
  total: number
  /**
   * Every proper prefix (length ≥ 2) of the words, joined with '\n' ({@link vocabularyPrefixes});
   * shipped so loading need not walk the 23,000 words. Computed from freq when absent.
   */
  prefixes?: string
}

/** The proper prefixes (length ≥ 2) of the words, each once, joined with '\n'. */
export function vocabularyPrefixes(words: Iterable<string>): string {
  const out = new Set<string>()
  for (const w of words) for (let k = 2; k < w.length; k++) out.add(w.slice(0, k))
  return [...out].join('\n')
}

// jieba's block split: runs of Han characters, letters, digits and a few joiners are cut;
// everything else separates blocks and is dropped.
const BLOCK = /[\u4e00-\u9fd5a-z0-9+#&._%-]+/g
const ALNUM = /^[a-z0-9+#&._%-]$/

/**
 * jieba's algorithm without HMM — a DAG of dictionary words over the sentence and the
 * maximum-probability route through it (jieba `__cut_DAG_NO_HMM`) — over the index's own
 * vocabulary. A word outside that vocabulary could match nothing in the index anyway, so the
 * small dictionary loses nothing that retrieval could use. Pure, no I/O, the same on Node and
 * in workerd.
 */
export function createDagSegmenter(data: SegmenterData): Segmenter {
  const logTotal = Math.log(data.total)
  // The parsed freq object is the dictionary itself: copying 23,000 words into a Map cost more
  // at cold start than all lookups of many questions. A hit must be a number ('constructor' is
  // the prototype's function).
  const freq = data.freq
  // Every proper prefix of a word (jieba's prefix dictionary): the scan from one position stops
  // as soon as no longer word can follow, which also bounds it by the longest word.
  const prefixes = new Set((data.prefixes ?? vocabularyPrefixes(Object.keys(freq))).split('\n'))
  const unknownChar = Math.log(1) - logTotal

  function cutBlock(s: string, out: string[]): void {
    const n = s.length
    // route[i] = best log-probability of s[i..] and the end of the first word on that route.
    const score = new Float64Array(n + 1)
    const next = new Int32Array(n + 1)
    for (let i = n - 1; i >= 0; i--) {
      let best = -Infinity
      let bestEnd = i + 1
      for (let j = i + 1; j <= n; j++) {
        const frag = s.slice(i, j)
        const f = freq[frag]
        let lp: number
        if (typeof f === 'number') lp = Math.log(f || 1) - logTotal
        else {
          if (j > i + 1) {
            if (prefixes.has(frag)) continue
            break
          }
          lp = unknownChar
        }
        const sc = lp + score[j]!
        // jieba takes max((score, end)): on a tie the longer word wins.
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
      if (w.length === 1 && ALNUM.test(w)) {
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

  return {
    cut(text: string): string[] {
      const out: string[] = []
      for (const m of text.toLowerCase().matchAll(BLOCK)) cutBlock(m[0], out)
      return out
    },
  }
}
