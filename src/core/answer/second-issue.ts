import type { Library } from '../knowledge/library'
import type { Retrieval } from '../search/retrieve'
import type { SecondIssue } from './answer'
import { citationText, citeBasis, groupCitations } from './cite-basis'

/**
 * A second topic's best article must score at least this share of the top one's ... Measured with
 * the 10-fold CV models on tests/real: it fires on 38 of 286 questions, and on 16 of them the
 * second topic is one the labels name (labels list at most two topics, so this is a floor); at
 * 0.6 and 2 words it fired on 104 with 31 named. Hence the wording 可能还涉及 (may also concern).
 */
export const SECOND_ISSUE_RATIO = 0.75
/** ... and match at least this many question words the top article does not. */
export const SECOND_ISSUE_OWN_TERMS = 3

/**
 * A second problem clearly present in the question (no contract + no social insurance +
 * dismissal): the best article of another topic that scores close to the top one and rests on
 * question words of its own, not on the words the top article already explains. Undefined when
 * there is none. The section it makes is short: its title, basis and first step.
 */
export function secondIssue(retrieval: Retrieval, lib: Library): SecondIssue | undefined {
  const [top, ...rest] = retrieval.hits
  if (!top) return undefined
  const other = rest.find((h) => h.article.topic !== top.article.topic)
  if (!other || other.score < SECOND_ISSUE_RATIO * top.score) return undefined
  const own = other.matched.filter((t) => !top.matched.includes(t))
  if (own.length < SECOND_ISSUE_OWN_TERMS) return undefined
  const a = other.article
  const cited = citeBasis(a.basis, lib)
  return {
    articleId: a.id,
    topic: a.topic,
    title: a.title,
    summary: a.summary,
    citations: groupCitations(cited).map(citationText),
    step: a.sections.steps[0] ?? null,
  }
}
