import * as z from 'zod'

import type { CalculatorName } from './registry'

export type { CalculatorName }

/** One line of the worked calculation shown to the user. */
export const CalcStepSchema = z.object({
  label: z.string(),
  formula: z.string(),
  value: z.union([z.number(), z.string()]),
})
export type CalcStep = z.infer<typeof CalcStepSchema>

/**
 * One entitlement shown next to the main amount, with the condition under which it applies:
 * an alternative (N, N+1 or 2N: one of them) or an extra part (Art. 85 additional compensation).
 * `amountMax` makes it a range (50 %–100 %); `amount: null` when an input is still missing.
 */
export const CalcPartSchema = z.object({
  label: z.string(),
  amount: z.number().nullable(),
  amountMax: z.number().optional(),
  condition: z.string(),
  calculator: z.string().optional(),
})
export type CalcPart = z.infer<typeof CalcPartSchema>

/** A legal basis: `law` is a `name` from knowledge/statutes/*.yaml, `article` in Chinese numerals. */
export const CalcBasisSchema = z.object({ law: z.string(), article: z.string() })
export type CalcBasis = z.infer<typeof CalcBasisSchema>

/** A statistical or legal figure the result used, with where it came from. */
export const CalcParamUseSchema = z.object({
  name: z.string(),
  value: z.number().nullable(),
  year: z.number().int().nullable(),
  region: z.string(),
  source: z.string(),
  factId: z.string().optional(),
  confidence: z.enum(['verified', 'likely', 'input']).optional(),
})
export type CalcParamUse = z.infer<typeof CalcParamUseSchema>

/**
 * A finished calculation. `amount` is in CNY (yuan, two decimals, computed in integer fen and
 * rounded half-up to the fen); `amountFen` is the same amount in fen. Deadline calculators set
 * `amount: null` and give `deadline` (YYYY-MM-DD) instead.
 */
export const CalcResultSchema = z.object({
  calculator: z.string(),
  amount: z.number().nullable(),
  amountFen: z.number().int().nullable(),
  currency: z.literal('CNY'),
  steps: z.array(CalcStepSchema),
  basis: z.array(CalcBasisSchema),
  params: z.array(CalcParamUseSchema),
  assumptions: z.array(z.string()),
  warnings: z.array(z.string()),
  /** What else the situation brings (e.g. allowances that come with a disability grade). */
  notes: z.array(z.string()).optional(),
  deadline: z.string().optional(),
  /** One line for a result that is neither an amount nor a deadline (an age and a date). */
  headline: z.string().optional(),
  /** Either-or entitlements, the most likely first (the result's own amount is that one). */
  alternatives: z.array(CalcPartSchema).optional(),
  /** Entitlements added to the amount when their condition holds. */
  parts: z.array(CalcPartSchema).optional(),
  /** Named values of such a result, for programs (e.g. retirementMonth: '2033-01'). */
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  daysLeft: z.number().int().optional(),
  deadlines: z.record(z.string(), z.string()).optional(),
})
export type CalcResult = z.infer<typeof CalcResultSchema>

/**
 * A calculator applies but inputs (or a published figure for the needed year) are missing.
 * `missing` lists input names (see `MISSING_PARAM_HINTS`); `params` holds the inputs known so far.
 */
export type CalcMissing = {
  calculator: CalculatorName
  missing: string[]
  params: Record<string, unknown>
  warnings: string[]
}

/** Either a finished result or a list of what is missing. */
export type CalcOutcome = CalcResult | CalcMissing

/** True when the outcome lacks inputs. */
export const isCalcMissing = (o: CalcOutcome): o is CalcMissing => 'missing' in o

/** Warning shown whenever a `likely` (secondary-source) figure was used. */
export const LIKELY_WARNING = '该数字为二手资料，请向当地人社部门（12333）核实'

/** Stated once on every money result. */
export const ROUNDING_NOTE = '金额以“分”为单位计算，每一步四舍五入到分'
