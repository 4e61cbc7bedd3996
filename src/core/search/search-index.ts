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

export interface SearchOptions {
  /** Candidates FlexSearch returns per field before scoring. */
  candidates?: number
}

/** The loaded index: FlexSearch finds candidates, BM25F scores them. */
export interface SearchIndex {
  readonly size: number
  search(terms: readonly string[], options?: SearchOptions): ScoredDoc[]
  /** Inverse document frequency (BM25's, always > 0). */
  idf(term: string): number
  has(term: string): boolean
}

const K1 = 1.2
const B = 0.75
const WEIGHTS = FIELDS.map((f) => FIELD_WEIGHTS[f])

/** Loads search data exported by {@link buildSearchData}. */
export function loadSearchIndex(data: SearchData): SearchIndex {
  const flexDoc: Document = createFlexDocument()
  for (const [key, value] of Object.entries(data.flex)) flexDoc.import(key, value)
  const n = data.docs.length
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
  function score(doc: number, terms: readonly string[]): ScoredDoc {
    const { tf, len } = data.docs[doc]!
    let total = 0
    const matched: string[] = []
    for (const term of terms) {
      const counts = tf[term]
      if (!counts) continue
      let weighted = 0
      for (let f = 0; f < 4; f++) {
        const c = counts[f]!
        if (c) weighted += (WEIGHTS[f]! * c) / (1 - B + (B * len[f]!) / (data.avgLen[f] || 1))
      }
      total += (idf(term) * weighted) / (K1 + weighted)
      matched.push(term)
    }
    return { doc, score: total, matched }
  }

  return {
    size: n,
    idf,
    has: (term) => term in data.df,
    search(terms, options = {}) {
      const known = terms.filter((t) => t in data.df)
      if (known.length === 0) return []
      const limit = options.candidates ?? 200
      const candidates = new Set<number>()
      const results = flexDoc.search({ query: known.join(' '), suggest: true, limit }) as Array<{
        result: number[]
      }>
      for (const field of results) for (const id of field.result) candidates.add(id)
      const scored: ScoredDoc[] = []
      for (const doc of candidates) scored.push(score(doc, known))
      return scored.sort((a, b) => b.score - a.score || a.doc - b.doc)
    },
  }
}
