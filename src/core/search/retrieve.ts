import type { Article } from '../knowledge/article'
import type { Library } from '../knowledge/library'
import { expandSubwords } from '../segment/expand-subwords'
import { bigramFallback } from './bigram-fallback'
import { isIndexToken } from './build-index'
import type { QueryGroup } from './search-index'
import { clearPhraseScratch, phrasesByWords, phrasesIn } from './phrases'
import type { RankingParams } from './ranking'
import { topicFeatures } from './topic-model'

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
  /**
   * The best lexical score (BM25F, phrase evidence, topic support) before the topic model's
   * share: what the decision to decline weighs, since the model always names some topic.
   */
  evidence: number
  /** The topic model's probability of the top hit's topic (0 when no model or no hit). */
  topicProbability: number
  /** 0..1: how sure the top hit answers the question. */
  confidence: number
}

export interface RetrieveOptions {
  limit?: number
}

// The constants (lib.ranking): phrase bonus per character and its cap; the loose-phrase share (a
// keyword phrase whose words all occur in the question, apart or in another order: 公司不缴纳
// 社会保险合法吗 in 「公司说试用期不用缴纳社会保险，合法吗」); topic support.

/**
 * Finds the articles that answer a question: normalise, segment, BM25F over the index's postings
 * (every document holding a query term is scored; the best 400, DEFAULT_CANDIDATES, are
 * re-ranked), plus phrase evidence (a keyword the article lists appears in the question) and
 * topic support (several articles of one topic agreeing).
 */
export function retrieve(question: string, lib: Library, options: RetrieveOptions = {}): Retrieval {
  const { phraseBonusPerChar, phraseBonusCap, loosePhraseShare, topicSupport, topicModelWeight } =
    lib.ranking
  const normalized = lib.normalize(question)
  const tokens = lib.segmenter.cut(normalized)
  const groups = queryGroups(tokens, lib, normalized)
  // The candidates in any order: nothing below depends on it (ties go by document id).
  const { docs, scores } = lib.index.rank(groups, { unordered: true })
  const m = docs.length

  // Phrase evidence, per candidate.
  const phraseIndex = lib.phrases
  const present = phrasesIn(normalized, phraseIndex)
  const loose = phrasesByWords(groups, phraseIndex)
  const boosted = new Float64Array(m)
  const { docStart, docPhrases, lengths, wordLengths } = phraseIndex
  for (let r = 0; r < m; r++) {
    let phrase = 0
    for (let k = docStart[docs[r]!]!, end = docStart[docs[r]! + 1]!; k < end; k++) {
      const id = docPhrases[k]!
      if (present[id]) phrase += lengths[id]!
      else if (loose[id]) phrase += loosePhraseShare * wordLengths[id]!
    }
    boosted[r] = scores[r]! + Math.min(phrase * phraseBonusPerChar, phraseBonusCap)
  }
  clearPhraseScratch(phraseIndex)

  // Topic support: the best other candidate of the same topic lends a share of its score, capped
  // at the article's own (the best and second-best score per topic; a tie for the best lends the
  // tied score). Uncapped, an article borrowed half its best sibling's score, so a topic with many
  // articles won on size; the cap keeps the agreement signal (same CV, same golden figures).
  const { topicOf, topics, classOf } = topicsOf(lib)
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
  let evidence = 0
  for (let r = 0; r < m; r++) {
    const t = topicOf[docs[r]!]!
    const sibling = first[t] === boosted[r] ? (second[t] === -Infinity ? 0 : second[t]!) : first[t]!
    final[r] = boosted[r]! + topicSupport * Math.min(sibling, boosted[r]!)
    if (final[r]! > evidence) evidence = final[r]!
  }

  // The learned topic model: each candidate gains w · evidence · ln((p + ε) / ε) for its topic's
  // probability p. The log lets a confident model overrule a close lexical call while a topic the
  // model finds unlikely loses little more than one it finds merely doubtful; scaling by the
  // best lexical score keeps short and long questions alike.
  // The nearest labelled real questions vote too: their share of w is mixed into p (the decline
  // decision reads the model's own probability, as before).
  let probabilities: Float64Array | undefined
  if (m && topicModelWeight && lib.topicModel.topics.length) {
    probabilities = lib.topicModel.predict(topicFeatures(normalized, tokens))
    const p = mixNeighbours(probabilities, normalized, lib)
    const eps = lib.ranking.topicModelFloor
    for (let r = 0; r < m; r++) {
      const c = classOf[topicOf[docs[r]!]!]!
      if (c >= 0) final[r] += topicModelWeight * evidence * Math.log((p[c]! + eps) / eps)
    }
  }

  // The best `limit` by final score, then document id: a partial selection, not a sort of all.
  const limit = Math.min(options.limit ?? 5, m)
  const top: number[] = []
  const before = (a: number, b: number) =>
    final[a]! > final[b]! || (final[a] === final[b] && docs[a]! < docs[b]!)
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
  const hits = top.map((r) => ({
    article: lib.articles[docs[r]!]!,
    score: round(final[r]!),
    matched: matchedOf(r),
  }))
  const b = top.length ? top[0]! : bestOf(final, docs)
  const best =
    m === 0
      ? undefined
      : { score: final[b]!, matched: top.length ? hits[0]!.matched : matchedOf(b) }
  const topClass = m ? classOf[topicOf[docs[b]!]!]! : -1
  const topicProbability = probabilities && topClass >= 0 ? probabilities[topClass]! : 0
  return {
    normalized,
    groups,
    hits,
    evidence,
    topicProbability,
    confidence: confidenceOf(best, groups, lib),
  }
}

/** (1 − w) · p + w · the neighbours' vote, as a new array; p itself when there is no vote. */
function mixNeighbours(p: Float64Array, normalized: string, lib: Library): Float64Array {
  const { neighbourWeight: w, neighbourCount } = lib.ranking
  const vote = w
    ? lib.neighbours.vote(normalized, lib.topicModel.topics, neighbourCount)
    : undefined
  if (!vote) return p
  const mixed = new Float64Array(p.length)
  for (let c = 0; c < p.length; c++) mixed[c] = (1 - w) * p[c]! + w * vote[c]!
  return mixed
}

/** The rank of the best candidate by final score, then document id (for limit 0). */
function bestOf(final: Float64Array, docs: Int32Array): number {
  let b = 0
  for (let r = 1; r < final.length; r++)
    if (final[r]! > final[b]! || (final[r] === final[b] && docs[r]! < docs[b]!)) b = r
  return b
}

interface TopicNumbers {
  /** Per document its topic as a small number. */
  topicOf: Int32Array
  topics: number
  /** Per topic number its class in the topic model, or -1. */
  classOf: Int32Array
}

/** The library's topic numbering, once per library. */
const TOPICS = new WeakMap<Library, TopicNumbers>()

function topicsOf(lib: Library): TopicNumbers {
  let t = TOPICS.get(lib)
  if (t) return t
  const ids = new Map<string, number>()
  const topicOf = Int32Array.from(lib.articles, (a) => {
    let id = ids.get(a.topic)
    if (id === undefined) ids.set(a.topic, (id = ids.size))
    return id
  })
  const classOf = new Int32Array(ids.size).fill(-1)
  lib.topicModel.topics.forEach((topic, c) => {
    const id = ids.get(topic)
    if (id !== undefined) classOf[id] = c
  })
  TOPICS.set(lib, (t = { topicOf, topics: ids.size, classOf }))
  return t
}

/**
 * Figures that name a topic: a grade (八级, 9级) in a worker's question is a disability grade.
 * Figures are not indexed (see isIndexToken), so the implied term is added as its own group.
 */
const IMPLIED_BY_FIGURE: ReadonlyArray<[RegExp, string]> = [
  [/^[\d一二三四五六七八九十]+级$/, '伤残等级'],
]
const NUMERAL = /^[\d一二三四五六七八九十]+$/

const CLAUSE_END = /[,.!?;，。！？；、\s]+/g
const TAILED = new WeakSet<QueryGroup>()

/**
 * The index of the first token of the question's tail (its last clauses, by punctuation in
 * `text`, which the tokens were cut from), or Infinity for a short question.
 */
function tailStart(
  tokens: readonly string[],
  text: string | undefined,
  ranking: RankingParams
): number {
  if (ranking.tailBoost === 1 || text === undefined || text.length < ranking.tailMinChars)
    return Infinity
  const ends: number[] = []
  for (const m of text.matchAll(CLAUSE_END))
    if (m.index > 0 && m.index + m[0].length < text.length) ends.push(m.index + m[0].length)
  if (ends.length + 1 < ranking.tailMinClauses) return Infinity
  const from = ends[ends.length - ranking.tailClauses]
  if (from === undefined) return Infinity
  let pos = 0
  for (let i = 0; i < tokens.length; i++) {
    const at = text.indexOf(tokens[i]!, pos)
    if (at < 0) continue
    if (at >= from) return i
    pos = at + tokens[i]!.length
  }
  return Infinity
}

/**
 * The question's words as query groups: each indexable word with the dictionary sub-words that
 * search mode adds (the same expansion the build applied to documents), plus the terms a figure
 * implies (工伤八级 → 伤残等级).
 */
export function queryGroups(tokens: readonly string[], lib: Library, text?: string): QueryGroup[] {
  const seen = new Map<string, QueryGroup>()
  const groups: QueryGroup[] = []
  const implied = new Set<string>()
  const ranking = lib.ranking
  const tail = tailStart(tokens, text, ranking)
  const terms = bigramFallback(tokens, lib.index.has)
  tokens.forEach((t, i) => {
    const figure = t === '级' && NUMERAL.test(tokens[i - 1] ?? '') ? tokens[i - 1] + t : t
    for (const [re, term] of IMPLIED_BY_FIGURE)
      if (re.test(figure) && lib.index.has(term)) implied.add(term)
    const scale = i >= tail ? ranking.tailBoost : 1
    for (const term of terms[i] ?? [t]) addGroup(term, scale)
  })
  for (const term of implied) if (!seen.has(term)) groups.push({ terms: [term], weights: [1] })
  return groups

  function addGroup(t: string, scale: number): void {
    const prev = seen.get(t)
    if (prev) {
      // A story word asked about again at the end weighs as a tail word.
      if (scale !== 1 && !TAILED.has(prev)) {
        prev.weights = prev.weights.map((w) => w * scale)
        TAILED.add(prev)
      }
      return
    }
    if (!isIndexToken(t)) return
    const g: QueryGroup = {
      terms: [t],
      weights: [(t.length === 1 ? ranking.singleCharWeight : 1) * scale],
    }
    if (scale !== 1) TAILED.add(g)
    seen.set(t, g)
    // A Set, not terms.includes: a long token may yield many sub-words; keep this linear.
    const terms = new Set(g.terms)
    for (const sub of expandSubwords([t], lib.index.has, lib.index.maxTermLength).slice(1))
      if (isIndexToken(sub) && !terms.has(sub)) {
        terms.add(sub)
        g.terms.push(sub)
        g.weights.push(ranking.subwordWeight * scale)
      }
    groups.push(g)
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * Confidence from two signals: how much of the question's information (idf mass of its known
 * terms) the top article covers, and how strong its score is in absolute terms.
 */
function confidenceOf(
  top: { score: number; matched: string[] } | undefined,
  groups: QueryGroup[],
  lib: Library
): number {
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
