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

const SAMPLE: Record<(typeof CALCULATOR_NAMES)[number], unknown> = {
  severance: { monthlyWage: 8000, serviceMonths: 42 },
  'illegal-termination': { monthlyWage: 8000, serviceMonths: 42 },
  'notice-pay': { monthlyWage: 8000, serviceMonths: 42 },
  overtime: { monthlyWage: 4350, weekdayHours: 10 },
  'annual-leave-pay': { monthlyWage: 4350, unusedDays: 5 },
  'work-injury-disability': { disabilityGrade: 7, monthlyWage: 4000 },
  'work-injury-death': { deathYear: 2025 },
  'non-work-death': { deathYear: 2023, contributionYears: 15 },
  'double-wage-no-contract': { monthlyWage: 5000, monthsWithoutContract: 6 },
  'sick-pay': { city: '广州' },
  'minimum-wage-check': { monthlyWage: 2000, city: '广州' },
  'arbitration-deadline': { knewDate: '2026-06-30' },
  'work-injury-application-deadline': { accidentDate: '2026-11-01' },
}

describe('runCalculator', () => {
  it.each(CALCULATOR_NAMES.map((n) => [n]))(
    '%s runs, matches the result schema and cites registry statutes',
    (name) => {
      const r = runCalculator(name, SAMPLE[name], table, today)
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
