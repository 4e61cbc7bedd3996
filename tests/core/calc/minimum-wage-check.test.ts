import { describe, it, expect } from 'vitest'
import {
  calcMinimumWageCheck,
  MinimumWageCheckInputSchema,
} from '../../../src/core/calc/minimum-wage-check'
import { isCalcMissing } from '../../../src/core/calc/types'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()

describe('calcMinimumWageCheck', () => {
  it.each([
    // 最低工资规定第十二条: Guangzhou 2,680 − 350 (dev question)
    { input: { monthlyWage: 350, contractWage: 1800, city: '广州' }, amount: 2330 },
    // compliant → 0
    { input: { monthlyWage: 2680, city: '广州' }, amount: 0 },
    { input: { monthlyWage: 2000, minimumWage: 2500 }, amount: 500 },
    // 劳动合同法第二十条: probation floor 80 % × 5,000 = 4,000 > minimum
    {
      input: { monthlyWage: 3500, contractWage: 5000, probation: true, minimumWage: 2500 },
      amount: 500,
    },
    // not in probation: only the minimum wage counts
    {
      input: { monthlyWage: 3500, contractWage: 5000, probation: false, minimumWage: 2500 },
      amount: 0,
    },
    // Shenzhen 2,700 − 2,600
    { input: { monthlyWage: 2600, city: '深圳' }, amount: 100 },
    // Shenzhen before 2026-09-01: 2,520 − 2,500
    { input: { monthlyWage: 2500, city: '深圳', date: '2026-05-01' }, amount: 20 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = calcMinimumWageCheck(MinimumWageCheckInputSchema.parse(input), ctx)
    if (isCalcMissing(r)) throw new Error('missing')
    expect(r.amount).toBe(amount)
  })

  it('reports the minimum wage as missing for a city whose tier is not in the table that day', () => {
    // 韶关's 2025 tier is not verified; from 2026-09-01 it is tier 3 (粤府函〔2026〕188号)
    const r = calcMinimumWageCheck({ monthlyWage: 1500, city: '韶关', date: '2026-08-31' }, ctx)
    expect(isCalcMissing(r) && r.missing).toEqual(['minimumWage'])
    const now = calcMinimumWageCheck({ monthlyWage: 1500, city: '韶关' }, ctx)
    expect(!isCalcMissing(now) && now.amount).toBe(540) // 2,040 − 1,500
  })

  it('names the earlier rate for six months after a change (issue 14 item 9)', () => {
    // 粤府函〔2026〕188号 from 2026-09-01; before it 2,500 (粤府函〔2025〕23号)
    const r = calcMinimumWageCheck({ monthlyWage: 2600, city: '广州', date: '2026-11-24' }, ctx)
    expect(r.warnings.join('\n')).toContain('此前（至2026-08-31）是2500元/月（粤府函〔2025〕23号）')
    const later = calcMinimumWageCheck({ monthlyWage: 2600, city: '广州', date: '2027-04-01' }, ctx)
    expect(later.warnings.join('\n')).not.toContain('此前')
  })
})
