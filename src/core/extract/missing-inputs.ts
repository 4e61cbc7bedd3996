import { ALL_CALCULATORS } from '../calc/registry'
import type { CalculatorName } from '../calc/types'

export { OVERTIME_HOUR_KEYS } from '../calc/overtime'

/**
 * What each calculator cannot run without (each module's `required`): one group per line of the
 * follow-up, the first name reported, any name in the group satisfies it.
 */
export const REQUIRED_INPUTS = Object.fromEntries(
  ALL_CALCULATORS.map((c) => [c.name, c.required])
) as Readonly<Record<CalculatorName, readonly (readonly string[])[]>>

/** Names of the inputs `input` still lacks for `name`, in the order a follow-up asks for them. */
export const missingInputs = (
  name: CalculatorName,
  input: Readonly<Record<string, unknown>>
): string[] =>
  REQUIRED_INPUTS[name]
    .filter((group) => !group.some((k) => input[k] !== undefined))
    .map((group) => group[0]!)
