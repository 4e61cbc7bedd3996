import type { ClarifyChoice } from './answer/answer'
import { getTopic } from './knowledge/topics'
import type { Hit } from './search/retrieve'

/**
 * A second topic whose best article scores at least this share of the top article's is "close":
 * the bot offers the choices instead of a confident answer on a coin toss. Chosen on
 * `npm run eval` (10-fold CV, 286 real questions): at 0.95 it asks on 16 % of them, where top-1
 * is 70 % and the right topic is among the choices 87 % of the time, against top-1 88 % on the
 * questions answered straight away (0.9 asked on 30 %, 0.97 on 9 %).
 */
export const CLARIFY_RATIO = 0.95
/** At most this many choices (2–4 fit a button row and a numbered list). */
export const MAX_CHOICES = 4

/**
 * The topics to offer when the top two are close: each topic whose best hit scores within
 * {@link CLARIFY_RATIO} of the best, best first, at most {@link MAX_CHOICES}; empty when one
 * topic clearly leads (or fewer than two topics were found).
 */
export function clarifyChoices(hits: readonly Hit[], ratio = CLARIFY_RATIO): ClarifyChoice[] {
  const best = new Map<string, number>()
  for (const h of hits) if (!best.has(h.article.topic)) best.set(h.article.topic, h.score)
  const ranked = [...best]
  const top = ranked[0]?.[1] ?? 0
  const close = ranked.filter(([, s]) => top > 0 && s >= ratio * top).slice(0, MAX_CHOICES)
  if (close.length < 2) return []
  return close.map(([topic]) => ({ topic, title: getTopic(topic)?.name ?? topic }))
}
