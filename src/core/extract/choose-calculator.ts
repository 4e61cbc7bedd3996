import { PROTECTED_DISMISSAL } from '../calc/protected-status'
import { ALL_CALCULATORS } from '../calc/registry'
import type { CalculatorName } from '../calc/types'

/** Which calculator a taxonomy topic id points to (each module's `topics`; the first one wins). */
export const TOPIC_CALCULATOR: Readonly<Record<string, CalculatorName>> = Object.fromEntries(
  [...ALL_CALCULATORS].reverse().flatMap((c) => c.topics.map((t) => [t, c.name]))
)

// Keyword scores are collected in this order, so the first of equal scores wins.
const BY_TIE_PRIORITY = [...ALL_CALCULATORS].sort((a, b) => b.tiePriority - a.tiePriority)

/** The calculator a question implies (keywords first, topics as a hint), or undefined. */
export const chooseCalculator = (
  question: string,
  topics: readonly string[]
): CalculatorName | undefined => {
  const scores = new Map<CalculatorName, number>()
  for (const { name, keywords } of BY_TIE_PRIORITY) {
    let s = 0
    for (const [re, w] of keywords) if (re.test(question)) s += w
    if (s > 0) scores.set(name, s)
  }
  // A death question is never a plain wage question; a work death outranks a non-work death.
  if (scores.has('work-injury-death')) scores.delete('non-work-death')
  if (scores.has('non-work-death') || scores.has('work-injury-death')) {
    scores.delete('minimum-wage-check')
    scores.delete('severance')
  }
  if (scores.has('work-injury-death')) scores.delete('work-injury-disability')
  // An injured worker who is dismissed gets 2N (第四十二条第二项); the disability benefits come as
  // a part of that result, so the injury topic must not pull the question back to them alone.
  if (PROTECTED_DISMISSAL.test(question)) scores.delete('work-injury-disability')
  // A missing contract question mentioning dismissal is still about the double wage.
  if ((scores.get('double-wage-no-contract') ?? 0) >= 3)
    scores.set('severance', Math.min(scores.get('severance') ?? 0, 2))
  topics.slice(0, 3).forEach((t, i) => {
    const c = TOPIC_CALCULATOR[t]
    if (c) scores.set(c, (scores.get(c) ?? 0) + (i === 0 ? 1.5 : 0.5))
  })
  let best: CalculatorName | undefined
  let bestScore = 0
  for (const [name, s] of scores) if (s > bestScore) [best, bestScore] = [name, s]
  if (!best) return undefined
  // A topic alone implies a calculation only when the question asks about an amount or gives numbers.
  if (
    bestScore < 2.5 &&
    !/(多少|怎么算|如何算|计算|几个月|几倍|赔|补偿|\d|[一二两三四五六七八九十]千|万)/.test(question)
  )
    return undefined
  return bestScore >= 1.5 ? best : undefined
}
