import { describe, it, expect } from 'vitest'
import {
  calcNonWorkDeath,
  NonWorkDeathInputSchema,
  survivorPensionMonths,
} from '../../../src/core/calc/non-work-death'
import { isCalcMissing } from '../../../src/core/calc/types'
import type { CalcResult } from '../../../src/core/calc/types'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()
const run = (input: unknown) => calcNonWorkDeath(NonWorkDeathInputSchema.parse(input), ctx)

describe('survivorPensionMonths (人社部发〔2021〕18号)', () => {
  it.each([
    [0, 3],
    [4.9, 3],
    [5, 6],
    [9.99, 6],
    [10, 9],
    [15, 9],
    [15.5, 9],
    [16, 10],
    [29, 23],
    [30, 24],
    [35, 24],
  ])('%s years → %s months', (years, months) => {
    expect(survivorPensionMonths(years)).toBe(months)
  })
})

describe('calcNonWorkDeath', () => {
  it.each([
    // seed case: hired 2010-12, died 2023-10-05 → 12 full years → 9 months; base 56,905.3 / 12 = 4,742.11
    {
      input: { deathYear: 2023, startDate: '2010-12-01', endDate: '2023-10-05' },
      amount: 52163.21,
    },
    // D.case.example_2023_death: 15 years → 9 × 4,742.11 = 42,678.99 + funeral 9,484.22
    { input: { deathYear: 2023, contributionYears: 15 }, amount: 52163.21 },
    // 30 years → 24 months = 113,810.64 + 9,484.22
    { input: { deathYear: 2023, contributionYears: 30 }, amount: 123294.86 },
    // under 5 years → 3 months
    { input: { deathYear: 2023, contributionYears: 4 }, amount: 23710.55 },
    // 5 years → 6 months
    { input: { deathYear: 2023, contributionYears: 5 }, amount: 37936.88 },
    // 10 years → 9 months
    { input: { deathYear: 2023, contributionYears: 10 }, amount: 52163.21 },
    // 16 years → 10 months
    { input: { deathYear: 2023, contributionYears: 16 }, amount: 56905.32 },
    // death in 2024 uses 2023: 59,306.6 / 12 = 4,942.22; 9,884.44 + 9 × 4,942.22
    { input: { deathYear: 2024, contributionYears: 12 }, amount: 54364.42 },
    // monthly figure given by the user: 2 × 5,000 + 14 × 5,000 (20 years)
    {
      input: { deathYear: 2030, contributionYears: 20, provinceMonthlyDisposableIncome: 5000 },
      amount: 80000,
    },
    // retiree (likely rule): 24 − 5 = 19 months
    {
      input: { deathYear: 2023, contributionYears: 30, retired: true, pensionYearsReceived: 5 },
      amount: 99584.31,
    },
    // retiree floor: never below 9 months
    {
      input: { deathYear: 2023, contributionYears: 30, retired: true, pensionYearsReceived: 20 },
      amount: 52163.21,
    },
  ])('$input → $amount', ({ input, amount }) => {
    const r = run(input) as CalcResult
    expect(isCalcMissing(r)).toBe(false)
    expect(r.amount).toBe(amount)
  })

  it('shows the seed figures step by step and the year used', () => {
    const r = run({ deathYear: 2023, contributionYears: 15 }) as CalcResult
    expect(r.steps.map((s) => s.value)).toEqual([4742.11, 9484.22, 9, 42678.99, 52163.21])
    expect(r.params[0]).toMatchObject({
      year: 2022,
      region: 'guangdong',
      factId: 'C.gd.urban_income.2022',
      confidence: 'verified',
    })
    expect(r.basis.map((b) => b.law)).toContain('广东省职工假期待遇和死亡抚恤待遇规定')
  })

  it.each([
    // 2024 Guangdong income is not verified → missing, never the 2023 figure
    {
      input: { deathYear: 2025, contributionYears: 15 },
      missing: ['provinceMonthlyDisposableIncome'],
    },
    // only Guangdong figures are in the table
    {
      input: { deathYear: 2023, contributionYears: 15, city: '上海' },
      missing: ['provinceMonthlyDisposableIncome'],
    },
    // retiree without years of pension drawn
    {
      input: { deathYear: 2023, contributionYears: 30, retired: true },
      missing: ['pensionYearsReceived'],
    },
  ])('$input → missing $missing', ({ input, missing }) => {
    const r = run(input)
    expect(isCalcMissing(r)).toBe(true)
    if (isCalcMissing(r)) {
      expect(r.missing).toEqual(missing)
      expect(r.warnings.length).toBeGreaterThan(0)
    }
  })

  it('a missing base still gives the months and the formula (issue 14 item 10)', () => {
    // 2026 death: the 2025 Guangdong figure is 待核对; 20 contribution years → 9 + 5 = 14 months
    const r = run({ deathYear: 2026, contributionYears: 20 })
    expect(isCalcMissing(r)).toBe(true)
    if (isCalcMissing(r))
      expect(r.warnings.join('\n')).toContain(
        '丧葬补助金2个月，抚恤金14个月；金额 = 广东省2025年城镇居民人均可支配收入 ÷ 12 × 16'
      )
  })
})
