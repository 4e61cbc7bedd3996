import fc from 'fast-check'
import { describe, it, expect } from 'vitest'
import { extractNumbers, parseNumber } from '../../../src/core/extract/parse-number'
import { findDates } from '../../../src/core/extract/parse-date'
import { findDurations } from '../../../src/core/extract/parse-duration'
import { extractFacts } from '../../../src/core/extract/extract-facts'
import { calculateFromQuestion } from '../../../src/core/extract/calculate-from-question'
import { loadParamTable } from '../calc/load-param-table'

describe('parseNumber', () => {
  it.each([
    ['八千', 8000],
    ['两千五', 2500],
    ['一万二', 12000],
    ['八千五', 8500],
    ['十三', 13],
    ['十', 10],
    ['一百零五', 105],
    ['6k', 6000],
    ['1.2万', 12000],
    ['3.5w', 35000],
    ['6560', 6560],
    ['两', 2],
    ['万', undefined],
    ['abc', undefined],
    ['', undefined],
  ] as const)('%s → %s', (s, v) => {
    expect(parseNumber(s)).toBe(v)
  })
})

describe('findDurations', () => {
  it.each([
    ['三年半', [42]],
    ['两年零三个月', [27]],
    ['干了13个月', [13]],
    ['工作了八年', [96]],
    ['半年', [6]],
    ['一年半', [18]],
    ['2019年3月', []],
    ['1.2万一个月', []],
    ['孩子11岁', []],
  ] as const)('%s → %j', (s, v) => {
    expect(findDurations(s).map((d) => d.months)).toEqual(v)
  })
})

describe('findDates (today 2026-11-24)', () => {
  it.each([
    ['2021年3月3入职', ['2021-03-03']],
    ['7月16号入职', ['2026-07-16']],
    ['九月16号离职', ['2026-09-16']],
    ['12月30号离职', ['2025-12-30']], // no year and in the future → last year
    ['今年6月', ['2026-06-01']],
    ['去年3月入职', ['2025-03-01']],
    ['2023.10.5去世', ['2023-10-05']],
    ['实习三月发的是350', []],
  ] as const)('%s → %j', (s, v) => {
    expect(findDates(s, '2026-11-24').map((d) => d.iso)).toEqual(v)
  })
})

describe('the extractor never throws (fast-check)', () => {
  const table = loadParamTable()
  const zh = fc.string({
    unit: fc.constantFrom(
      ...'零一二两三四五六七八九十百千万年月日号个半岁级天小时加班工资月薪入职离职到至去世伤残合同kKw.0123456789，, '.split(
        ''
      )
    ),
    maxLength: 60,
  })
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), zh), (s) => {
        expect(() => extractNumbers(s)).not.toThrow()
        expect(() => parseNumber(s)).not.toThrow()
        expect(() => findDurations(s)).not.toThrow()
        expect(() => findDates(s, '2026-11-24')).not.toThrow()
        expect(() => extractFacts(s, '2026-11-24')).not.toThrow()
        expect(() =>
          calculateFromQuestion(s, {
            topics: ['termination-severance'],
            today: new Date('2026-11-24T04:00:00Z'),
            table,
          })
        ).not.toThrow()
      }),
      { numRuns: 500 }
    )
  })
})
