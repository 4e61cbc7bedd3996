import { describe, it, expect } from 'vitest'
import { calcOvertime, OvertimeInputSchema } from '../../../src/core/calc/overtime'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()

// 4,350 ÷ 21.75 ÷ 8 = 25 元/小时 (劳社部发〔2008〕3号)
describe('calcOvertime', () => {
  it.each([
    // 劳动法第四十四条(一): 150 % → 10 × 25 × 1.5
    { input: { monthlyWage: 4350, weekdayHours: 10 }, amount: 375 },
    // 第四十四条(二): 200 % → 8 × 25 × 2
    { input: { monthlyWage: 4350, restDayHours: 8 }, amount: 400 },
    // 第四十四条(三): 300 % → 8 × 25 × 3
    { input: { monthlyWage: 4350, holidayHours: 8 }, amount: 600 },
    // 春节初一到初三: 3 days × 8 h × 25 × 3
    { input: { monthlyWage: 4350, holidayDays: 3 }, amount: 1800 },
    // all three together
    {
      input: { monthlyWage: 4350, weekdayHours: 10, restDayHours: 8, holidayHours: 8 },
      amount: 1375,
    },
    // 每天加班2小时 × 20 days × 37.5
    { input: { monthlyWage: 4350, dailyOvertimeHours: 2, workDays: 20 }, amount: 1500 },
    // default 20.83 working days: 41.66 h × 37.5
    { input: { monthlyWage: 4350, dailyOvertimeHours: 2 }, amount: 1562.25 },
    // 5,000 ÷ 174 × 1.5 = 43.103… → 43.10
    { input: { monthlyWage: 5000, weekdayHours: 1 }, amount: 43.1 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = calcOvertime(OvertimeInputSchema.parse(input), ctx)
    expect(r.amount).toBe(amount)
    expect(r.basis[0]).toEqual({ law: '劳动法', article: '第四十四条' })
  })

  it('warns above 36 hours a month (劳动法第四十一条)', () => {
    expect(
      calcOvertime({ monthlyWage: 4350, dailyOvertimeHours: 2 }, ctx).warnings.join()
    ).toContain('36')
  })
})
