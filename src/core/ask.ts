import type { AskResult, Calculation } from './answer/answer'
import { composeAnswer } from './answer/compose-answer'
import { MESSAGES } from './answer/messages'
import type { Library } from './knowledge/library'
import { limitQuestion, MAX_QUESTION_CHARS } from './limits'
import { clarifyChoices } from './clarify'
import { retrieve } from './search/retrieve'

export { limitQuestion, MAX_QUESTION_CHARS } from './limits'

/** Below this top score the bot declines even for a labour question (calibrated on tests/golden). */
export const MIN_SCORE = 2.5
/** Without a labour marker in the question, answer only at or above this score. */
export const MIN_SCORE_OFF_DOMAIN = 7
/** How many hits ask() lists. */
export const MAX_HITS = 5

interface DomainGate {
  strong: string[]
  shared: string[]
  other: string[]
  /** Other-domain words that contain a strong labour word (培训机构 ⊃ 培训): masked before the strong check. */
  covering: string[]
}

const GATES = new WeakMap<Library, DomainGate>()

/** Strong labour markers are the labour words not listed as shared; computed once per library. */
function gateOf(lib: Library): DomainGate {
  let gate = GATES.get(lib)
  if (gate) return gate
  // The user dictionary may list a shared word (公司, 投诉 …); the shared list still marks it weak.
  const shared = new Set(lib.domain.shared)
  const strong = lib.domain.labour.filter((w) => !shared.has(w))
  const other = lib.domain.other
  const covering = other
    .filter((o) => strong.some((w) => o.includes(w)))
    .sort((a, b) => b.length - a.length)
  GATES.set(lib, (gate = { strong, shared: [...shared], other, covering }))
  return gate
}

/**
 * The topic model's probability of the top topic above which a labour question with weak
 * lexical evidence (仲裁失败后咋办: one common word) is answered rather than declined.
 */
export const MODEL_SURE = 0.5

/**
 * Whether to decline: no hit; a weak top score, unless the question holds a strong labour word and
 * the topic model is sure of its topic; a question that names another domain (离婚, 房东, 网购 …)
 * and no strong labour word (工资, 辞职, 工伤 …; words other domains share, such as 公司, 赔偿, 投诉,
 * 押金, do not count); or a question with no labour word at all that lacks strong evidence.
 */
export function shouldDecline(
  normalized: string,
  topScore: number | undefined,
  lib: Library,
  topicProbability = 0
): boolean {
  if (topScore === undefined) return true
  const gate = gateOf(lib)
  // A labour word inside another domain's word (培训 in 培训机构) is not labour evidence.
  const masked = gate.covering.reduce((text, w) => text.replaceAll(w, '|'), normalized)
  const strong = gate.strong.some((w) => masked.includes(w))
  if (topScore < MIN_SCORE) return !(strong && topicProbability >= MODEL_SURE)
  if (strong) return false
  if (gate.other.some((w) => normalized.includes(w))) return true
  if (gate.shared.some((w) => normalized.includes(w))) return false
  return topScore < MIN_SCORE_OFF_DOMAIN
}

/** Computes a calculation from the normalised question; null when none is implied. */
export type CalculateFn = (
  normalized: string,
  ctx: { topics: string[]; today: Date }
) => {
  calculation: Calculation | null
  hints?: Record<string, string>
}

export interface AskDeps {
  library: Library
  /** The clock, for relative dates (今年, 上个月); defaults to now. */
  today?: Date
  calculate?: CalculateFn
}

/**
 * The one door into core: a question in, a cited answer out.
 * @example ask('老板拖欠我两个月工资怎么办', { library }).answer.text
 */
export function ask(question: string, deps: AskDeps): AskResult {
  // Before any work: a 4,096-character chat message must not cost more than 1,000 characters do.
  const { text: q, truncated } = limitQuestion(question)
  // A few more than shown, so that five distinct topics can lead the list (topicsFirst).
  const retrieval = retrieve(q, deps.library, { limit: 2 * MAX_HITS })
  const declined = shouldDecline(
    retrieval.normalized,
    retrieval.hits.length ? retrieval.evidence : undefined,
    deps.library,
    retrieval.topicProbability
  )
  const topics = retrieval.hits.map((h) => h.article.topic)
  const calc =
    declined || !deps.calculate
      ? null
      : deps.calculate(retrieval.normalized, { topics, today: deps.today ?? new Date() })
  const calculation = calc?.calculation ?? null
  const answer = composeAnswer(retrieval, deps.library, {
    declined,
    calculation,
    ...(deps.today ? { today: deps.today } : {}),
    ...(calc?.hints ? { hints: calc.hints } : {}),
  })
  if (truncated) answer.text = `${MESSAGES.truncated(MAX_QUESTION_CHARS)}\n\n${answer.text}`
  return {
    q,
    ...(truncated ? { truncated } : {}),
    declined,
    clarify: declined ? [] : clarifyChoices(retrieval.hits),
    confidence: retrieval.confidence,
    hits: topicsFirst(retrieval.hits)
      .slice(0, MAX_HITS)
      .map((h) => ({
        id: h.article.id,
        topic: h.article.topic,
        title: h.article.title,
        score: h.score,
      })),
    answer,
    calculation,
  }
}

/**
 * The hits with each topic's best article first (in score order), then the rest: the list a
 * reader scans for "is it one of these?" shows distinct topics before a second article of a
 * topic already shown. The best hit stays first.
 */
export function topicsFirst<T extends { article: { topic: string } }>(hits: readonly T[]): T[] {
  const seen = new Set<string>()
  const firsts: T[] = []
  const rest: T[] = []
  for (const h of hits) {
    if (seen.has(h.article.topic)) rest.push(h)
    else {
      seen.add(h.article.topic)
      firsts.push(h)
    }
  }
  return [...firsts, ...rest]
}
