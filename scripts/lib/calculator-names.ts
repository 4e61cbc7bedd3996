import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './read-knowledge'

/** The calculators' names from the registry, or [] before the calculators exist. */
export async function calculatorNames(): Promise<string[]> {
  const path = join(ROOT, 'src/core/calc/registry.ts')
  if (!existsSync(path)) return []
  const mod = (await import(path)) as { CALCULATOR_NAMES?: readonly string[] }
  return [...(mod.CALCULATOR_NAMES ?? [])]
}
