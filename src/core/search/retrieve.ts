import type { Article } from '../knowledge/article'
import type { Library } from '../knowledge/library'
import { expandSubwords } from '../segment/expand-subwords'
import { indexTokens } from './build-index'

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
  /** The question's index terms. */
  terms: string[]
  hits: Hit[]
  /** 0..1: how sure the top hit answers the question. */
  confidence: number
}

export interface RetrieveOptions {
  limit?: number
}

/** Bonus for a keyword phrase of the article found verbatim in the question, per character. */
const PHRASE_BONUS_PER_CHAR = 0.45
const PHRASE_BONUS_CAP = 4
/** Share of the best sibling's score an article gains from another article of its topic. */
const TOPIC_SUPPORT = 0.25

/**
 * Finds the articles that answer a question: normalise, segment, FlexSearch candidates, BM25F,
 * plus phrase evidence (a keyword the article lists appears in the question) and topic support
 * (several articles of one topic agreeing).
 */
export function retrieve(question: string, lib: Library, options: RetrieveOptions = {}): Retrieval {
  const normalized = lib.normalize(question)
  const terms = [...new Set(indexTokens(expandSubwords(lib.segmenter.cut(normalized), lib.index.has)))]
  const scored = lib.index.search(terms)

  const ranked = scored.map(({ doc, score, matched }) => {
    let phrase = 0
    for (const kw of lib.keywordPhrases[doc]!) if (kw.length >= 2 && normalized.includes(kw)) phrase += kw.length
    return { doc, matched, base: score, score: score + Math.min(phrase * PHRASE_BONUS_PER_CHAR, PHRASE_BONUS_CAP) }
  })

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
  return { normalized, terms, hits, confidence: confidenceOf(final[0], terms, lib) }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * Confidence from two signals: how much of the question's information (idf mass of its known
 * terms) the top article covers, and how strong its score is in absolute terms.
 */
function confidenceOf(top: { score: number; matched: string[] } | undefined, terms: string[], lib: Library): number {
  if (!top) return 0
  const known = terms.filter((t) => lib.index.has(t))
  const mass = known.reduce((s, t) => s + lib.index.idf(t), 0)
  const covered = top.matched.reduce((s, t) => s + lib.index.idf(t), 0)
  const coverage = mass ? covered / mass : 0
  const strength = 1 - Math.exp(-top.score / 6)
  return round(Math.sqrt(coverage * strength))
}
