import { describe, it, expect } from 'vitest'
import {
  calcWorkInjuryDeath,
  WorkInjuryDeathInputSchema,
} from '../../../src/core/calc/work-injury-death'
import { isCalcMissing } from '../../../src/core/calc/types'
import { ctxAt } from './load-param-table'

const ctx = ctxAt()
const run = (input: unknown) => calcWorkInjuryDeath(WorkInjuryDeathInputSchema.parse(input), ctx)

describe('calcWorkInjuryDeath', () => {
  it.each([
    // 工伤保险条例第三十九条: 20 × 49,283 (2022, verified) + 6 × 9,000 (user figure)
    { input: { deathYear: 2023, localAvgMonthlyWage: 9000 }, amount: 1039660 },
    // 20 × 51,821 (2023, likely) + 6 × 9,167 (Guangdong 2023 full caliber, likely)
    { input: { deathYear: 2024 }, amount: 1091422 },
    // 20 × 54,188 (2024, verified) + 6 × 9,183 (2024, likely)
    { input: { deathYear: 2025 }, amount: 1138858 },
    // user figures override the table
    {
      input: { deathYear: 2030, nationalUrbanDisposableIncome: 50000, localAvgMonthlyWage: 10000 },
      amount: 1060000,
    },
    // provincial figure given instead of the pooling-area one
    { input: { deathYear: 2025, provinceAvgMonthlyWage: 10000 }, amount: 1143760 },
    // 2026: 20 × 56,502 (2025, likely) + user average 12,000
    { input: { deathYear: 2026, localAvgMonthlyWage: 12000 }, amount: 1202040 },
  ])('$input → $amount', ({ input, amount }) => {
    const r = run(input)
    if (isCalcMissing(r)) throw new Error(`missing ${r.missing.join()}`)
    expect(r.amount).toBe(amount)
    expect(r.basis).toEqual([{ law: '工伤保险条例', article: '第三十九条' }])
    expect(r.notes!.join()).toContain('40%')
  })

  it.each([
    // 2022 Guangdong average wage is not in the table → funeral figure missing
    { input: { deathYear: 2023 }, missing: ['localAvgMonthlyWage'] },
    // 2025 average not published/verified
    { input: { deathYear: 2026 }, missing: ['localAvgMonthlyWage'] },
    // nothing for 2027
    {
      input: { deathYear: 2028 },
      missing: ['nationalUrbanDisposableIncome', 'localAvgMonthlyWage'],
    },
  ])('$input → missing $missing', ({ input, missing }) => {
    const r = run(input)
    expect(isCalcMissing(r) && r.missing).toEqual(missing)
  })

  it('flags likely figures for checking with 12333', () => {
    const r = run({ deathYear: 2024 })
    expect(r.warnings.join()).toContain('12333')
  })
})
