import { describe, it, expect } from 'vitest'
import { extractPerson } from '../../../src/core/extract/extract-person'

const TODAY = '2026-12-06'

describe('extractPerson: the retirement category said plainly', () => {
  it.each([
    ['我1975年5月出生的男的，什么时候退休', 'male'],
    ['男，1968年3月生，哪年退休', 'male'],
    ['我是男职工，1966年出生', 'male'],
    ['原来55岁退休的女干部，1972年6月出生', 'female-55'],
    ['女工人，1976年1月出生', 'female-50'],
    // Not the worker's own sex: no category rather than a wrong one.
    ['1970年4月出生的男孩子', undefined],
    ['我男朋友1980年5月生', undefined],
  ])('%s → %s', (q, category) => {
    expect(extractPerson(q, TODAY).retirementCategory).toBe(category)
  })
})
