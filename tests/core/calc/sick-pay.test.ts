import { describe, it, expect } from 'vitest'
import {
  calcSickPay,
  medicalPeriodMonths,
  SickPayInputSchema,
} from '../../../src/core/calc/sick-pay'
import { isCalcMissing } from '../../../src/core/calc/types'
import { ctxAt } from './load-param-table'

describe('calcSickPay', () => {
  it.each([
    // 广东省工资支付条例第二十四条: 80 % × Guangzhou 2,680 (from 2026-09-01)
    { input: { city: '广州' }, at: '2026-11-24', amount: 2144 },
    // 80 % × Shenzhen 2,700
    { input: { city: '深圳' }, at: '2026-11-24', amount: 2160 },
    // before 2026-09-01: Guangzhou 2,500 → 2,000
    { input: { city: 'guangzhou' }, at: '2025-06-01', amount: 2000 },
    // user minimum wage
    { input: { minimumWage: 2000 }, at: '2026-11-24', amount: 1600 },
    // agreed sick pay above the floor is owed
    { input: { city: '广州', agreedSickPay: 3000 }, at: '2026-11-24', amount: 3000 },
    // agreed sick pay below the floor is raised to it
    { input: { city: '广州', agreedSickPay: 1000 }, at: '2026-11-24', amount: 2144 },
  ])('$input at $at → $amount', ({ input, at, amount }) => {
    const r = calcSickPay(SickPayInputSchema.parse(input), ctxAt(at))
    if (isCalcMissing(r)) throw new Error('missing')
    expect(r.amount).toBe(amount)
  })

  it('does not guess the tier of a city not in the verified table', () => {
    // 韶关 has no verified figure before the 2026-09-01 three-tier table
    const r = calcSickPay({ city: '韶关' }, ctxAt('2026-08-31'))
    expect(isCalcMissing(r) && r.missing).toEqual(['minimumWage'])
  })

  // 劳部发〔1994〕479号第三条
  it.each([
    [5, 3, 3],
    [5, 5, 6],
    [12, 3, 6],
    [12, 7, 9],
    [20, 12, 12],
    [20, 16, 18],
    [30, 25, 24],
  ])('total %s y, employer %s y → %s months', (t, e, m) => {
    expect(medicalPeriodMonths(t, e)).toBe(m)
  })
})
