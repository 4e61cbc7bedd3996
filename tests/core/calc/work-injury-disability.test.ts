import { describe, it, expect } from 'vitest'
import {
  calcWorkInjuryDisability,
  WorkInjuryDisabilityInputSchema,
} from '../../../src/core/calc/work-injury-disability'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcWorkInjuryDisability', () => {
  it.each([
    // 工伤保险条例第三十五条: grade 1 = 27 months
    { input: { disabilityGrade: 1, monthlyWage: 5000 }, amount: 135000, article: '第三十五条' },
    // 第三十五条: grade 4 = 21 months
    { input: { disabilityGrade: 4, monthlyWage: 6000 }, amount: 126000, article: '第三十五条' },
    // 第三十六条: grade 5 = 18 months
    { input: { disabilityGrade: 5, monthlyWage: 6000 }, amount: 108000, article: '第三十六条' },
    // 第三十七条: grade 7 = 13 months
    { input: { disabilityGrade: 7, monthlyWage: 4000 }, amount: 52000, article: '第三十七条' },
    // 第三十七条: grade 10 = 7 months
    { input: { disabilityGrade: 10, monthlyWage: 5000 }, amount: 35000, article: '第三十七条' },
    // 第六十四条: wage below 60 % of average → 60 % (4,800) × 9 (grade 9)
    {
      input: { disabilityGrade: 9, monthlyWage: 3000, localAvgMonthlyWage: 8000 },
      amount: 43200,
      article: '第三十七条',
    },
    // 第六十四条: wage above 300 % → 300 % (24,000) × 11 (grade 8)
    {
      input: { disabilityGrade: 8, monthlyWage: 30000, localAvgMonthlyWage: 8000 },
      amount: 264000,
      article: '第三十七条',
    },
  ])('$input → $amount', ({ input, amount, article }) => {
    const r = calcWorkInjuryDisability(WorkInjuryDisabilityInputSchema.parse(input), ctx)
    expect(r.amount).toBe(amount)
    expect(r.basis[0]).toEqual({ law: '工伤保险条例', article })
    expect(r.notes!.length).toBeGreaterThan(0)
  })

  it('says what else grade 1 brings (90 % allowance) and rejects grade 11', () => {
    const r = calcWorkInjuryDisability({ disabilityGrade: 1, monthlyWage: 5000 }, ctx)
    expect(r.notes!.join()).toContain('90%')
    expect(
      WorkInjuryDisabilityInputSchema.safeParse({ disabilityGrade: 11, monthlyWage: 5000 }).success
    ).toBe(false)
  })
})
