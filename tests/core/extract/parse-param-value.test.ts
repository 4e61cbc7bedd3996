import { describe, expect, it } from 'vitest'
import { parseParamValue } from '../../../src/core/extract/parse-param-value'
import { missingInputs } from '../../../src/core/extract/missing-inputs'

const TODAY = '2026-11-24'

describe('parseParamValue: one awaited input from a short reply', () => {
  it.each([
    ['monthlyWage', '8000', { monthlyWage: 8000 }],
    ['monthlyWage', '月薪八千', { monthlyWage: 8000 }],
    ['monthlyWage', '8k', { monthlyWage: 8000 }],
    ['monthlyWage', '1.2万', { monthlyWage: 12000 }],
    ['monthlyWage', '8,000元', { monthlyWage: 8000 }],
    ['monthlyWage', '每个月6500块', { monthlyWage: 6500 }],
    ['serviceMonths', '三年半', { serviceMonths: 42 }],
    ['serviceMonths', '干了3年', { serviceMonths: 36 }],
    ['serviceMonths', '42个月', { serviceMonths: 42 }],
    ['serviceMonths', '2021年3月3日入职', { startDate: '2021-03-03' }],
    ['serviceMonths', '2021-03-03到2024-06-30', { startDate: '2021-03-03', endDate: '2024-06-30' }],
    ['monthsWithoutContract', '8个月', { monthsWithoutContract: 8 }],
    ['disabilityGrade', '7', { disabilityGrade: 7 }],
    ['disabilityGrade', '七级', { disabilityGrade: 7 }],
    ['disabilityGrade', '伤残十级', { disabilityGrade: 10 }],
    ['deathYear', '2025', { deathYear: 2025 }],
    ['deathYear', '去年', { deathYear: 2025 }],
    ['deathYear', '2024年10月', { deathYear: 2024 }],
    ['contributionYears', '12', { contributionYears: 12 }],
    ['contributionYears', '交了15年', { contributionYears: 15 }],
    ['contributionYears', '2010年12月入职', { startDate: '2010-12-01' }],
    ['unusedDays', '5', { unusedDays: 5 }],
    ['unusedDays', '还有5天', { unusedDays: 5 }],
    ['weekdayHours', '每天加班2小时', { dailyOvertimeHours: 2 }],
    ['weekdayHours', '每天2小时', { dailyOvertimeHours: 2 }],
    ['weekdayHours', '周末3天', { restDays: 3 }],
    ['weekdayHours', '36小时', { weekdayHours: 36 }],
    ['minimumWage', '广州', { city: '广州' }],
    ['minimumWage', '在东莞上班', { city: '东莞' }],
    ['minimumWage', '2500', { minimumWage: 2500 }],
    ['city', '深圳', { city: '深圳' }],
    ['knewDate', '2026年3月15日', { knewDate: '2026-03-15' }],
    ['accidentDate', '8月3日', { accidentDate: '2026-08-03' }],
    ['retired', '是', { retired: true }],
    ['retired', '否', { retired: false }],
  ])('%s ← %s', (param, text, expected) => {
    expect(parseParamValue(param, text, TODAY)).toEqual(expected)
  })

  it.each([
    ['monthlyWage', '不知道'],
    ['monthlyWage', '3'],
    ['monthlyWage', '干了3年'],
    ['serviceMonths', '3'],
    ['serviceMonths', '公司不给我交社保怎么办'],
    ['disabilityGrade', '11'],
    ['disabilityGrade', '2和3'],
    ['unusedDays', '100'],
    ['deathYear', '很久以前'],
    ['knewDate', '上周'],
    ['retired', '也许'],
    ['city', '老家'],
    ['unknownParam', '8000'],
    ['monthlyWage', ''],
  ])('%s ← %s gives nothing (re-ask)', (param, text) => {
    expect(parseParamValue(param, text, TODAY)).toBeUndefined()
  })
})

describe('missingInputs', () => {
  it.each([
    ['severance', {}, ['monthlyWage', 'serviceMonths']],
    ['severance', { monthlyWage: 8000, startDate: '2021-03-03' }, []],
    ['overtime', { monthlyWage: 8000, restDays: 2 }, []],
    ['sick-pay', { city: '广州' }, []],
    ['work-injury-disability', { monthlyWage: 5000 }, ['disabilityGrade']],
  ] as const)('%s %o → %j', (name, input, missing) => {
    expect(missingInputs(name, input)).toEqual(missing)
  })
})
