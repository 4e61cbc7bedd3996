/**
 * The calculators, one line each (menu order). Names, menus, forms, follow-up questions and the
 * extractor's tables all derive from this list and the modules it names.
 * @module
 */
import type * as z from 'zod'
import { annualLeavePay } from './annual-leave-pay'
import { arbitrationDeadline } from './arbitration-deadline'
import type { Calculator, InputSpec } from './define-calculator'
import { doubleWageNoContract } from './double-wage-no-contract'
import { illegalTermination } from './illegal-termination'
import { minimumWageCheck } from './minimum-wage-check'
import { nonWorkDeath } from './non-work-death'
import { noticePay } from './notice-pay'
import { overtime } from './overtime'
import type { ParamTable } from './param-table'
import { retirementDate } from './retirement-date'
import { severance } from './severance'
import { wageArrears } from './wage-arrears'
import { sickPay } from './sick-pay'
import type { CalcOutcome } from './types'
import { workInjuryApplicationDeadline } from './work-injury-application-deadline'
import { workInjuryDeath } from './work-injury-death'
import { workInjuryDisability } from './work-injury-disability'

const CALCULATORS = [
  severance,
  illegalTermination,
  noticePay,
  overtime,
  annualLeavePay,
  workInjuryDisability,
  workInjuryDeath,
  nonWorkDeath,
  doubleWageNoContract,
  sickPay,
  minimumWageCheck,
  arbitrationDeadline,
  workInjuryApplicationDeadline,
  retirementDate,
  wageArrears,
] as const

/** One calculator name (the strings are the public API: CLI, `/api/calc`, Telegram, ask()). */
export type CalculatorName = (typeof CALCULATORS)[number]['name']

/** Names of every calculator, in menu order. */
export const CALCULATOR_NAMES = CALCULATORS.map((c) => c.name) as unknown as readonly [
  CalculatorName,
  ...CalculatorName[],
]

/** Every calculator, in menu order. */
export const ALL_CALCULATORS: readonly Calculator<CalculatorName>[] = CALCULATORS

const BY_NAME = new Map<string, Calculator<CalculatorName>>(CALCULATORS.map((c) => [c.name, c]))

/** True when `name` is a calculator name. */
export const isCalculatorName = (name: string): name is CalculatorName => BY_NAME.has(name)

/** The calculator with this name, or undefined. */
export const getCalculator = (name: string): Calculator<CalculatorName> | undefined =>
  BY_NAME.get(name)

const INPUT_SPECS = new Map<string, InputSpec>()
for (const c of CALCULATORS)
  for (const [name, spec] of Object.entries(c.inputs))
    if (!INPUT_SPECS.has(name)) INPUT_SPECS.set(name, spec)

/** What an input is called and how to ask for it (the first calculator declaring it wins). */
export const inputSpec = (param: string): InputSpec | undefined => INPUT_SPECS.get(param)

/** Every input name any calculator takes, with its spec. */
export const allInputSpecs = (): ReadonlyMap<string, InputSpec> => INPUT_SPECS

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
