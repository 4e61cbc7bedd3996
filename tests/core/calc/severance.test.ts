import { describe, it, expect } from 'vitest'
import { calcSeverance, SeveranceInputSchema } from '../../../src/core/calc/severance'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcSeverance', () => {
  it.each([
    // 劳动合同法第四十七条第一款: remainder of exactly 6 months counts as a full year
    { input: { monthlyWage: 8000, serviceMonths: 42 }, amount: 32000, n: 4 },
    // 第四十七条第一款: remainder under 6 months → half a month
    { input: { monthlyWage: 8000, serviceMonths: 41 }, amount: 28000, n: 3.5 },
    // 第四十七条第一款: exactly 6 months → one month
    { input: { monthlyWage: 8000, serviceMonths: 6 }, amount: 8000, n: 1 },
    // 第四十七条第一款: 5 months → half a month
    { input: { monthlyWage: 8000, serviceMonths: 5 }, amount: 4000, n: 0.5 },
    // 第四十七条第一款: 12 months → one month
    { input: { monthlyWage: 6000, serviceMonths: 12 }, amount: 6000, n: 1 },
    // dates: 2021-03-03..2022-05-30 = 1 year 2 months 28 days → 1.5 months
    {
      input: { monthlyWage: 6560, startDate: '2021-03-03', endDate: '2022-05-30' },
      amount: 9840,
      n: 1.5,
    },
    // 第四十七条第二款: wage > 3x average → base 3x average, at most 12 years
    {
      input: { monthlyWage: 50000, serviceMonths: 180, localAvgMonthlyWage: 10000 },
      amount: 360000,
      n: 12,
    },
    // 第四十七条第二款: wage exactly 3x average is not "above" → no cap
    {
      input: { monthlyWage: 30000, serviceMonths: 180, localAvgMonthlyWage: 10000 },
      amount: 450000,
      n: 15,
    },
    // 第四十七条第二款: cap with fewer than 12 years keeps the years
    {
      input: { monthlyWage: 50000, serviceMonths: 30, localAvgMonthlyWage: 10000 },
      amount: 90000,
      n: 3,
    },
    // 实施条例第二十七条: base floored at the minimum wage
    { input: { monthlyWage: 1500, serviceMonths: 24, minimumWage: 2500 }, amount: 5000, n: 2 },
    // 第四十七条第二款 with the table: Guangzhou 2024 average 13,704 (likely) → cap 41,112
    {
      input: { monthlyWage: 50000, serviceMonths: 24, city: '广州', endDate: '2025-06-30' },
      amount: 82224,
      n: 2,
    },
  ])('$input → $amount', ({ input, amount, n }) => {
    const r = calcSeverance(SeveranceInputSchema.parse(input), ctx)
    expect(r.amount).toBe(amount)
    expect(r.amountFen).toBe(amount * 100)
    expect(r.steps.at(-1)!.formula).toContain(`× ${n}个月`)
    expect(r.basis).toContainEqual({ law: '劳动合同法', article: '第四十七条' })
  })

  it('warns that a likely table figure must be checked, and names the year used', () => {
    const r = calcSeverance(
      SeveranceInputSchema.parse({
        monthlyWage: 50000,
        serviceMonths: 24,
        city: '广州',
        endDate: '2025-06-30',
      }),
      ctx
    )
    expect(r.warnings.join()).toContain('12333')
    expect(r.params.find((p) => p.name === 'localAvgMonthlyWage')).toMatchObject({
      year: 2024,
      region: 'guangzhou',
      factId: 'C.gz.wage.2024',
    })
  })

  it('does not use another year when the average wage of the needed year is missing', () => {
    const r = calcSeverance(
      SeveranceInputSchema.parse({
        monthlyWage: 50000,
        serviceMonths: 24,
        city: '广州',
        endDate: '2026-06-30',
      }),
      ctx
    )
    expect(r.amount).toBe(100000)
    expect(r.warnings.join()).toContain('2025年')
  })

  it('requires a service length', () => {
    expect(SeveranceInputSchema.safeParse({ monthlyWage: 8000 }).success).toBe(false)
  })
})
