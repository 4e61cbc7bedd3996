import type { CalculateFn } from './ask'
import type { Library } from './knowledge/library'

/**
 * Binds the calculators to ask(): returns the function ask() calls with the normalised question.
 * Placeholder until the calculators land: no calculation.
 */
export function createCalculate(_library: Library): CalculateFn | undefined {
  return undefined
}
