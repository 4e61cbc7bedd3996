/** @module calc — pure benefit and deadline calculators, their parameter table and registry. */
export { isCalcMissing, LIKELY_WARNING, CalcResultSchema } from './types'
export type {
  CalcResult,
  CalcMissing,
  CalcOutcome,
  CalcStep,
  CalcBasis,
  CalcPart,
  CalcParamUse,
  CalculatorName,
} from './types'
export {
  ParamTableSchema,
  ParamEntrySchema,
  parseParamTable,
  lookupParam,
  lookupParamOn,
} from './param-table'
export type { ParamTable, ParamEntry, ParamLookup, ParamName } from './param-table'
export {
  ALL_CALCULATORS,
  CALCULATOR_NAMES,
  allInputSpecs,
  getCalculator,
  inputSpec,
  isCalculatorName,
  runCalculator,
} from './registry'
export type { RunCalculatorResult } from './registry'
export { defineCalculator, inputPromptOf, pickFacts } from './define-calculator'
export type {
  Calculator,
  CalculatorSpec,
  InputKind,
  InputSpec,
  KeywordRule,
} from './define-calculator'
export type { CalcContext } from './calc-context'
export { calcSeverance, SeveranceInputSchema } from './severance'
export { calcIllegalTermination, IllegalTerminationInputSchema } from './illegal-termination'
export { calcNoticePay, NoticePayInputSchema } from './notice-pay'
export { calcOvertime, OvertimeInputSchema } from './overtime'
export { calcAnnualLeavePay, AnnualLeavePayInputSchema } from './annual-leave-pay'
export { calcWorkInjuryDisability, WorkInjuryDisabilityInputSchema } from './work-injury-disability'
export { calcWorkInjuryDeath, WorkInjuryDeathInputSchema } from './work-injury-death'
export { calcNonWorkDeath, NonWorkDeathInputSchema, survivorPensionMonths } from './non-work-death'
export { calcDoubleWageNoContract, DoubleWageInputSchema } from './double-wage-no-contract'
export { calcSickPay, SickPayInputSchema } from './sick-pay'
export { calcMinimumWageCheck, MinimumWageCheckInputSchema } from './minimum-wage-check'
export { calcArbitrationDeadline, ArbitrationDeadlineInputSchema } from './arbitration-deadline'
export {
  calcWorkInjuryApplicationDeadline,
  WorkInjuryApplicationDeadlineInputSchema,
} from './work-injury-application-deadline'
export {
  calcRetirementDate,
  RetirementDateInputSchema,
  minContributionYears,
  retirementDelayMonths,
  RETIREMENT_CATEGORIES,
} from './retirement-date'
export { calcWageArrears, WageArrearsInputSchema } from './wage-arrears'
export { legalityUnknown, terminationAlternatives } from './termination-alternatives'
export { findProtectedStatus, PROTECTED_STATUSES } from './protected-status'
export type { ProtectedStatus } from './protected-status'
