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
    // 第四十二条第二项: grade-9 work injury, 4 years at 5,000 → 2 × 4 × 5,000
    ['work-injury', { monthlyWage: 5000, serviceMonths: 48, disabilityGrade: 9 }, 40000, '第二项'],
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

describe('a work-injury worker dismissed: 2N plus the disability benefits (第四十二条第二项)', () => {
  const run = (input: Record<string, unknown>) =>
    asResult(
      calcIllegalTermination(
        IllegalTerminationInputSchema.parse({ ...input, protectedStatus: 'work-injury' }),
        ctx
      )
    )

  it.each([
    // 工伤保险条例第三十七条: grade 9 → 9 months; grade 7 → 13 months of 本人工资 (here the wage)
    [{ monthlyWage: 5000, serviceMonths: 48, disabilityGrade: 9 }, 40000, 45000],
    [{ monthlyWage: 4000, serviceMonths: 30, disabilityGrade: 7 }, 24000, 52000],
    // 第三十五条: grade 3 → 23 months
    [{ monthlyWage: 6000, serviceMonths: 120, disabilityGrade: 3 }, 120000, 138000],
  ])('%o → 2N %i, subsidy %i as a separate part', (input, amount, subsidy) => {
    const r = run(input)
    expect(r.amount).toBe(amount)
    expect(r.steps[0]!.label).toContain('第四十二条第二项')
    expect(r.parts).toEqual([
      expect.objectContaining({ amount: subsidy, calculator: 'work-injury-disability' }),
    ])
    expect(r.alternatives).toBeUndefined()
  })

  it('names the subsidy and the assessment when the grade is not given', () => {
    const r = run({ monthlyWage: 5000, serviceMonths: 48 })
    expect(r.amount).toBe(40000)
    expect(r.parts![0]).toMatchObject({ amount: null, calculator: 'work-injury-disability' })
    expect(r.warnings.join()).toContain('劳动能力鉴定')
  })

  it('other protected workers get no work-injury part', () => {
    const r = asResult(
      calcIllegalTermination(
        IllegalTerminationInputSchema.parse({
          monthlyWage: 6000,
          serviceMonths: 39,
          protectedStatus: 'pregnancy',
        }),
        ctx
      )
    )
    expect(r.parts).toBeUndefined()
  })
})
