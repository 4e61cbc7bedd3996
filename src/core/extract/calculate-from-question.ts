import { toChinaDate } from '../calc/calendar-date'
import type { ParamTable } from '../calc/param-table'
import { getCalculator } from '../calc/registry'
import type { CalcMissing, CalcResult, CalculatorName } from '../calc/types'
import { chooseCalculator } from './choose-calculator'
import { extractFacts } from './extract-facts'
import { missingInputs, OVERTIME_HOUR_KEYS } from './missing-inputs'
import type { QuestionFacts } from './extract-facts'

/** What `calculateFromQuestion` needs besides the question. */
export type CalculateContext = { topics: string[]; today: Date; table: ParamTable }

type Built = { input: Record<string, unknown>; missing: string[] }

const pick = (f: QuestionFacts, keys: (keyof QuestionFacts)[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (f[k] !== undefined) out[k] = f[k]
  return out
}

/** Turn facts into the input of one calculator and list what is still missing. */
export const buildCalculatorInput = (name: CalculatorName, f: QuestionFacts): Built => {
  const input = inputFromFacts(name, f)
  return { input, missing: missingInputs(name, input) }
}

const inputFromFacts = (name: CalculatorName, f: QuestionFacts): Record<string, unknown> => {
  switch (name) {
    case 'severance':
    case 'illegal-termination':
    case 'notice-pay': {
      const input = pick(f, ['monthlyWage', 'startDate', 'endDate', 'city', 'minimumWage'])
      if (f.serviceMonths !== undefined && f.startDate === undefined)
        input.serviceMonths = f.serviceMonths
      return input
    }
    case 'double-wage-no-contract': {
      const input = pick(f, ['monthlyWage', 'startDate', 'endDate'])
      if (f.startDate === undefined && f.serviceMonths !== undefined)
        input.monthsWithoutContract = f.serviceMonths
      return input
    }
    case 'overtime': {
      const input = pick(f, ['monthlyWage', ...OVERTIME_HOUR_KEYS, 'months'])
      if (
        f.dailyWorkHours !== undefined &&
        f.dailyOvertimeHours === undefined &&
        f.dailyWorkHours > 8
      )
        input.dailyOvertimeHours = Math.min(f.dailyWorkHours - 8, 16)
      return input
    }
    case 'annual-leave-pay':
      return pick(f, ['monthlyWage', 'unusedDays'])
    case 'work-injury-disability':
      return pick(f, ['disabilityGrade', 'monthlyWage', 'city'])
    case 'work-injury-death':
      return pick(f, ['deathYear', 'monthlyWage', 'city'])
    case 'non-work-death': {
      const input = pick(f, [
        'deathYear',
        'contributionYears',
        'startDate',
        'endDate',
        'city',
        'retired',
        'pensionYearsReceived',
      ])
      if (input.endDate === undefined && f.eventDate !== undefined && f.startDate !== undefined)
        input.endDate = f.eventDate
      return input
    }
    case 'sick-pay':
      return pick(f, ['monthlyWage', 'city', 'minimumWage'])
    case 'minimum-wage-check':
      return pick(f, ['monthlyWage', 'contractWage', 'probation', 'city', 'minimumWage'])
    case 'arbitration-deadline': {
      const input: Record<string, unknown> = {}
      if (f.eventDate) input.knewDate = f.eventDate
      else if (f.endDate) input.endDate = f.endDate
      return input
    }
    case 'work-injury-application-deadline':
      return f.eventDate ? { accidentDate: f.eventDate } : {}
  }
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
  return calc.calculate(parsed.data, { table: ctx.table, today: ctx.today })
}
