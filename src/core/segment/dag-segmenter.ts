import { DIGIT_VALUE, DIGITS } from './digits'
import type { Segmenter } from './segmenter'

/**
 * The vocabulary the runtime segmenter knows, with jieba's frequencies, packed so that loading
 * costs nothing beyond JSON.parse: no 23,000-key object, no Map or Set to fill. Entries are the
 * words plus every proper prefix (length ≥ 2) of a longer word (jieba's prefix dictionary: a
 * scan stops when no longer word can follow), grouped by length in UTF-16 code units and sorted
 * by code units; each group is one string, written column by column (see {@link packTable}), and
 * a lookup is one binary search. Build with {@link packVocabulary}; read back with
 * {@link unpackVocabulary}.
 */
export interface SegmenterData {
  /** Index L − 1: the entries of length L, sorted, column by column ('' when none). */
  entries: string[]
  /**
   * Per entry, in the order of `entries` (shortest first): jieba's frequency of the word (or the
   * user dictionary's) plus one, 0 for a prefix that is not itself a word; four base-64 digits
   * ({@link DIGITS}), the high two in `freqHigh`, the low two in `freqLow`. Strings, not a number
   * array: read in place at lookup, and 11 % less gzip (the high halves are mostly 'AA').
   */
  freqHigh: string
  freqLow: string
  /** Sum of all frequencies of jieba's full dictionary, so log-probabilities equal jieba's. */
  total: number
  /**
   * Which entries are the search index's terms: a bit per entry in the order of `entries`, six to
   * a base-64 digit (entry k is bit k mod 6 of digit ⌊k/6⌋). The index numbers its terms in this
   * order and ships no strings of its own ({@link vocabularyTerms}).
   */
  indexed: string
}

/** The order entries are packed in, and index terms numbered in: length, then code units. */
export function entryOrder(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

/** The frequency of an entry that is only a prefix of longer words. */
export const PREFIX_ONLY = -1

/**
 * Packs string → number (≥ 0) pairs the way {@link SegmenterData} holds them: entries by length,
 * sorted; every proper prefix of a longer key, of length 2 to `maxPrefix`, is an entry too, with
 * the value {@link PREFIX_ONLY} unless it is a key itself. A group of n entries of length L is one
 * string written column by column: code unit k of entry m sits at k·n + m. Sorted entries share
 * their starts, so the first columns are long runs of one character, which gzip stores almost
 * for free (entry by entry, each shared start is a new three-byte literal): the segmenter's words
 * take a quarter less gzip, and nothing needs decoding at load. Look entries up with
 * {@link findPacked}, read one with {@link packedEntry}.
 */
export function packTable(
  pairs: Iterable<readonly [string, number]>,
  maxPrefix = Infinity
): { entries: string[]; values: number[] } {
  const table = new Map<string, number>()
  for (const [w, f] of pairs) {
    if (!w) continue
    table.set(w, f)
    for (let k = 2; k < w.length && k <= maxPrefix; k++)
      if (!table.has(w.slice(0, k))) table.set(w.slice(0, k), PREFIX_ONLY)
  }
  // A key met after a longer key it begins was entered as a prefix first; set() made it a key.
  const groups: Array<Array<[string, number]>> = []
  for (const e of table) (groups[e[0].length - 1] ??= []).push(e)
  const sorted = Array.from(groups, (g) => (g ?? []).sort((a, b) => entryOrder(a[0], b[0])))
  return {
    entries: sorted.map((g, i) => {
      let column = ''
      for (let k = 0; k <= i; k++) for (const [w] of g) column += w[k]
      return column
    }),
    values: sorted.flatMap((g) => g.map(([, f]) => f)),
  }
}

/** Entry m of a packed group of entries of length len (see {@link packTable}). */
export function packedEntry(group: string, len: number, m: number): string {
  const n = group.length / len
  let out = ''
  for (let k = 0; k < len; k++) out += group[k * n + m]
  return out
}

/**
 * Packs a word → frequency table (frequencies ≥ 0) as {@link SegmenterData}, marking `indexed`
 * (the search index's terms; each must be one of the words).
 */
export function packVocabulary(
  freq: Iterable<readonly [string, number]>,
  total: number,
  indexed: Iterable<string> = []
): SegmenterData {
  const { entries, values } = packTable(freq)
  let freqHigh = ''
  let freqLow = ''
  for (const f of values) {
    const v = f + 1
    if (!Number.isInteger(v) || v < 0 || v >= 1 << 24)
      throw new Error(`a frequency outside 0 … 2^24 − 2: ${f}`)
    freqHigh += DIGITS[v >> 18]! + DIGITS[(v >> 12) & 63]!
    freqLow += DIGITS[(v >> 6) & 63]! + DIGITS[v & 63]!
  }
  const bits = new Uint8Array(Math.ceil(values.length / 6))
  const starts = entryStarts(entries)
  for (const term of indexed) {
    const len = term.length
    const k = len && len <= entries.length ? findPacked(entries[len - 1]!, len, term, 0) : -1
    const e = starts[len - 1]! + k
    if (k < 0 || values[e] === PREFIX_ONLY)
      throw new Error(`an index term that is not a vocabulary word: ${JSON.stringify(term)}`)
    bits[Math.floor(e / 6)] = bits[Math.floor(e / 6)]! | (1 << (e % 6))
  }
  let marks = ''
  for (const b of bits) marks += DIGITS[b]!
  return { entries, freqHigh, freqLow, total, indexed: marks }
}

/**
 * Entries are numbered shortest first: index L − 1 holds the number of the first entry of length
 * L, the last index the number of entries.
 */
function entryStarts(entries: readonly string[]): Int32Array {
  const starts = new Int32Array(entries.length + 1)
  for (let L = 1; L <= entries.length; L++) starts[L] = starts[L - 1]! + entries[L - 1]!.length / L
  return starts
}

/** The search index's terms (the entries marked `indexed`), in term-number order. */
export function vocabularyTerms(data: SegmenterData): string[] {
  const { entries, indexed } = data
  const starts = entryStarts(entries)
  const out: string[] = []
  // Marked entries come in ascending number (a digit's set bits lowest first), so their length
  // only grows.
  let len = 1
  for (let d = 0; d < indexed.length; d++) {
    let bits = DIGIT_VALUE[indexed.charCodeAt(d)]!
    while (bits > 0) {
      const k = d * 6 + 31 - Math.clz32(bits & -bits)
      bits &= bits - 1
      while (len < entries.length && k >= starts[len]!) len++
      out.push(packedEntry(entries[len - 1]!, len, k - starts[len - 1]!))
    }
  }
  return out
}

/** The frequency of entry k (in the order of `entries`), or {@link PREFIX_ONLY}. */
export function frequencyAt(data: SegmenterData, k: number): number {
  const { freqHigh: h, freqLow: l } = data
  const p = 2 * k
  return (
    ((DIGIT_VALUE[h.charCodeAt(p)]! << 18) |
      (DIGIT_VALUE[h.charCodeAt(p + 1)]! << 12) |
      (DIGIT_VALUE[l.charCodeAt(p)]! << 6) |
      DIGIT_VALUE[l.charCodeAt(p + 1)]!) -
    1
  )
}

/** The packed vocabulary as word → frequency, prefixes left out (for tools and tests). */
export function unpackVocabulary(data: SegmenterData): Map<string, number> {
  const out = new Map<string, number>()
  let k = 0
  data.entries.forEach((group, i) => {
    for (let m = 0; m < group.length / (i + 1); m++) {
      const f = frequencyAt(data, k++)
      if (f !== PREFIX_ONLY) out.set(packedEntry(group, i + 1, m), f)
    }
  })
  return out
}

/** Index of s[i, i + len) among the sorted entries of length len packed in `group`, or −1. */
export function findPacked(group: string, len: number, s: string, i: number): number {
  const n = group.length / len
  let lo = 0
  let hi = n - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    let c = 0
    for (let k = 0; k < len && c === 0; k++) c = group.charCodeAt(k * n + mid) - s.charCodeAt(i + k)
    if (c === 0) return mid
    if (c < 0) lo = mid + 1
    else hi = mid - 1
  }
  return -1
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
  const { entries } = data
  const maxLen = entries.length
  // Where each length's frequencies start (entry numbers, see frequencyAt).
  const freqStart = entryStarts(entries)
  const unknownChar = Math.log(1) - logTotal

  // Linear in the block: every prefix of a word is an entry, so from each position the scan
  // stops at the first fragment no word starts with — at most maxLen + 1 lookups per position.
  function cutBlock(s: string, out: string[]): void {
    const n = s.length
    // route[i] = best log-probability of s[i..] and the end of the first word on that route.
    const score = new Float64Array(n + 1)
    const next = new Int32Array(n + 1)
    for (let i = n - 1; i >= 0; i--) {
      let best = -Infinity
      let bestEnd = i + 1
      for (let j = i + 1; j <= n; j++) {
        const len = j - i
        const k = len <= maxLen ? findPacked(entries[len - 1]!, len, s, i) : -1
        const f = k >= 0 ? frequencyAt(data, freqStart[len - 1]! + k) : PREFIX_ONLY
        let lp: number
        if (f !== PREFIX_ONLY) lp = Math.log(f || 1) - logTotal
        else if (len === 1) lp = unknownChar
        // A prefix of a longer word: go on; nothing: no longer word can start here.
        else if (k >= 0) continue
        else break
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
