/**
 * The labelled real questions as examples: a new question's nearest ones (by the Chinese
 * characters and character pairs they share, idf-weighted cosine) vote for their topics. Beside
 * the topic model, which keeps only features seen in six or more examples, this keeps what the
 * rarer ones say (the phrasing of one earlier question like this one).
 * @module
 */
import { HAN } from './topic-model'

/** As the artifact ships it (built from tests/real by the knowledge build). */
export interface NeighbourData {
  /**
   * Per labelled question, its normalised text's runs of Chinese characters, joined by a space:
   * the only part the vote reads (no digits, Latin letters or phone numbers are shipped).
   */
  questions: string[]
  /** Per question, its topics (the first is the leading one). */
  topics: string[][]
}

export interface Neighbours {
  /**
   * Per topic of `topics`, the share of the vote of the `count` nearest labelled questions
   * (weighted by similarity; a question with two topics splits its vote); undefined when no
   * labelled question shares a character with the text.
   */
  vote(normalized: string, topics: readonly string[], count: number): Float64Array | undefined
}

/** Runs of Chinese characters of a normalised text, space-joined. */
export function hanRuns(normalized: string): string {
  return (normalized.match(HAN) ?? []).join(' ')
}

/** Characters of the runs are U+4E00 … U+9FFF (see HAN): as numbers 0 … SPAN − 1. */
const FIRST = 0x4e00
const SPAN = 0xa000 - FIRST

/**
 * Calls `visit` with each character and each pair of adjacent characters within a run, as small
 * integers (a character c, a pair SPAN · (1 + a) + b): no substring is made, and V8 keeps every
 * key an unboxed small integer. Linear in the text.
 */
function eachFeature(runs: string, visit: (key: number) => void): void {
  let prev = -1
  for (let i = 0; i < runs.length; i++) {
    const c = runs.charCodeAt(i) - FIRST
    if (c < 0 || c >= SPAN) {
      prev = -1
      continue
    }
    visit(c)
    if (prev >= 0) visit(SPAN * (1 + prev) + c)
    prev = c
  }
}

/** The questions' examples as shipped; `normalize` is the library's. */
export function buildNeighbourData(
  rows: ReadonlyArray<{ q: string; topics?: readonly string[]; declined?: boolean }>,
  normalize: (text: string) => string
): NeighbourData {
  const labelled = rows.filter((r) => !r.declined && r.topics?.length)
  return {
    questions: labelled.map((r) => hanRuns(normalize(r.q.trim()))),
    topics: labelled.map((r) => [...r.topics!]),
  }
}

export const NO_NEIGHBOURS: NeighbourData = { questions: [], topics: [] }

interface Index {
  /** Character c's feature number (−1: none); a pair's: `pairs`. */
  chars: Int32Array
  pairs: Map<number, number>
  /** Feature f's questions: list[start[f] … start[f + 1]). */
  start: Int32Array
  list: Int32Array
  /** Per feature, its idf squared (idf = ln(1 + n / (1 + df))). */
  idf2: Float64Array
  /** Per question, the length of its idf vector. */
  norm: Float64Array
  /** Per feature, the last vote that counted it (each feature once per question). */
  stamp: Float64Array
}

/**
 * The inverted index over the questions' distinct features, as flat arrays. Built on the first
 * vote of an isolate, so written for cold code: one loop, no closure, characters addressed
 * directly.
 */
function buildIndex(questions: readonly string[]): Index {
  const n = questions.length
  let length = 0
  for (const q of questions) length += q.length
  // At most a character and a pair per code unit: typed arrays of that size, no growing.
  const most = 2 * length
  const chars = new Int32Array(SPAN).fill(-1)
  const pairs = new Map<number, number>()
  const df = new Int32Array(most)
  const seen = new Int32Array(most).fill(-1)
  let features = 0
  // Per question, its distinct features; questions[j]'s are occurrences[at[j] … at[j + 1]).
  const occurrences = new Int32Array(most)
  let used = 0
  const at = new Int32Array(n + 1)
  for (let j = 0; j < n; j++) {
    const q = questions[j]!
    let prev = -1
    for (let i = 0; i < q.length; i++) {
      const c = q.charCodeAt(i) - FIRST
      if (c < 0 || c >= SPAN) {
        prev = -1
        continue
      }
      for (let pass = prev >= 0 ? 0 : 1; pass < 2; pass++) {
        // pass 0: the pair ending here; pass 1: the character.
        let f = pass ? chars[c]! : (pairs.get(SPAN * (1 + prev) + c) ?? -1)
        if (f < 0) {
          f = features++
          if (pass) chars[c] = f
          else pairs.set(SPAN * (1 + prev) + c, f)
        }
        if (seen[f] === j) continue
        seen[f] = j
        df[f]!++
        occurrences[used++] = f
      }
      prev = c
    }
    at[j + 1] = used
  }
  const start = new Int32Array(features + 1)
  const idf2 = new Float64Array(features)
  for (let f = 0; f < features; f++) {
    start[f + 1] = start[f]! + df[f]!
    idf2[f] = Math.log(1 + n / (1 + df[f]!)) ** 2
  }
  const list = new Int32Array(used)
  const fill = start.slice(0, features)
  const norm = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    let sum = 0
    for (let k = at[j]!; k < at[j + 1]!; k++) {
      const f = occurrences[k]!
      list[fill[f]!++] = j
      sum += idf2[f]!
    }
    norm[j] = Math.sqrt(sum) || 1
  }
  return { chars, pairs, start, list, idf2, norm, stamp: new Float64Array(features).fill(-1) }
}

/** Loads shipped examples; the inverted index is built on the first vote. */
export function loadNeighbours(data: NeighbourData): Neighbours {
  let index: Index | undefined
  let votes = 0
  return {
    vote(normalized, topics, count) {
      if (!data.questions.length || count < 1) return undefined
      const { chars, pairs, start, list, idf2, norm, stamp } = (index ??= buildIndex(
        data.questions
      ))
      const voteId = votes++
      // Dot products with every question sharing a feature; the query's own norm scales every
      // similarity alike, so it is left out (the vote is a share).
      const dot = new Float64Array(data.questions.length)
      eachFeature(normalized, (key) => {
        const f = key < SPAN ? chars[key]! : (pairs.get(key) ?? -1)
        if (f < 0 || stamp[f] === voteId) return
        stamp[f] = voteId
        for (let k = start[f]!; k < start[f + 1]!; k++) dot[list[k]!] += idf2[f]!
      })
      const nearest: number[] = []
      const sim = (j: number) => dot[j]! / norm[j]!
      for (let j = 0; j < dot.length; j++) {
        if (dot[j] === 0) continue
        if (nearest.length === count && sim(j) <= sim(nearest[count - 1]!)) continue
        let i = Math.min(nearest.length, count - 1)
        while (i > 0 && sim(j) > sim(nearest[i - 1]!)) {
          nearest[i] = nearest[i - 1]!
          i--
        }
        nearest[i] = j
      }
      if (!nearest.length) return undefined
      const share = new Float64Array(topics.length)
      let total = 0
      for (const j of nearest) {
        const own = data.topics[j]!
        for (const t of own) {
          const c = topics.indexOf(t)
          if (c < 0) continue
          share[c] += sim(j) / own.length
          total += sim(j) / own.length
        }
      }
      if (total === 0) return undefined
      for (let c = 0; c < share.length; c++) share[c]! /= total
      return share
    },
  }
}
