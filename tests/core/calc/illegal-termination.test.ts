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

describe('protected workers dismissed → 2N, never N (劳动合同法第四十二条、第四十八条、第八十七条)', () => {
  it.each([
    // issue 14: a pregnant worker, 3 years 3 months at 6,000 → 2 × 3.5 × 6,000
    ['pregnancy', { monthlyWage: 6000, serviceMonths: 39 }, 42000, '在孕期'],
    ['nursing', { monthlyWage: 5000, serviceMonths: 24 }, 20000, '在哺乳期'],
    ['medical-period', { monthlyWage: 5000, serviceMonths: 24 }, 20000, '医疗期'],
    ['near-retirement', { monthlyWage: 6000, serviceMonths: 200 }, 204000, '满15年'],
  ] as const)('%s: %o → %i', (status, input, amount, words) => {
    const r = asResult(
      calcIllegalTermination(
        IllegalTerminationInputSchema.parse({ ...input, protectedStatus: status }),
        ctx
      )
    )
    expect(r.amount).toBe(amount)
    expect(r.steps[0]!.label).toContain(words)
    expect(r.steps[0]!.value).toBe('2N')
    expect(r.basis).toContainEqual({ law: '劳动合同法', article: '第四十二条' })
  })

  it('near retirement needs 15 years at this employer', () => {
    const r = asResult(
      calcIllegalTermination(
        IllegalTerminationInputSchema.parse({
          monthlyWage: 6000,
          serviceMonths: 120,
          protectedStatus: 'near-retirement',
        }),
        ctx
      )
    )
    expect(r.basis).not.toContainEqual({ law: '劳动合同法', article: '第四十二条' })
    expect(r.warnings.join()).toContain('不满15年')
  })
})
