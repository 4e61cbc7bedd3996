import { COUNT_LIMIT, type SearchData } from './build-index'
import { importFlexIndex } from './flex-index'
import { FIELDS } from './fields'
import { RANKING, type RankingParams } from './ranking'

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
  /**
   * How many of the best-scored documents to return (default {@link DEFAULT_CANDIDATES}). Every
   * document holding a query term is scored; this bounds only what callers re-rank.
   */
  candidates?: number
  /**
   * rank() only: return the same documents and scores in no particular order, for a caller that
   * re-ranks them anyway (saves sorting them).
   */
  unordered?: boolean
}

/** Above the real library's size, so there every matching document is returned. */
export const DEFAULT_CANDIDATES = 400

/** The best-scored documents, best first: parallel arrays of document ids and scores. */
export interface RankedDocs {
  docs: Int32Array
  scores: Float64Array
}

/** The loaded index: postings give the candidates, BM25F scores them. */
export interface SearchIndex {
  readonly size: number
  /** The best-scored documents, by score (descending), then document id, with their matched terms. */
  search(groups: readonly QueryGroup[], options?: SearchOptions): ScoredDoc[]
  /** The same documents and scores as {@link search}, without the matched terms (the fast path). */
  rank(groups: readonly QueryGroup[], options?: SearchOptions): RankedDocs
  /** The query terms found in a document: per group the winning alternative (as in {@link search}). */
  matched(groups: readonly QueryGroup[], doc: number): string[]
  /** Inverse document frequency (BM25's, always > 0). */
  idf(term: string): number
  has(term: string): boolean
  /** The length of the longest term (code units): no longer fragment can be a term. */
  readonly maxTermLength: number
}

const C = COUNT_LIMIT

/**
 * Loads search data exported by {@link buildSearchData}, its terms in term-number order (the
 * vocabulary's `indexed` entries: vocabularyTerms). The BM25F constants (k1, b, field weights,
 * head-term boost) are read from `params` now, once.
 */
export function loadSearchIndex(
  data: SearchData,
  termList: readonly string[],
  params: RankingParams = RANKING
): SearchIndex {
  const K1 = params.k1
  const B = params.b
  const HEAD_TERM_BOOST = params.headTermBoost
  const WEIGHTS = FIELDS.map((f) => params.fieldWeights[f])
  const n = data.len.length / 4
  // FlexSearch holds the inverted lists: the documents holding a term are its candidates, their
  // number its document frequency.
  const { index: flex, df } = importFlexIndex(data.flex, termList)
  const termId = new Map<string, number>()
  let maxTermLength = 0
  for (let t = 0; t < termList.length; t++) {
    termId.set(termList[t]!, t)
    maxTermLength = Math.max(maxTermLength, termList[t]!.length)
  }

  // Term t owns [start[t], start[t + 1]) of postingDoc/postingCounts: the counts as shipped
  // (aligned to FlexSearch's lists), the documents from FlexSearch's search for the term (never
  // capped: limit = every document) when the term is first searched.
  const start = new Int32Array(termList.length + 1)
  for (let t = 0; t < termList.length; t++) start[t + 1] = start[t]! + df[t]!
  if (data.counts.length !== start[termList.length])
    throw new Error("the search counts do not match FlexSearch's lists")
  const postingDoc = new Int32Array(start[termList.length]!)
  const postingCounts = Uint32Array.from(data.counts)
  function decode(t: number): void {
    const found = flex.search({ query: termList[t]!, limit: Math.max(n, 1) }) as Array<
      number | string
    >
    const docs = Int32Array.from(found, Number).sort()
    if (docs.length !== df[t])
      throw new Error(
        `FlexSearch returned another list than it exported for ${JSON.stringify(termList[t])}`
      )
    postingDoc.set(docs, start[t]!)
  }
  const len = Float64Array.from(data.len)
  const avgLen = [0, 0, 0, 0]
  for (let f = 0; f < 4; f++) {
    let sum = 0
    for (let d = 0; d < n; d++) sum += len[d * 4 + f]!
    avgLen[f] = sum / Math.max(n, 1)
  }

  const idfOf = (dfT: number) => Math.log(1 + (n - dfT + 0.5) / (dfT + 0.5))
  const background = new Float64Array(termList.length).fill(1)
  const bg = data.background ?? []
  for (let p = 0, t = 0; p < bg.length; p += 2) background[(t += bg[p]!)] = bg[p + 1]! / 100
  const idfCache = new Float64Array(termList.length).fill(NaN)
  const idfById = (t: number): number => {
    let v = idfCache[t]!
    if (Number.isNaN(v)) idfCache[t] = v = idfOf(df[t]!)
    return v
  }

  /**
   * BM25F of posting k of term t: field-weighted, length-normalised tf, saturated once per term;
   * a term the document holds only in its body (packed counts < C: no title, keyword or summary
   * count) is scaled by bodyOnlyFactor, so a long story's words that an article merely mentions
   * (工厂、订单、家里 in a case's facts) weigh less than the words articles are about.
   */
  function termScore(k: number, factor: number): number {
    const packed = postingCounts[k]!
    const doc = postingDoc[k]!
    let weighted = 0
    for (let f = 0; f < 4; f++) {
      const c = Math.floor(packed / C ** (3 - f)) % C
      if (c) weighted += (WEIGHTS[f]! * c) / (1 - B + (B * len[doc * 4 + f]!) / (avgLen[f] || 1))
    }
    const score = (factor * weighted) / (K1 + weighted)
    return packed < C ? params.bodyOnlyFactor * score : score
  }

  /** Per posting its termScore, filled one term at a time on first use (a pure function of the data). */
  const postingScore = new Float64Array(postingDoc.length)
  const scored = new Uint8Array(termList.length)
  function scoreTerm(t: number): void {
    decode(t)
    // A head term occurs in some title or keyword list (the counts' two high bytes).
    let head = false
    for (let k = start[t]!; k < start[t + 1]! && !head; k++) head = postingCounts[k]! >= C * C
    const factor = (head ? HEAD_TERM_BOOST : 1) * idfById(t) * background[t]!
    for (let k = start[t]!; k < start[t + 1]!; k++) postingScore[k] = termScore(k, factor)
    scored[t] = 1
  }

  // Scratch space for one search, reset after use; nothing per query grows with the corpus
  // beyond the documents the query touches.
  const groupBest = new Float64Array(n)
  const total = new Float64Array(n)

  /** The score of `doc` for term t (0 when the document lacks it): binary search of t's postings. */
  function scoreOf(t: number, doc: number): number {
    let lo = start[t]!
    let hi = start[t + 1]! - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const d = postingDoc[mid]!
      if (d === doc) return postingScore[mid]!
      if (d < doc) lo = mid + 1
      else hi = mid - 1
    }
    return 0
  }

  /** Whether a ranks after b: lower score, or the same score and a higher id. */
  const after = (a: number, b: number) => total[a]! < total[b]! || (total[a] === total[b] && a > b)

  /** The k best of docs by `after`, best first (a bounded min-heap, then a sort of k unless unordered). */
  function best(docs: number[], k: number, unordered = false): number[] {
    if (docs.length > k) {
      const heap = docs.slice(0, k)
      const down = (i: number) => {
        for (;;) {
          const l = 2 * i + 1
          const r = l + 1
          let m = i
          if (l < k && after(heap[l]!, heap[m]!)) m = l
          if (r < k && after(heap[r]!, heap[m]!)) m = r
          if (m === i) return
          ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
          i = m
        }
      }
      for (let i = (k >> 1) - 1; i >= 0; i--) down(i)
      for (let j = k; j < docs.length; j++)
        if (after(heap[0]!, docs[j]!)) {
          heap[0] = docs[j]!
          down(0)
        }
      docs = heap
    }
    return unordered ? docs : docs.sort((a, b) => total[b]! - total[a]! || a - b)
  }

  const termIds = (groups: readonly QueryGroup[]) =>
    groups.map((g) => g.terms.map((term) => termId.get(term) ?? -1))

  /**
   * Per group, each document's best alternative (weight × termScore; the first alternative wins
   * a tie), added to its total in group order; every document holding a query term is scored.
   */
  function rank(groups: readonly QueryGroup[], options: SearchOptions = {}): RankedDocs {
    const limit = options.candidates ?? DEFAULT_CANDIDATES
    const ids = termIds(groups)
    const touched: number[] = []
    let any = false
    for (let gi = 0; gi < groups.length; gi++) {
      const weights = groups[gi]!.weights
      const tids = ids[gi]!
      let known = 0
      for (const t of tids) if (t >= 0) known++
      if (known === 0) continue
      any = true
      for (let i = 0; i < tids.length; i++) {
        const t = tids[i]!
        if (t < 0) continue
        if (!scored[t]) scoreTerm(t)
        const w = weights[i]!
        const end = start[t + 1]!
        if (known === 1) {
          // One alternative: its score is the group's best (w·score > 0), added straight away.
          for (let k = start[t]!; k < end; k++) total[postingDoc[k]!] += w * postingScore[k]!
          continue
        }
        for (let k = start[t]!; k < end; k++) {
          const doc = postingDoc[k]!
          const s = w * postingScore[k]!
          if (s > groupBest[doc]!) {
            if (groupBest[doc] === 0) touched.push(doc)
            groupBest[doc] = s
          }
        }
      }
      for (const doc of touched) {
        total[doc] += groupBest[doc]!
        groupBest[doc] = 0
      }
      touched.length = 0
    }
    if (!any) return { docs: new Int32Array(0), scores: new Float64Array(0) }
    // The scored documents: a scan of the totals costs less than marking them posting by posting.
    const hits: number[] = []
    for (let doc = 0; doc < n; doc++) if (total[doc]! > 0) hits.push(doc)
    const top = best(hits, limit, options.unordered)
    const docs = Int32Array.from(top)
    const scores = new Float64Array(top.length)
    for (let r = 0; r < top.length; r++) scores[r] = total[top[r]!]!
    for (const doc of hits) total[doc] = 0
    return { docs, scores }
  }

  function matched(groups: readonly QueryGroup[], doc: number, ids = termIds(groups)): string[] {
    const out: string[] = []
    for (let gi = 0; gi < groups.length; gi++) {
      const tids = ids[gi]!
      const weights = groups[gi]!.weights
      let bestScore = 0
      let bestTerm = -1
      for (let i = 0; i < tids.length; i++) {
        if (tids[i]! < 0) continue
        if (!scored[tids[i]!]) scoreTerm(tids[i]!)
        const s = weights[i]! * scoreOf(tids[i]!, doc)
        if (s > bestScore) {
          bestScore = s
          bestTerm = i
        }
      }
      if (bestTerm >= 0) out.push(groups[gi]!.terms[bestTerm]!)
    }
    return out
  }

  return {
    size: n,
    idf: (term) => {
      const t = termId.get(term)
      return t === undefined ? idfOf(0) : idfById(t)
    },
    has: (term) => termId.has(term),
    maxTermLength,
    rank,
    matched: (groups, doc) => matched(groups, doc),
    search(groups, options = {}) {
      const { docs, scores } = rank(groups, options)
      const ids = termIds(groups)
      return Array.from(docs, (doc, r): ScoredDoc => ({
        doc,
        score: scores[r]!,
        matched: matched(groups, doc, ids),
      }))
    },
  }
}
