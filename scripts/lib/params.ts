/** Validates knowledge/params.yaml with the calculators' schema (fails the build when invalid). */
import { parseParamTable } from '../../src/core/calc/param-table'

export function parseParams(raw: unknown): unknown {
  return raw == null ? null : parseParamTable(raw)
}
