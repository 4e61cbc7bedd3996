import { describe, it, expect } from 'vitest'
import {
  calcDoubleWageNoContract,
  DoubleWageInputSchema,
} from '../../../src/core/calc/double-wage-no-contract'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcDoubleWageNoContract', () => {
  it.each([
    // 劳动合同法第八十二条: first month is the grace period → 6 − 1 = 5
    { input: { monthlyWage: 5000, monthsWithoutContract: 6 }, amount: 25000 },
    // within the first month: nothing
    { input: { monthlyWage: 5000, monthsWithoutContract: 1 }, amount: 0 },
    // 实施条例第七条: 12 months → 11
    { input: { monthlyWage: 5000, monthsWithoutContract: 12 }, amount: 55000 },
    // 11-month cap
    { input: { monthlyWage: 5000, monthsWithoutContract: 20 }, amount: 55000 },
    // dev question: 2021-03-03 → 2022-05-30 passes the first anniversary → 11 × 6,560
    { input: { monthlyWage: 6560, startDate: '2021-03-03', endDate: '2022-05-30' }, amount: 72160 },
    // 2024-01-10 → 2024-04-09: window 02-10..04-09 = 2 months
    { input: { monthlyWage: 4000, startDate: '2024-01-10', endDate: '2024-04-09' }, amount: 8000 },
    // left on the last day of the first month: nothing
    { input: { monthlyWage: 4000, startDate: '2024-01-10', endDate: '2024-02-09' }, amount: 0 },
    // 1 month + 15 of 31 days: 3,100 × (1 + 15/31) = 4,600
    { input: { monthlyWage: 3100, startDate: '2024-01-10', endDate: '2024-03-24' }, amount: 4600 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = calcDoubleWageNoContract(DoubleWageInputSchema.parse(input), ctx)
    expect(r.amount).toBe(amount)
    expect(r.basis).toContainEqual({ law: '劳动合同法', article: '第八十二条' })
  })
})
