import { describe, it, expect } from 'vitest'
import {
  calcIllegalTermination,
  IllegalTerminationInputSchema,
} from '../../../src/core/calc/illegal-termination'
import { asResult, ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcIllegalTermination', () => {
  it.each([
    // 劳动合同法第八十七条: twice the art.47 amount (N = 4 for 3.5 years)
    { input: { monthlyWage: 8000, serviceMonths: 42 }, amount: 64000 },
    // 第八十七条 + 第四十七条: 5 months → 2 × 0.5
    { input: { monthlyWage: 8000, serviceMonths: 5 }, amount: 8000 },
    // exactly 6 months → 2 × 1
    { input: { monthlyWage: 5000, serviceMonths: 6 }, amount: 10000 },
    // dev question: 13 years → 2 × 13
    { input: { monthlyWage: 7000, serviceMonths: 156 }, amount: 182000 },
    // 第四十七条第二款 applies to 2N too: 3 × 10,000 × 12 × 2
    {
      input: { monthlyWage: 50000, serviceMonths: 180, localAvgMonthlyWage: 10000 },
      amount: 720000,
    },
    // 实施条例第二十五条: years from the first day of work
    { input: { monthlyWage: 6560, startDate: '2021-03-03', endDate: '2022-05-30' }, amount: 19680 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = asResult(calcIllegalTermination(IllegalTerminationInputSchema.parse(input), ctx))
    expect(r.amount).toBe(amount)
    expect(r.calculator).toBe('illegal-termination')
    expect(r.basis).toContainEqual({ law: '劳动合同法', article: '第八十七条' })
  })
})
