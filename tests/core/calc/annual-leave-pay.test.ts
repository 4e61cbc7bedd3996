import { describe, it, expect } from 'vitest'
import {
  annualLeaveDays,
  calcAnnualLeavePay,
  AnnualLeavePayInputSchema,
} from '../../../src/core/calc/annual-leave-pay'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcAnnualLeavePay', () => {
  it.each([
    // 实施办法第十条、第十一条: 4,350 ÷ 21.75 = 200/day; extra 200 % × 5 days
    { input: { monthlyWage: 4350, unusedDays: 5 }, amount: 2000 },
    { input: { monthlyWage: 4350, unusedDays: 10 }, amount: 4000 },
    { input: { monthlyWage: 4350, unusedDays: 15 }, amount: 6000 },
    { input: { monthlyWage: 4350, unusedDays: 0 }, amount: 0 },
    // 8,000 ÷ 21.75 × 2 = 735.632… → 735.63
    { input: { monthlyWage: 8000, unusedDays: 1 }, amount: 735.63 },
    // 6,000 ÷ 21.75 × 3 × 2 = 1,655.172… → 1,655.17
    { input: { monthlyWage: 6000, unusedDays: 3 }, amount: 1655.17 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = calcAnnualLeavePay(AnnualLeavePayInputSchema.parse(input), ctx)
    expect(r.amount).toBe(amount)
    expect(r.basis[0]).toEqual({ law: '职工带薪年休假条例', article: '第五条' })
  })

  // 职工带薪年休假条例第三条
  it.each([
    [0.5, 0],
    [1, 5],
    [9.9, 5],
    [10, 10],
    [19, 10],
    [20, 15],
  ])('%s years → %s days', (y, d) => {
    expect(annualLeaveDays(y)).toBe(d)
  })
})
