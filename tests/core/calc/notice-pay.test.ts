import { describe, it, expect } from 'vitest'
import { calcNoticePay, NoticePayInputSchema } from '../../../src/core/calc/notice-pay'
import { asResult, ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcNoticePay', () => {
  it.each([
    // 劳动合同法第四十条 + 第四十七条: N (4) + 1 month
    { input: { monthlyWage: 8000, serviceMonths: 42 }, amount: 40000 },
    // 实施条例第二十条: the extra month uses last month's wage
    { input: { monthlyWage: 8000, serviceMonths: 42, lastMonthWage: 9000 }, amount: 41000 },
    // 5 months: 0.5 + 1
    { input: { monthlyWage: 6000, serviceMonths: 5 }, amount: 9000 },
    // 12 months: 1 + 1
    { input: { monthlyWage: 6000, serviceMonths: 12 }, amount: 12000 },
    // the cap limits N only; the extra month is the real wage
    {
      input: { monthlyWage: 50000, serviceMonths: 180, localAvgMonthlyWage: 10000 },
      amount: 410000,
    },
    // no service yet: only the notice month
    { input: { monthlyWage: 8000, serviceMonths: 0 }, amount: 8000 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = asResult(calcNoticePay(NoticePayInputSchema.parse(input), ctx))
    expect(r.amount).toBe(amount)
    expect(r.basis).toContainEqual({ law: '劳动合同法', article: '第四十条' })
  })
})
