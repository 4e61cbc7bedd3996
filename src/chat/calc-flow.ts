/**
 * The guided calculation as plain functions (no grammY, no I/O): given the inputs so far, either
 * the next input to ask for or the finished result; and how one reply fills the awaited input.
 * @module
 */
import {
  type ParamTable,
  getCalculator,
  isCalculatorName,
  type CalcResult,
  type CalculatorName,
  isCalcMissing,
  buildCalculatorInput,
  chooseCalculator,
  extractFacts,
  missingInputs,
  REQUIRED_INPUTS,
  parseParamValue,
} from '../core'
import { type CalcSession, storableParams } from './conversation'

/** What to do next: ask for `session.a` (with what was wrong, if anything) or show the result. */
export type CalcFlowStep =
  { kind: 'ask'; session: CalcSession; problem?: string } | { kind: 'done'; result: CalcResult }

export interface CalcFlowContext {
  table: ParamTable
  today: Date
}

const HAS_CJK = /[\u4e00-\u9fff]/

/**
 * The next step for calculator `name` with `params`. Validation problems (an end date before
 * the start date) come back as a question for the offending input, with the schema's message.
 * @param session what carries over: guided or offered, and bad replies so far
 */
export function advance(
  name: CalculatorName,
  params: Readonly<Record<string, unknown>>,
  session: Pick<CalcSession, 'g' | 'n'>,
  ctx: CalcFlowContext
): CalcFlowStep {
  const p = storableParams(params)
  const ask = (a: string, rest: CalcSession['p'], problem?: string): CalcFlowStep => ({
    kind: 'ask',
    session: { c: name, p: rest, a, g: session.g, n: session.n },
    ...(problem ? { problem } : {}),
  })
  const missing = missingInputs(name, p)
  if (missing.length) return ask(missing[0]!, p)
  const calc = getCalculator(name)!
  const parsed = calc.schema.safeParse(p)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const field = String(issue.path[0] ?? '')
    const again = field in p ? field : REQUIRED_INPUTS[name][0]![0]!
    const { [again]: _dropped, ...rest } = p
    return ask(again, rest, HAS_CJK.test(issue.message) ? issue.message : '')
  }
  const out = calc.calculate(parsed.data, ctx)
  if (isCalcMissing(out))
    return ask(out.missing[0] ?? REQUIRED_INPUTS[name][0]![0]!, p, out.warnings[0] ?? '')
  return { kind: 'done', result: out }
}

/**
 * The inputs after one reply, or undefined when the reply does not give the awaited one. Other
 * facts in the same reply ("月薪8000，干了3年") are kept too, never overriding earlier answers.
 * @param today YYYY-MM-DD in China
 */
export function applyReply(
  session: CalcSession,
  text: string,
  today: string
): CalcSession['p'] | undefined {
  const value = parseParamValue(session.a, text, today)
  if (!value) return undefined
  const extra = buildCalculatorInput(session.c, extractFacts(text, today)).input
  return storableParams({ ...extra, ...session.p, ...value })
}

/**
 * True when a reply is really a question about another calculation ("工资8000，加班费怎么算"
 * while severance waits for the wage): it is answered as a question, not taken as the value.
 */
export function asksAnotherCalculator(session: CalcSession, normalized: string): boolean {
  if (!looksLikeQuestion(normalized)) return false
  const other = chooseCalculator(normalized, [])
  return other !== undefined && other !== session.c
}

/** A message that reads as a new question rather than an answer to ours. */
export function looksLikeQuestion(text: string): boolean {
  return (
    /[?？吗呢]|怎么|什么|如何|能不能|可不可以|是否|为什么|多少|哪/.test(text) ||
    [...text].length >= 15
  )
}

/** `/calc` arguments: an optional calculator name, `key=value` pairs or a JSON object, free text. */
export interface CalcArgs {
  name?: CalculatorName
  params: Record<string, unknown>
  text: string
}

/**
 * Reads `/calc severance monthlyWage=8000 serviceMonths=42`, `/calc severance {"monthlyWage":8000}`
 * and `/calc 干了三年月薪八千被辞退` (free text is left in `text` for the extractor).
 */
export function parseCalcArgs(args: string): CalcArgs {
  const trimmed = args.trim()
  const first = trimmed.split(/\s+/)[0] ?? ''
  const name = isCalculatorName(first) ? first : undefined
  const rest = name ? trimmed.slice(first.length).trim() : trimmed
  const params: Record<string, unknown> = {}
  if (rest.startsWith('{')) {
    try {
      const json: unknown = JSON.parse(rest)
      if (json && typeof json === 'object' && !Array.isArray(json))
        return { ...(name ? { name } : {}), params: json as Record<string, unknown>, text: '' }
    } catch {
      /* not JSON: read it as text */
    }
  }
  const words: string[] = []
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    const m = /^([A-Za-z]{1,40})=(\S{1,40})$/.exec(token)
    if (!m) {
      words.push(token)
      continue
    }
    const v = m[2]!
    params[m[1]!] =
      v === 'true' ? true : v === 'false' ? false : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v
  }
  return { ...(name ? { name } : {}), params, text: words.join(' ') }
}
