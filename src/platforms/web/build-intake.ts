import {
  type AskResult,
  DISCLAIMER,
  REFERRAL,
  toChinaDate,
  type ParamTable,
  getCalculator,
  isCalculatorName,
  runCalculator,
  type CalcOutcome,
  type CalculatorName,
  buildCalculatorInput,
  chooseCalculator,
  extractFacts,
  type QuestionFacts,
  type Library,
  getTopic,
  TOPIC_GROUP_NAMES,
} from '../../core'

/** One calculator run for the intake: its result, what is still missing, or why it failed. */
export interface IntakeCalc {
  name: CalculatorName
  title: string
  /** The inputs read from the call (to prefill the calculator form). */
  input: Record<string, unknown>
  /** The result or CalcMissing; null when the input was rejected (`invalid` says why). */
  outcome: CalcOutcome | null
  /** Inputs the caller has not given yet. */
  missing: string[]
  invalid?: string
}

/** Everything the intake page and its 工单 text show. */
export interface IntakeSummary {
  declined: boolean
  topic: { id: string; name: string; group: string } | null
  article: { id: string; title: string } | null
  facts: QuestionFacts
  calculations: IntakeCalc[]
  deadlines: IntakeCalc[]
  referral: ReadonlyArray<{ name: string; contact: string }>
  disclaimer: string
  today: string
}

export interface IntakeDeps {
  library: Library
  ask: (question: string) => AskResult
  table: ParamTable
  today: Date
}

const DEADLINE_CALCULATORS: readonly CalculatorName[] = [
  'arbitration-deadline',
  'work-injury-application-deadline',
]
const INJURY_TOPICS = new Set(['work-injury-recognition', 'work-injury-benefits'])
const MAX_MONEY_CALCULATORS = 4

/**
 * The intake summary for hotline staff. Orchestration only: ask() classifies, core extract reads
 * the facts, the calculator registry computes; nothing here decides the law.
 */
export function buildIntake(
  text: string,
  deps: IntakeDeps,
  /** Facts staff confirmed or corrected; without them, the facts read from the text. */
  confirmed?: QuestionFacts
): IntakeSummary {
  const result = deps.ask(text)
  const normalized = deps.library.normalize(text)
  const today = toChinaDate(deps.today)
  const facts = confirmed ?? extractFacts(normalized, today)
  const topics = result.hits.map((h) => h.topic)
  const topArticle =
    result.declined || !result.hits[0] ? undefined : deps.library.byId.get(result.hits[0].id)
  const topic = topArticle ? getTopic(topArticle.topic) : undefined

  // The calculators the top article lists, then the one the question's wording points to.
  const names: CalculatorName[] = []
  const add = (n: string | undefined | null) => {
    if (n && isCalculatorName(n) && !names.includes(n)) names.push(n)
  }
  for (const n of topArticle?.calculators ?? []) add(n)
  if (!result.declined) add(chooseCalculator(normalized, topics))

  const money = names
    .filter((n) => !DEADLINE_CALCULATORS.includes(n))
    .slice(0, MAX_MONEY_CALCULATORS)
  const deadlineNames: CalculatorName[] = ['arbitration-deadline']
  if (
    names.includes('work-injury-application-deadline') ||
    topics.slice(0, 3).some((t) => INJURY_TOPICS.has(t))
  )
    deadlineNames.push('work-injury-application-deadline')

  const run = (name: CalculatorName): IntakeCalc => {
    const title = getCalculator(name)?.title ?? name
    const { input, missing } = buildCalculatorInput(name, facts)
    if (missing.length) return { name, title, input, outcome: null, missing }
    const ran = runCalculator(name, input, deps.table, deps.today)
    if (!ran.ok)
      return {
        name,
        title,
        input,
        outcome: null,
        missing: [],
        invalid: ran.error === 'invalid-params' ? ran.message : ran.error,
      }
    const outcome = ran.result
    return { name, title, input, outcome, missing: 'missing' in outcome ? outcome.missing : [] }
  }

  return {
    declined: result.declined,
    topic: topic ? { id: topic.id, name: topic.name, group: TOPIC_GROUP_NAMES[topic.group] } : null,
    article: topArticle ? { id: topArticle.id, title: topArticle.title } : null,
    facts,
    calculations: money.map(run),
    deadlines: deadlineNames.map(run),
    referral: result.answer.referral.length ? result.answer.referral : REFERRAL,
    disclaimer: DISCLAIMER,
    today,
  }
}
