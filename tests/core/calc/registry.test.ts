import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { describe, it, expect } from 'vitest'
import { CALCULATOR_NAMES, getCalculator, runCalculator } from '../../../src/core/calc/registry'
import { CalcResultSchema, isCalcMissing } from '../../../src/core/calc/types'
import { loadParamTable } from './load-param-table'

const table = loadParamTable()
const today = new Date('2026-11-24T04:00:00Z')
const statutes = new Set(
  (
    YAML.parse(
      readFileSync(
        fileURLToPath(new URL('../../../knowledge/statutes/core.yaml', import.meta.url)),
        'utf8'
      )
    ) as { name: string }[]
  ).map((s) => s.name)
)

describe('runCalculator', () => {
  it.each(CALCULATOR_NAMES.map((n) => [n]))(
    '%s runs, matches the result schema and cites registry statutes',
    (name) => {
      const r = runCalculator(name, getCalculator(name)!.sample, table, today)
      expect(r.ok).toBe(true)
      if (!r.ok || isCalcMissing(r.result)) throw new Error('expected a result')
      expect(CalcResultSchema.safeParse(r.result).success).toBe(true)
      expect(r.result.calculator).toBe(name)
      expect(r.result.currency).toBe('CNY')
      for (const b of r.result.basis) {
        expect(statutes.has(b.law), b.law).toBe(true)
        expect(b.article).toMatch(/^第[一二三四五六七八九十百零]+条|^二、|条号未核对/)
      }
    }
  )

  it('unknown calculator lists the names', () => {
    expect(runCalculator('nope', {}, table, today)).toEqual({
      ok: false,
      error: 'unknown-calculator',
      names: CALCULATOR_NAMES,
    })
  })

  it('invalid params gives a readable zod message', () => {
    const r = runCalculator('severance', { monthlyWage: 'abc', serviceMonths: 3 }, table, today)
    expect(r.ok).toBe(false)
    if (!r.ok && r.error === 'invalid-params') expect(r.message).toMatch(/^monthlyWage: /)
  })

  it('getCalculator returns undefined for unknown names', () => {
    expect(getCalculator('severance')?.name).toBe('severance')
    expect(getCalculator('x')).toBeUndefined()
  })
})
