import type { Document } from 'flexsearch'
import type { SearchData } from './build-index'
import { createFlexDocument } from './flex-document'
import { FIELD_WEIGHTS, FIELDS } from './fields'

/** One scored document. */
export interface ScoredDoc {
  doc: number
  score: number
  /** The query terms found in the document. */
  matched: string[]
}

/**
 * One word of the question with its alternatives (the sub-words search mode adds), each with a
 * weight. A group scores its best alternative only, so 住房公积金 does not count five times
 * through 住房/公积/积金/公积金.
 */
export interface QueryGroup {
  terms: string[]
  weights: number[]
}

export interface SearchOptions {
  /** Candidates FlexSearch returns per field before scoring. */
  candidates?: number
}

/** The loaded index: FlexSearch finds candidates, BM25F scores them. */
export interface SearchIndex {
  readonly size: number
  search(groups: readonly QueryGroup[], options?: SearchOptions): ScoredDoc[]
  /** Inverse document frequency (BM25's, always > 0). */
  idf(term: string): number
  has(term: string): boolean
}

const K1 = 1.2
/**
 * Extra weight for a question word that names a topic somewhere (it occurs in a title or keyword
 * list): 辞退、补偿 say what the question is about; 突然、厂里 only tell the story.
 */
const HEAD_TERM_BOOST = 1.6
const B = 0.75
const WEIGHTS = FIELDS.map((f) => FIELD_WEIGHTS[f])

/** Loads search data exported by {@link buildSearchData}. */
export function loadSearchIndex(data: SearchData): SearchIndex {
  const flexDoc: Document = createFlexDocument()
  for (const [key, value] of Object.entries(data.flex)) flexDoc.import(key, value)
  const n = data.docs.length
  const head = new Set(data.head)
  const idfCache = new Map<string, number>()
  const idf = (term: string): number => {
    let v = idfCache.get(term)
    if (v === undefined) {
      const df = data.df[term] ?? 0
      v = Math.log(1 + (n - df + 0.5) / (df + 0.5))
      idfCache.set(term, v)
    }
    return v
  }

  /** BM25F: field-weighted, length-normalised term frequency, saturated once per term. */
  function termScore(doc: number, term: string): number {
    const { tf, len } = data.docs[doc]!
    const counts = tf[term]
    if (!counts) return 0
    let weighted = 0
    for (let f = 0; f < 4; f++) {
      const c = counts[f]!
      if (c) weighted += (WEIGHTS[f]! * c) / (1 - B + (B * len[f]!) / (data.avgLen[f] || 1))
    }
    return ((head.has(term) ? HEAD_TERM_BOOST : 1) * idf(term) * weighted) / (K1 + weighted)
  }

  // Postings, built once at load: per term the documents holding it, in document order. Scoring
  // then walks each query term's postings (term-major) instead of looking every query term up in
  // every candidate's tf table; the figures are the same termScore values, summed in the same order.
  const postingDocs = new Map<string, number[]>()
  data.docs.forEach(({ tf }, doc) => {
    for (const term in tf) {
      const list = postingDocs.get(term)
      if (list) list.push(doc)
      else postingDocs.set(term, [doc])
    }
  })
  /** Per term, termScore for each posting (computed on first use; a pure function of the data). */
  const postingScores = new Map<string, Float64Array>()
  function scoresOf(term: string, docs: number[]): Float64Array {
    let scores = postingScores.get(term)
    if (!scores) {
      scores = new Float64Array(docs.length)
      for (let k = 0; k < docs.length; k++) scores[k] = termScore(docs[k]!, term)
      postingScores.set(term, scores)
    }
    return scores
  }
  // Scratch space for one search, reset after use.
  const isCandidate = new Uint8Array(n)
  const groupBest = new Float64Array(n)
  const groupTerm = new Int32Array(n)
  const total = new Float64Array(n)

  /**
   * Scores the candidates: per group, each candidate's best alternative (weight × termScore; the
   * first alternative wins a tie), added to its total in group order.
   */
  function scoreAll(candidates: Set<number>, groups: readonly QueryGroup[]): ScoredDoc[] {
    const matched = new Map<number, string[]>()
    for (const doc of candidates) {
      isCandidate[doc] = 1
      matched.set(doc, [])
    }
    const touched: number[] = []
    for (const g of groups) {
      for (let i = 0; i < g.terms.length; i++) {
        const term = g.terms[i]!
        const docs = postingDocs.get(term)
        if (!docs) continue
        const scores = scoresOf(term, docs)
        const w = g.weights[i]!
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!
          if (!isCandidate[doc]) continue
          const s = w * scores[k]!
          if (s > groupBest[doc]!) {
            if (groupBest[doc] === 0) touched.push(doc)
            groupBest[doc] = s
            groupTerm[doc] = i
          }
        }
      }
      for (const doc of touched) {
        total[doc] += groupBest[doc]!
        matched.get(doc)!.push(g.terms[groupTerm[doc]!]!)
        groupBest[doc] = 0
      }
      touched.length = 0
    }
    const scored: ScoredDoc[] = []
    for (const doc of candidates) {
      scored.push({ doc, score: total[doc]!, matched: matched.get(doc)! })
      isCandidate[doc] = 0
      total[doc] = 0
    }
    return scored
  }

  return {
    size: n,
    idf,
    has: (term) => term in data.df,
    search(groups, options = {}) {
      const known = [...new Set(groups.flatMap((g) => g.terms))].filter((t) => t in data.df)
      if (known.length === 0) return []
      const limit = options.candidates ?? 200
      const candidates = new Set<number>()
      const results = flexDoc.search({ query: known.join(' '), suggest: true, limit }) as Array<{
        result: number[]
      }>
      for (const field of results) for (const id of field.result) candidates.add(id)
      return scoreAll(candidates, groups).sort((a, b) => b.score - a.score || a.doc - b.doc)
    },
  }
}
