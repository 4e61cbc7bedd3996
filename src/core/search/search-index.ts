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

  function score(doc: number, groups: readonly QueryGroup[]): ScoredDoc {
    let total = 0
    const matched: string[] = []
    for (const g of groups) {
      let best = 0
      let bestTerm = ''
      for (let i = 0; i < g.terms.length; i++) {
        const s = g.weights[i]! * termScore(doc, g.terms[i]!)
        if (s > best) (best = s), (bestTerm = g.terms[i]!)
      }
      if (bestTerm) {
        total += best
        matched.push(bestTerm)
      }
    }
    return { doc, score: total, matched }
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
      const scored: ScoredDoc[] = []
      for (const doc of candidates) scored.push(score(doc, groups))
      return scored.sort((a, b) => b.score - a.score || a.doc - b.doc)
    },
  }
}
