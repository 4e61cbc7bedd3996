import { inputPromptOf } from '../calc/define-calculator'
import { allInputSpecs } from '../calc/registry'

/**
 * One line per input name telling the worker how to give it; shown when a calculation lacks it.
 * Derived from the calculators' input specs (`ask`, `example`, `note`).
 */
export const MISSING_PARAM_HINTS: Readonly<Record<string, string>> = Object.fromEntries(
  [...allInputSpecs()]
    .filter(([, spec]) => spec.ask !== undefined)
    .map(([name, spec]) => [name, inputPromptOf(spec)])
)
