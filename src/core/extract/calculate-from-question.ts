import { toChinaDate } from '../calc/calendar-date'
import type { ParamTable } from '../calc/param-table'
import { getCalculator } from '../calc/registry'
import type { CalcMissing, CalcResult, CalculatorName } from '../calc/types'
import { chooseCalculator } from './choose-calculator'
import { extractFacts } from './extract-facts'
import type { QuestionFacts } from './extract-facts'

/** What `calculateFromQuestion` needs besides the question. */
export type CalculateContext = { topics: string[]; today: Date; table: ParamTable }

type Built = { input: Record<string, unknown>; missing: string[] }

const pick = (f: QuestionFacts, keys: (keyof QuestionFacts)[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (f[k] !== undefined) out[k] = f[k]
  return out
}

const need = (input: Record<string, unknown>, name: string, ...alts: string[]): string[] =>
  [name, ...alts].some((k) => input[k] !== undefined) ? [] : [name]

/** Turn facts into the input of one calculator and list what is still missing. */
export const buildCalculatorInput = (name: CalculatorName, f: QuestionFacts): Built => {
  switch (name) {
    case 'severance':
    case 'illegal-termination':
    case 'notice-pay': {
      const input = pick(f, ['monthlyWage', 'startDate', 'endDate', 'city', 'minimumWage'])
      if (f.serviceMonths !== undefined && f.startDate === undefined) input.serviceMonths = f.serviceMonths
      return { input, missing: [...need(input, 'monthlyWage'), ...need(input, 'serviceMonths', 'startDate')] }
    }
    case 'double-wage-no-contract': {
      const input = pick(f, ['monthlyWage', 'startDate', 'endDate'])
      if (f.startDate === undefined && f.serviceMonths !== undefined) input.monthsWithoutContract = f.serviceMonths
      return { input, missing: [...need(input, 'monthlyWage'), ...need(input, 'monthsWithoutContract', 'startDate')] }
    }
    case 'overtime': {
      const input = pick(f, ['monthlyWage', 'weekdayHours', 'restDayHours', 'holidayHours', 'restDays', 'holidayDays', 'dailyOvertimeHours', 'months'])
      if (f.dailyWorkHours !== undefined && f.dailyOvertimeHours === undefined && f.dailyWorkHours > 8)
        input.dailyOvertimeHours = Math.min(f.dailyWorkHours - 8, 16)
      return {
        input,
        missing: [
          ...need(input, 'monthlyWage'),
          ...need(input, 'weekdayHours', 'restDayHours', 'holidayHours', 'restDays', 'holidayDays', 'dailyOvertimeHours'),
        ],
      }
    }
    case 'annual-leave-pay': {
      const input = pick(f, ['monthlyWage', 'unusedDays'])
      return { input, missing: [...need(input, 'monthlyWage'), ...need(input, 'unusedDays')] }
    }
    case 'work-injury-disability': {
      const input = pick(f, ['disabilityGrade', 'monthlyWage', 'city'])
      return { input, missing: [...need(input, 'disabilityGrade'), ...need(input, 'monthlyWage')] }
    }
    case 'work-injury-death': {
      const input = pick(f, ['deathYear', 'monthlyWage', 'city'])
      return { input, missing: need(input, 'deathYear') }
    }
    case 'non-work-death': {
      const input = pick(f, ['deathYear', 'contributionYears', 'startDate', 'endDate', 'city', 'retired', 'pensionYearsReceived'])
      if (input.endDate === undefined && f.eventDate !== undefined && f.startDate !== undefined) input.endDate = f.eventDate
      return { input, missing: [...need(input, 'deathYear'), ...need(input, 'contributionYears', 'startDate')] }
    }
    case 'sick-pay': {
      const input = pick(f, ['monthlyWage', 'city', 'minimumWage'])
      return { input, missing: need(input, 'minimumWage', 'city') }
    }
    case 'minimum-wage-check': {
      const input = pick(f, ['monthlyWage', 'contractWage', 'probation', 'city', 'minimumWage'])
      return { input, missing: [...need(input, 'monthlyWage'), ...need(input, 'minimumWage', 'city')] }
    }
    case 'arbitration-deadline': {
      const input: Record<string, unknown> = {}
      if (f.eventDate) input.knewDate = f.eventDate
      else if (f.endDate) input.endDate = f.endDate
      return { input, missing: need(input, 'knewDate', 'endDate') }
    }
    case 'work-injury-application-deadline': {
      const input: Record<string, unknown> = {}
      if (f.eventDate) input.accidentDate = f.eventDate
      return { input, missing: need(input, 'accidentDate') }
    }
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
    return { calculator: name, missing: bad, params: input, warnings: ['有些数字看起来不对，请再确认一下'] }
  }
  return calc.calculate(parsed.data, { table: ctx.table, today: ctx.today })
}
