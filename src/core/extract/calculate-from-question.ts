import { MESSAGES } from '../answer/messages'
import { toChinaDate } from '../calc/calendar-date'
import type { ParamTable } from '../calc/param-table'
import { getCalculator } from '../calc/registry'
import type { TerminationInput } from '../calc/compute-severance-n'
import {
  legalityUnknown,
  TERMINATION_CALCULATORS,
  terminationAlternatives,
  type TerminationCalculator,
} from '../calc/termination-alternatives'
import { isCalcMissing } from '../calc/types'
import type { CalcMissing, CalcResult, CalculatorName } from '../calc/types'
import { chooseCalculator } from './choose-calculator'
import { extractFacts } from './extract-facts'
import { missingInputs } from './missing-inputs'
import type { QuestionFacts } from './extract-facts'

/** What `calculateFromQuestion` needs besides the question. */
export type CalculateContext = { topics: string[]; today: Date; table: ParamTable }

type Built = { input: Record<string, unknown>; missing: string[] }

/** Turn facts into the input of one calculator (its `fromFacts`) and list what is still missing. */
export const buildCalculatorInput = (name: CalculatorName, f: QuestionFacts): Built => {
  const input = getCalculator(name)!.fromFacts(f)
  return { input, missing: missingInputs(name, input) }
}

/**
 * The door used by ask(): pick the calculator a (normalised) question implies, read its numbers,
 * and calculate. Returns null when no calculator is implied, a `CalcMissing` when inputs (or a
 * published figure) are missing, and the full result otherwise. Pure; never throws on text.
 * @example calculateFromQuestion('月薪八千干了三年半被辞退，补偿多少', { topics: ['termination-severance'], today, table })
 */
export const calculateFromQuestion = (
  question: string,
  ctx: CalculateContext
): CalcResult | CalcMissing | null => {
  const name = chooseCalculator(question, ctx.topics)
  if (!name) return null
  const facts = extractFacts(question, toChinaDate(ctx.today))
  const { input, missing } = buildCalculatorInput(name, facts)
  if (missing.length) return { calculator: name, missing, params: input, warnings: [] }
  const calc = getCalculator(name)!
  const parsed = calc.schema.safeParse(input)
  if (!parsed.success) {
    const bad = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'input')))]
    return {
      calculator: name,
      missing: bad,
      params: input,
      warnings: ['有些数字看起来不对，请再确认一下'],
    }
  }
  const calcCtx = { table: ctx.table, today: ctx.today }
  const result = withServiceNote(calc.calculate(parsed.data, calcCtx), facts, input)
  // 「被辞退了能拿多少」 without the grounds: N, N+1 and 2N side by side, the likeliest first.
  if (
    !isCalcMissing(result) &&
    isTermination(name) &&
    legalityUnknown(question, facts.protectedStatus)
  ) {
    const alternatives = terminationAlternatives(name, parsed.data as TerminationInput, calcCtx)
    if (alternatives.length > 1) return { ...result, alternatives }
  }
  return result
}

/** Says how 「3年多」 was read when the calculation used it (the worker can correct it). */
const withServiceNote = <T extends CalcResult | CalcMissing>(
  result: T,
  facts: QuestionFacts,
  input: Record<string, unknown>
): T => {
  const approx = facts.serviceApprox
  if (!approx || isCalcMissing(result) || input['serviceMonths'] !== facts.serviceMonths)
    return result
  const note = MESSAGES.serviceApprox(approx.said, facts.serviceMonths!, approx.more)
  return { ...result, warnings: [note, ...result.warnings] }
}

const isTermination = (name: string): name is TerminationCalculator =>
  (TERMINATION_CALCULATORS as readonly string[]).includes(name)
