import { describe, expect, it } from 'vitest'
import { calcWageArrears, WageArrearsInputSchema } from '../../../src/core/calc/wage-arrears'
import { extractFacts } from '../../../src/core/extract/extract-facts'
import { ctxAt } from './load-param-table'

const ctx = ctxAt('2026-12-06')
const run = (input: Record<string, unknown>) =>
  calcWageArrears(WageArrearsInputSchema.parse(input), ctx)

describe('calcWageArrears: unpaid wages, and what comes on top with its condition', () => {
  it.each([
    // 劳动合同法第三十条: wages in full and on time — the unpaid months at the monthly wage
    [{ monthlyWage: 6000, unpaidMonths: 3 }, 18000, 9000, 18000],
    [{ monthlyWage: 5000, unpaidMonths: 1.5 }, 7500, 3750, 7500],
    // the total owed, when known, is used as is
    [{ unpaidAmount: 12345.67 }, 12345.67, 6172.84, 12345.67],
  ])('%o → %d owed; Art. 85 adds %d–%d', (input, owed, min, max) => {
    const r = run(input)
    expect(r.amount).toBe(owed)
    const art85 = r.parts!.find((p) => p.label.startsWith('加付赔偿金'))!
    // 第八十五条: 50 %–100 % of the amount owed, only after an ignored order to pay
    expect([art85.amount, art85.amountMax]).toEqual([min, max])
    expect(art85.condition).toMatch(/责令限期支付.*逾期.*第八十五条/)
  })

  it('severance N if the worker resigns over it (第三十八条, 第四十六条): 2 years at 6,000 → 12,000', () => {
    const r = run({ monthlyWage: 6000, unpaidMonths: 3, serviceMonths: 24 })
    const n = r.parts!.find((p) => p.label.startsWith('经济补偿'))!
    expect(n.amount).toBe(12000)
    expect(n.condition).toMatch(/因为单位拖欠工资而解除.*第三十八条/)
    // N is a part with a condition, never added into the headline amount
    expect(r.amount).toBe(18000)
  })

  it('without a service length, N is named with its condition and what is needed', () => {
    const n = run({ monthlyWage: 6000, unpaidMonths: 3 }).parts!.find((p) =>
      p.label.startsWith('经济补偿')
    )!
    expect(n.amount).toBeNull()
    expect(n.condition).toContain('干了多久')
  })

  it('needs the total, or the wage and the months', () => {
    expect(WageArrearsInputSchema.safeParse({ monthlyWage: 6000 }).success).toBe(false)
    expect(WageArrearsInputSchema.safeParse({ unpaidMonths: 2 }).success).toBe(false)
  })

  it.each([
    ['老板拖欠了我3个月工资', 3],
    ['工资已经拖了两个半月', 2.5],
    ['有4个月的工资没发', 4],
  ])('reads the unpaid months from %s', (text, months) => {
    expect(extractFacts(text, '2026-12-06').more).toEqual({ unpaidMonths: months })
  })
})
