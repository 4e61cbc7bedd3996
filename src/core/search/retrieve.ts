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
 * Finds the articles that answer a question: normalise, segment, FlexSearch candidates, BM25F,
 * plus phrase evidence (a keyword the article lists appears in the question) and topic support
 * (several articles of one topic agreeing).
 */
export function retrieve(question: string, lib: Library, options: RetrieveOptions = {}): Retrieval {
  const normalized = lib.normalize(question)
  const groups = queryGroups(lib.segmenter.cut(normalized), lib)
  const scored = lib.index.search(groups)

  const phraseIndex = lib.phrases
  const present = phrasesIn(normalized, phraseIndex)
  const loose = phrasesByWords(groups, phraseIndex)
  const ranked = scored.map(({ doc, score, matched }) => {
    let phrase = 0
    for (const id of phraseIndex.byDoc[doc]!)
      if (present[id]) phrase += phraseIndex.lengths[id]!
      else if (loose[id]) phrase += LOOSE_PHRASE_SHARE * phraseIndex.lengths[id]!
    return { doc, matched, base: score, score: score + Math.min(phrase * PHRASE_BONUS_PER_CHAR, PHRASE_BONUS_CAP) }
  })
  clearPhraseScratch(phraseIndex)

  // Topic support: the best other article of the same topic lends a share of its score.
  const bestByTopic = new Map<string, number[]>()
  for (const r of ranked) {
    const topic = lib.articles[r.doc]!.topic
    const list = bestByTopic.get(topic) ?? []
    list.push(r.score)
    bestByTopic.set(topic, list)
  }
  for (const list of bestByTopic.values()) list.sort((a, b) => b - a)
  const final = ranked
    .map((r) => {
      const list = bestByTopic.get(lib.articles[r.doc]!.topic)!
      const sibling = list[0] === r.score ? (list[1] ?? 0) : list[0]!
      return { ...r, score: r.score + TOPIC_SUPPORT * sibling }
    })
    .sort((a, b) => b.score - a.score || a.doc - b.doc)

  const limit = options.limit ?? 5
  const hits = final.slice(0, limit).map((r) => ({ article: lib.articles[r.doc]!, score: round(r.score), matched: r.matched }))
  return { normalized, groups, hits, confidence: confidenceOf(final[0], groups, lib) }
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
