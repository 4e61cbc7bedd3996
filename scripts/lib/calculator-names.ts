import { CALCULATOR_NAMES } from '../../src/core/calc/registry'

/** The calculators' names (articles may only list these under `calculators:`). */
export function calculatorNames(): string[] {
  return [...CALCULATOR_NAMES]
}
