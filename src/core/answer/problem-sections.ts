import { toChinaDate } from '../calc/calendar-date'
import type { ParamTable } from '../calc/param-table'
import { runCalculator } from '../calc/registry'
import { isCalcMissing } from '../calc/types'
import { buildCalculatorInput } from '../extract/calculate-from-question'
import { extractFacts } from '../extract/extract-facts'
import type { QuestionFacts } from '../extract/extract-facts'
import { NUM_SRC, parseNumber } from '../extract/parse-number'
import type { Library } from '../knowledge/library'
import type { Answer, Calculation, ProblemSection } from './answer'
import { formatYuan } from './format-calculation'
import { PROBLEM_MESSAGES } from './messages'
import { detectProblems, PROBLEM_RULES } from './problems'
import type { ProblemId, ProblemRule } from './problems'

/** 35000 → 35,000; 1234.5 → 1,234.50 (whole yuan without the fen a short line does not need). */
const yuan = (v: number): string =>
  Number.isInteger(v) ? v.toLocaleString('en-US') : formatYuan(v)

/** A story gets problem sections only when it holds at least this many problems. */
export const MIN_PROBLEMS = 2

const MONEY = `(${NUM_SRC}\\s*[kK千wW万]?)\\s*(?:元|块钱?)?`
const DEPOSIT_AMOUNT = [
  new RegExp(`(?:押金|保证金|抵押金|风险金|担保金)\\s*(?:是|为|有|交了|收了|共|一共)?\\s*${MONEY}`),
  new RegExp(`${MONEY}\\s*(?:的)?\\s*(?:押金|保证金|抵押金|风险金|担保金)`),
]

const PART_TIME = /兼职|小时工|钟点工|非全日制|在校|在读|实习|暑假工|寒假工/

/** 「收了我800块押金」「押金500元」 → 800 / 500; undefined when no plausible amount is given. */
export function depositAmount(text: string): number | undefined {
  for (const re of DEPOSIT_AMOUNT) {
    const m = re.exec(text)
    const v = m ? parseNumber(m[1]!.replace(/\s+/g, '')) : undefined
    if (v !== undefined && v >= 10 && v <= 1_000_000) return v
  }
  return undefined
}

/**
 * The sections of a story with several problems (issue 14 item 8): one per problem the question
 * describes, each with the entitlement, its amount when the facts give the calculator's inputs,
 * the basis and the next step. Empty when fewer than {@link MIN_PROBLEMS} problems are present,
 * so a one-problem question keeps its ordinary answer. Pure.
 */
export function problemSections(question: string, lib: Library, today: Date): ProblemSection[] {
  const ids = detectProblems(question)
  if (ids.length < MIN_PROBLEMS) return []
  const facts = extractFacts(question, toChinaDate(today))
  const table = (lib.params as ParamTable | null) ?? null
  return PROBLEM_RULES.filter((r) => ids.includes(r.id)).map((rule) =>
    section(rule, ids, facts, question, table, today)
  )
}

function section(
  rule: ProblemRule,
  ids: readonly ProblemId[],
  facts: QuestionFacts,
  question: string,
  table: ParamTable | null,
  today: Date
): ProblemSection {
  const m = PROBLEM_MESSAGES[rule.id]
  let text: string = m.rule
  let basis = rule.basis
  let amount: number | undefined
  // A part-time job or a student's side job may owe no double wage: say so, and give no amount.
  const partTime = rule.id === 'no-contract' && PART_TIME.test(question)
  if (partTime) {
    text += `；${PROBLEM_MESSAGES['no-contract'].partTime}`
    basis = [...basis, { law: '劳动合同法', article: '第六十九条' }]
  } else if (rule.calculator) {
    amount = table ? amountOf(rule.calculator, facts, table, today) : undefined
    const missing = 'missing' in m ? m.missing : undefined
    if (amount !== undefined) text += `；${PROBLEM_MESSAGES.estimate(yuan(amount))}`
    else if (missing) text += `；${missing}`
  }
  if (rule.id === 'deposit') {
    const paid = depositAmount(question)
    if (paid !== undefined) text += `；${PROBLEM_MESSAGES.deposit.amount(yuan(paid))}`
  }
  if (rule.id === 'resignation-blocked') {
    // Immediate leave (第三十八条) only when the story gives its ground: unpaid wages or insurance.
    const m2 = PROBLEM_MESSAGES['resignation-blocked']
    const grounds = (['wage-arrears', 'no-social-insurance'] as const)
      .filter((g) => ids.includes(g))
      .map((g) => m2.grounds[g])
    if (grounds.length) text += `；${m2.now(grounds)}`
    else basis = basis.filter((b) => b.article !== '第三十八条')
  }
  return {
    id: rule.id,
    title: m.title,
    text,
    ...(amount !== undefined ? { amount } : {}),
    ...(rule.calculator ? { calculator: rule.calculator } : {}),
    citation: shortCitation(basis),
    step: m.step,
  }
}

/** The calculator's amount for these facts, or undefined when inputs or figures are missing. */
function amountOf(
  name: NonNullable<ProblemRule['calculator']>,
  facts: QuestionFacts,
  table: ParamTable,
  today: Date
): number | undefined {
  const { input, missing } = buildCalculatorInput(name, facts)
  if (missing.length) return undefined
  const run = runCalculator(name, input, table, today)
  if (!run.ok || isCalcMissing(run.result)) return undefined
  return typeof run.result.amount === 'number' ? run.result.amount : undefined
}

/** 《劳动合同法》第九条、第八十四条；《社会保险法》第六十条 (short names, first-seen order). */
export function shortCitation(basis: ReadonlyArray<{ law: string; article: string }>): string {
  const byLaw = new Map<string, string[]>()
  for (const b of basis) {
    const list = byLaw.get(b.law) ?? []
    if (!list.includes(b.article)) list.push(b.article)
    byLaw.set(b.law, list)
  }
  return [...byLaw].map(([law, articles]) => `《${law}》${articles.join('、')}`).join('；')
}

/** True when a problem section shows the same calculator's result (the reply says it once). */
export function coveredByProblems(a: Answer, calculation: Calculation): boolean {
  return a.problems?.some((p) => p.calculator === calculation.calculator) ?? false
}

/** 「你说的情况涉及3个问题」 and one numbered line per problem: entitlement, basis, next step. */
export function problemLines(problems: readonly ProblemSection[]): string[] {
  return [
    PROBLEM_MESSAGES.heading(problems.length),
    ...problems.map((p, i) => `${i + 1}. ${problemItem(p)}`),
  ]
}

/** One problem as one line (the number is added by the caller or the renderer). */
export function problemItem(p: ProblemSection, withStep = true): string {
  const step = withStep ? `${PROBLEM_MESSAGES.nextStep}：${p.step}。` : ''
  return `${p.title}：${p.text}。${PROBLEM_MESSAGES.basis}：${p.citation}。${step}`
}
