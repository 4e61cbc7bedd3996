import type { z } from 'zod'
import { AnnualLeavePayInputSchema, calcAnnualLeavePay } from './annual-leave-pay'
import { ArbitrationDeadlineInputSchema, calcArbitrationDeadline } from './arbitration-deadline'
import type { CalcContext } from './calc-context'
import { calcDoubleWageNoContract, DoubleWageInputSchema } from './double-wage-no-contract'
import { calcIllegalTermination, IllegalTerminationInputSchema } from './illegal-termination'
import { calcMinimumWageCheck, MinimumWageCheckInputSchema } from './minimum-wage-check'
import { calcNonWorkDeath, NonWorkDeathInputSchema } from './non-work-death'
import { calcNoticePay, NoticePayInputSchema } from './notice-pay'
import { calcOvertime, OvertimeInputSchema } from './overtime'
import type { ParamTable } from './param-table'
import { calcSeverance, SeveranceInputSchema } from './severance'
import { calcSickPay, SickPayInputSchema } from './sick-pay'
import { CALCULATOR_NAMES } from './types'
import type { CalcOutcome, CalculatorName } from './types'
import {
  calcWorkInjuryApplicationDeadline,
  WorkInjuryApplicationDeadlineInputSchema,
} from './work-injury-application-deadline'
import { calcWorkInjuryDeath, WorkInjuryDeathInputSchema } from './work-injury-death'
import { calcWorkInjuryDisability, WorkInjuryDisabilityInputSchema } from './work-injury-disability'

export { CALCULATOR_NAMES }

/** A calculator: its input schema, a Chinese title, and the pure function. */
export type Calculator<S extends z.ZodType = z.ZodType> = {
  name: CalculatorName
  title: string
  schema: S
  calculate: (input: z.infer<S>, ctx: CalcContext) => CalcOutcome
}

const def = <S extends z.ZodType>(
  name: CalculatorName,
  title: string,
  schema: S,
  calculate: (input: z.infer<S>, ctx: CalcContext) => CalcOutcome
): Calculator => ({ name, title, schema, calculate: calculate as Calculator['calculate'] })

const CALCULATORS: Record<CalculatorName, Calculator> = {
  severance: def('severance', '经济补偿（N）', SeveranceInputSchema, calcSeverance),
  'illegal-termination': def(
    'illegal-termination',
    '违法解除赔偿金（2N）',
    IllegalTerminationInputSchema,
    calcIllegalTermination
  ),
  'notice-pay': def('notice-pay', '经济补偿加代通知金（N+1）', NoticePayInputSchema, calcNoticePay),
  overtime: def('overtime', '加班费', OvertimeInputSchema, calcOvertime),
  'annual-leave-pay': def(
    'annual-leave-pay',
    '未休年休假工资',
    AnnualLeavePayInputSchema,
    calcAnnualLeavePay
  ),
  'work-injury-disability': def(
    'work-injury-disability',
    '一次性伤残补助金',
    WorkInjuryDisabilityInputSchema,
    calcWorkInjuryDisability
  ),
  'work-injury-death': def(
    'work-injury-death',
    '工亡待遇',
    WorkInjuryDeathInputSchema,
    calcWorkInjuryDeath
  ),
  'non-work-death': def(
    'non-work-death',
    '非因工死亡丧葬补助金和抚恤金',
    NonWorkDeathInputSchema,
    calcNonWorkDeath
  ),
  'double-wage-no-contract': def(
    'double-wage-no-contract',
    '未签劳动合同二倍工资',
    DoubleWageInputSchema,
    calcDoubleWageNoContract
  ),
  'sick-pay': def('sick-pay', '病假工资', SickPayInputSchema, calcSickPay),
  'minimum-wage-check': def(
    'minimum-wage-check',
    '最低工资核对',
    MinimumWageCheckInputSchema,
    calcMinimumWageCheck
  ),
  'arbitration-deadline': def(
    'arbitration-deadline',
    '劳动仲裁时效',
    ArbitrationDeadlineInputSchema,
    calcArbitrationDeadline
  ),
  'work-injury-application-deadline': def(
    'work-injury-application-deadline',
    '工伤认定申请期限',
    WorkInjuryApplicationDeadlineInputSchema,
    calcWorkInjuryApplicationDeadline
  ),
}

/** True when `name` is a calculator name. */
export const isCalculatorName = (name: string): name is CalculatorName =>
  (CALCULATOR_NAMES as readonly string[]).includes(name)

/** The calculator with this name, or undefined. */
export const getCalculator = (name: string): Calculator | undefined =>
  isCalculatorName(name) ? CALCULATORS[name] : undefined

/** What `runCalculator` returns. */
export type RunCalculatorResult =
  | { ok: true; result: CalcOutcome }
  | { ok: false; error: 'unknown-calculator'; names: readonly CalculatorName[] }
  | { ok: false; error: 'invalid-params'; message: string }

const formatIssues = (error: z.ZodError): string =>
  error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ')

/**
 * Validate `input` with the calculator's schema and run it. Never throws for bad input.
 * @example runCalculator('severance', { monthlyWage: 8000, serviceMonths: 42 }, table, new Date())
 */
export const runCalculator = (
  name: string,
  input: unknown,
  table: ParamTable,
  today: Date
): RunCalculatorResult => {
  const calc = getCalculator(name)
  if (!calc) return { ok: false, error: 'unknown-calculator', names: CALCULATOR_NAMES }
  const parsed = calc.schema.safeParse(input)
  if (!parsed.success)
    return { ok: false, error: 'invalid-params', message: formatIssues(parsed.error) }
  return { ok: true, result: calc.calculate(parsed.data, { table, today }) }
}
