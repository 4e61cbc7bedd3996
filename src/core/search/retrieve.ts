import type { Article } from '../knowledge/article'
import type { Library } from '../knowledge/library'
import { expandSubwords } from '../segment/expand-subwords'
import { isIndexToken } from './build-index'
import type { QueryGroup } from './search-index'
import { clearPhraseScratch, phrasesByWords, phrasesIn } from './phrases'

/** A ranked article with the evidence behind its score. */
export interface Hit {
  article: Article
  score: number
  /** Question terms found in the article. */
  matched: string[]
}

export interface Retrieval {
  /** The question after normalisation (half-width, simplified, synonyms applied). */
  normalized: string
  /** The question's words with their sub-word alternatives. */
  groups: QueryGroup[]
  hits: Hit[]
  /** 0..1: how sure the top hit answers the question. */
  confidence: number
}

export interface RetrieveOptions {
  limit?: number
}

/** Bonus for a keyword phrase of the article found verbatim in the question, per character. */
const PHRASE_BONUS_PER_CHAR = 0.3
const PHRASE_BONUS_CAP = 4
/**
 * A keyword phrase whose words all occur in the question, apart or in another order (公司不缴纳
 * 社会保险合法吗 in 「公司说试用期不用缴纳社会保险，合法吗」), earns this share of the verbatim bonus.
 */
const LOOSE_PHRASE_SHARE = 0.5
/** Share of the best sibling's score an article gains from another article of its topic. */
const TOPIC_SUPPORT = 0.5

/**
 * Finds the articles that answer a question: normalise, segment, BM25F over the index's postings
 * (every document holding a query term is scored; the best 400, DEFAULT_CANDIDATES, are
 * re-ranked), plus phrase evidence (a keyword the article lists appears in the question) and
 * topic support (several articles of one topic agreeing).
 */
export function retrieve(question: string, lib: Library, options: RetrieveOptions = {}): Retrieval {
  const normalized = lib.normalize(question)
  const groups = queryGroups(lib.segmenter.cut(normalized), lib)
  // The candidates in any order: nothing below depends on it (ties go by document id).
  const { docs, scores } = lib.index.rank(groups, { unordered: true })
  const m = docs.length

  // Phrase evidence, per candidate.
  const phraseIndex = lib.phrases
  const present = phrasesIn(normalized, phraseIndex)
  const loose = phrasesByWords(groups, phraseIndex)
  const boosted = new Float64Array(m)
  const { docStart, docPhrases, lengths } = phraseIndex
  for (let r = 0; r < m; r++) {
    let phrase = 0
    for (let k = docStart[docs[r]!]!, end = docStart[docs[r]! + 1]!; k < end; k++) {
      const id = docPhrases[k]!
      if (present[id]) phrase += lengths[id]!
      else if (loose[id]) phrase += LOOSE_PHRASE_SHARE * lengths[id]!
    }
    boosted[r] = scores[r]! + Math.min(phrase * PHRASE_BONUS_PER_CHAR, PHRASE_BONUS_CAP)
  }
  clearPhraseScratch(phraseIndex)

  // Topic support: the best other candidate of the same topic lends a share of its score (the
  // best and second-best score per topic; a tie for the best lends the tied score).
  const { topicOf, topics } = topicsOf(lib)
  const first = new Float64Array(topics).fill(-Infinity)
  const second = new Float64Array(topics).fill(-Infinity)
  for (let r = 0; r < m; r++) {
    const t = topicOf[docs[r]!]!
    const s = boosted[r]!
    if (s > first[t]!) {
      second[t] = first[t]!
      first[t] = s
    } else if (s > second[t]!) second[t] = s
  }
  const final = new Float64Array(m)
  for (let r = 0; r < m; r++) {
    const t = topicOf[docs[r]!]!
    const sibling = first[t] === boosted[r] ? (second[t] === -Infinity ? 0 : second[t]!) : first[t]!
    final[r] = boosted[r]! + TOPIC_SUPPORT * sibling
  }

  // The best `limit` by final score, then document id: a partial selection, not a sort of all.
  const limit = Math.min(options.limit ?? 5, m)
  const top: number[] = []
  const before = (a: number, b: number) => final[a]! > final[b]! || (final[a] === final[b] && docs[a]! < docs[b]!)
  for (let r = 0; r < m && limit > 0; r++) {
    if (top.length === limit && !before(r, top[limit - 1]!)) continue
    let i = top.length === limit ? limit - 1 : top.length
    while (i > 0 && before(r, top[i - 1]!)) {
      top[i] = top[i - 1]!
      i--
    }
    top[i] = r
  }
  // Matched terms only for what is returned, and for the best candidate (confidence).
  const matchedOf = (r: number) => lib.index.matched(groups, docs[r]!)
  const hits = top.map((r) => ({ article: lib.articles[docs[r]!]!, score: round(final[r]!), matched: matchedOf(r) }))
  const b = top.length ? top[0]! : bestOf(final, docs)
  const best = m === 0 ? undefined : { score: final[b]!, matched: top.length ? hits[0]!.matched : matchedOf(b) }
  return { normalized, groups, hits, confidence: confidenceOf(best, groups, lib) }
}

/** The rank of the best candidate by final score, then document id (for limit 0). */
function bestOf(final: Float64Array, docs: Int32Array): number {
  let b = 0
  for (let r = 1; r < final.length; r++) if (final[r]! > final[b]! || (final[r] === final[b] && docs[r]! < docs[b]!)) b = r
  return b
}

/** Per document its topic as a small number, once per library. */
const TOPICS = new WeakMap<Library, { topicOf: Int32Array; topics: number }>()

function topicsOf(lib: Library): { topicOf: Int32Array; topics: number } {
  let t = TOPICS.get(lib)
  if (t) return t
  const ids = new Map<string, number>()
  const topicOf = Int32Array.from(lib.articles, (a) => {
    let id = ids.get(a.topic)
    if (id === undefined) ids.set(a.topic, (id = ids.size))
    return id
  })
  TOPICS.set(lib, (t = { topicOf, topics: ids.size }))
  return t
}

/** Weight of a sub-word alternative, and of a single-character word, relative to a whole word. */
const SUBWORD_WEIGHT = 0.5
const SINGLE_CHAR_WEIGHT = 0.5
/**
 * Figures that name a topic: a grade (八级, 9级) in a worker's question is a disability grade.
 * Figures are not indexed (see isIndexToken), so the implied term is added as its own group.
 */
const IMPLIED_BY_FIGURE: ReadonlyArray<[RegExp, string]> = [[/^[\d一二三四五六七八九十]+级$/, '伤残等级']]
const NUMERAL = /^[\d一二三四五六七八九十]+$/

/**
 * The question's words as query groups: each indexable word with the dictionary sub-words that
 * search mode adds (the same expansion the build applied to documents), plus the terms a figure
 * implies (工伤八级 → 伤残等级).
 */
export function queryGroups(tokens: readonly string[], lib: Library): QueryGroup[] {
  const seen = new Set<string>()
  const groups: QueryGroup[] = []
  const implied = new Set<string>()
  tokens.forEach((t, i) => {
    const figure = t === '级' && NUMERAL.test(tokens[i - 1] ?? '') ? tokens[i - 1] + t : t
    for (const [re, term] of IMPLIED_BY_FIGURE) if (re.test(figure) && lib.index.has(term)) implied.add(term)
    if (seen.has(t) || !isIndexToken(t)) return
    seen.add(t)
    const g: QueryGroup = { terms: [t], weights: [t.length === 1 ? SINGLE_CHAR_WEIGHT : 1] }
    for (const sub of expandSubwords([t], lib.index.has).slice(1))
      if (isIndexToken(sub) && !g.terms.includes(sub)) {
        g.terms.push(sub)
        g.weights.push(SUBWORD_WEIGHT)
      }
    groups.push(g)
  })
  for (const term of implied) if (!seen.has(term)) groups.push({ terms: [term], weights: [1] })
  return groups
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * Confidence from two signals: how much of the question's information (idf mass of its known
 * terms) the top article covers, and how strong its score is in absolute terms.
 */
function confidenceOf(top: { score: number; matched: string[] } | undefined, groups: QueryGroup[], lib: Library): number {
  if (!top) return 0
  let mass = 0
  let covered = 0
  for (const g of groups) {
    const known = g.terms.map((t, i) => (lib.index.has(t) ? g.weights[i]! * lib.index.idf(t) : 0))
    mass += Math.max(0, ...known)
    const hit = g.terms.findIndex((t) => top.matched.includes(t))
    if (hit >= 0) covered += known[hit]!
  }
  const coverage = mass ? covered / mass : 0
  const strength = 1 - Math.exp(-top.score / 6)
  return round(Math.sqrt(coverage * strength))
}
