import { describe, it, expect } from 'vitest'
import { calcSeverance, SeveranceInputSchema } from '../../../src/core/calc/severance'
import { isCalcMissing } from '../../../src/core/calc/types'
import { asResult, ctxAt } from './load-param-table'

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
    const r = asResult(calcSeverance(SeveranceInputSchema.parse(input), ctx))
    expect(r.amount).toBe(amount)
    expect(r.amountFen).toBe(amount * 100)
    expect(r.steps.at(-1)!.formula).toContain(`× ${n}个月`)
    expect(r.basis).toContainEqual({ law: '劳动合同法', article: '第四十七条' })
  })

  it('warns that a likely table figure must be checked, and names the year used', () => {
    const r = asResult(
      calcSeverance(
        SeveranceInputSchema.parse({
          monthlyWage: 50000,
          serviceMonths: 24,
          city: '广州',
          endDate: '2025-06-30',
        }),
        ctx
      )
    )
    expect(r.warnings.join()).toContain('12333')
    expect(r.params.find((p) => p.name === 'localAvgMonthlyWage')).toMatchObject({
      year: 2024,
      region: 'guangzhou',
      factId: 'C.gz.wage.2024',
    })
  })

  // Issue 14 item 7: a missing average never yields an uncapped headline.
  it('caps with the latest known average, naming its year, when the needed year is missing', () => {
    // 2026 dismissal: the 2025 Guangzhou figure is not in the table; 2024's 13,704 bounds it.
    const r = asResult(
      calcSeverance(
        SeveranceInputSchema.parse({
          monthlyWage: 50000,
          serviceMonths: 180,
          city: '广州',
          endDate: '2026-06-30',
        }),
        ctx
      )
    )
    expect(r.amount).toBe(41112 * 12) // 3 × 13,704 × 12 years, not 50,000 × 15 = 750,000
    expect(r.params.find((p) => p.name === 'localAvgMonthlyWage')).toMatchObject({ year: 2024 })
    expect(r.warnings.join()).toMatch(/2025年.*2024年/)
    expect(r.steps.map((s) => s.label).join()).toContain('用已知最近的2024年数字')
  })

  it('withholds the amount when no average is known and the cap could apply', () => {
    const out = calcSeverance(
      SeveranceInputSchema.parse({ monthlyWage: 50000, serviceMonths: 180, city: '东莞' }),
      ctx
    )
    expect(isCalcMissing(out)).toBe(true)
    if (!isCalcMissing(out)) return
    expect(out.missing).toEqual(['localAvgMonthlyWage'])
    // Why, the month multiplier and the formula are still given.
    expect(out.warnings[0]).toMatch(/先不给出金额.*15个月.*3 × 当地上年度职工月平均工资/)
  })

  it('computes (with the unchecked-cap warning) when the wage is below any known cap line', () => {
    const r = asResult(
      calcSeverance(
        SeveranceInputSchema.parse({ monthlyWage: 8000, serviceMonths: 42, city: '东莞' }),
        ctx
      )
    )
    expect(r.amount).toBe(32000)
    expect(r.warnings.join()).toContain('未检查“三倍封顶”')
  })

  it('the typed average overrides the table and withholding', () => {
    const r = asResult(
      calcSeverance(
        SeveranceInputSchema.parse({
          monthlyWage: 50000,
          serviceMonths: 180,
          city: '东莞',
          localAvgMonthlyWage: 9000,
        }),
        ctx
      )
    )
    expect(r.amount).toBe(27000 * 12)
  })

  it('requires a service length', () => {
    expect(SeveranceInputSchema.safeParse({ monthlyWage: 8000 }).success).toBe(false)
  })
})
