import { describe, it, expect } from 'vitest'
import {
  calcArbitrationDeadline,
  ArbitrationDeadlineInputSchema,
} from '../../../src/core/calc/arbitration-deadline'
import { ctxAt } from './load-param-table'

const ctx = ctxAt('2026-11-24')

describe('calcArbitrationDeadline', () => {
  it.each([
    // 劳动争议调解仲裁法第二十七条: one year from when the worker knew
    { input: { knewDate: '2026-06-30' }, deadline: '2027-06-30', daysLeft: 218 },
    { input: { knewDate: '2025-03-15' }, deadline: '2026-03-15', daysLeft: -254 },
    // 29 February → 28 February
    { input: { knewDate: '2024-02-29' }, deadline: '2025-02-28', daysLeft: -634 },
    // 第二十七条第四款: wage arrears — one year from the end of employment
    { input: { wageArrears: true, endDate: '2026-10-01' }, deadline: '2027-10-01', daysLeft: 311 },
    { input: { endDate: '2026-01-10' }, deadline: '2027-01-10', daysLeft: 47 },
    { input: { knewDate: '2025-11-24' }, deadline: '2026-11-24', daysLeft: 0 },
  ])('$input → $deadline', ({ input, deadline, daysLeft }) => {
    const r = calcArbitrationDeadline(ArbitrationDeadlineInputSchema.parse(input), ctx)
    expect(r.deadline).toBe(deadline)
    expect(r.daysLeft).toBe(daysLeft)
    expect(r.amount).toBeNull()
    if (daysLeft < 0) expect(r.warnings.join()).toContain('中断')
  })

  it('has no deadline for unpaid wages while still employed', () => {
    const r = calcArbitrationDeadline({ wageArrears: true, stillEmployed: true }, ctx)
    expect(r.deadline).toBeUndefined()
    expect(r.steps[0]!.value).toBe('无')
  })
})
