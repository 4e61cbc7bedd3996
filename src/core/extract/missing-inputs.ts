import type { CalculatorName } from '../calc/types'

/** The ways a question can state overtime worked; any one of them is enough to compute. */
export const OVERTIME_HOUR_KEYS = [
  'weekdayHours',
  'restDayHours',
  'holidayHours',
  'restDays',
  'holidayDays',
  'dailyOvertimeHours',
] as const

/**
 * What each calculator cannot run without: one group per line of the follow-up, the first name
 * reported, any name in the group satisfies it (service as months or as a start date).
 */
export const REQUIRED_INPUTS: Readonly<Record<CalculatorName, readonly (readonly string[])[]>> = {
  severance: [['monthlyWage'], ['serviceMonths', 'startDate']],
  'illegal-termination': [['monthlyWage'], ['serviceMonths', 'startDate']],
  'notice-pay': [['monthlyWage'], ['serviceMonths', 'startDate']],
  'double-wage-no-contract': [['monthlyWage'], ['monthsWithoutContract', 'startDate']],
  overtime: [['monthlyWage'], OVERTIME_HOUR_KEYS],
  'annual-leave-pay': [['monthlyWage'], ['unusedDays']],
  'work-injury-disability': [['disabilityGrade'], ['monthlyWage']],
  'work-injury-death': [['deathYear']],
  'non-work-death': [['deathYear'], ['contributionYears', 'startDate']],
  'sick-pay': [['minimumWage', 'city']],
  'minimum-wage-check': [['monthlyWage'], ['minimumWage', 'city']],
  'arbitration-deadline': [['knewDate', 'endDate']],
  'work-injury-application-deadline': [['accidentDate']],
}

/** Names of the inputs `input` still lacks for `name`, in the order a follow-up asks for them. */
export const missingInputs = (
  name: CalculatorName,
  input: Readonly<Record<string, unknown>>
): string[] =>
  REQUIRED_INPUTS[name]
    .filter((group) => !group.some((k) => input[k] !== undefined))
    .map((group) => group[0]!)
