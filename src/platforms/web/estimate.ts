import {
  type Calculation,
  buildCalculatorInput,
  extractFacts,
  fieldLabel,
  formatYuan,
  getCalculator,
  isCalculatorName,
  toChinaDate,
} from '../../core'

/** One either-or amount shown under the main one (N, N+1, 2N). */
export interface EstimateAlternative {
  label: string
  amount: number | null
  /** 24,000.00, or null when an input is missing. */
  amountText: string | null
  condition: string
}

/**
 * The amount a search question implies, as the results page and `GET /api/search` show it: the
 * same `calculation` the chat answer has, plus a link to the calculator prefilled with the facts.
 */
export interface Estimate {
  calculator: string
  /** The calculator's title: 违法解除赔偿金（2N）. */
  title: string
  /** Yuan, or null when inputs are missing or the result is a deadline. */
  amount: number | null
  /** 48,000.00 */
  amountText: string | null
  deadline: string | null
  /** Other amounts that may apply instead (the main one excluded). */
  alternatives: EstimateAlternative[]
  /** Labels of the inputs still needed; empty when calculated. */
  missing: string[]
  /** The facts read from the question, as `label value` lines. */
  facts: string[]
  /** /calc/<name>?… prefilled with the facts read. */
  href: string
  /** /chat?q=… : the same question in the chat view, to go on step by step. */
  chatHref: string
}

/** Most facts listed on the card; a question rarely carries more. */
const MAX_FACTS = 6

/**
 * The estimate for a question whose answer carries a calculation; null when it carries none, or
 * when inputs are missing and the question gave none of them.
 * The facts are read again from the normalised question with core's extractor (what ask() did),
 * only to prefill the calculator link and list them.
 */
export function estimateOf(
  calculation: Calculation | null,
  question: string,
  deps: { normalize: (s: string) => string; today: Date }
): Estimate | null {
  if (!calculation || !isCalculatorName(calculation.calculator)) return null
  const name = calculation.calculator
  const calc = getCalculator(name)!
  const missingNames = Array.isArray(calculation['missing'])
    ? (calculation['missing'] as unknown[]).map(String)
    : []
  const facts = extractFacts(deps.normalize(question), toChinaDate(deps.today))
  const input = buildCalculatorInput(name, facts).input
  const known = Object.entries(input).filter(
    ([, v]) => v !== undefined && v !== null && v !== '' && typeof v !== 'object'
  )
  // Nothing read and nothing computed (「拖欠工资怎么办」): a card saying "fill everything in"
  // would only push the articles down.
  if (missingNames.length && !known.length) return null
  const amount = typeof calculation['amount'] === 'number' ? calculation['amount'] : null
  const alternatives = Array.isArray(calculation['alternatives'])
    ? (
        calculation['alternatives'] as Array<{
          label: string
          amount: number | null
          condition: string
          calculator?: string
        }>
      )
        .filter((a) => a.calculator !== name)
        .map(({ label, amount: a, condition }) => ({
          label,
          amount: a,
          amountText: a === null ? null : formatYuan(a),
          condition,
        }))
    : []
  const qs = new URLSearchParams(known.map(([k, v]) => [k, String(v)])).toString()
  return {
    calculator: name,
    title: calc.title,
    amount: missingNames.length ? null : amount,
    amountText: !missingNames.length && amount !== null ? formatYuan(amount) : null,
    deadline: typeof calculation['deadline'] === 'string' ? calculation['deadline'] : null,
    alternatives: missingNames.length ? [] : alternatives,
    missing: missingNames.map(fieldLabel),
    facts: known.slice(0, MAX_FACTS).map(([k, v]) => `${fieldLabel(k)} ${factValue(v)}`),
    href: `/calc/${name}${qs ? `?${qs}` : ''}`,
    chatHref: `/chat?${new URLSearchParams({ q: question })}`,
  }
}

function factValue(v: unknown): string {
  if (v === true) return '是'
  if (v === false) return '否'
  return String(v)
}
