import { describe, it, expect } from 'vitest'
import { extractFacts } from '../../../src/core/extract/extract-facts'
import { chooseCalculator } from '../../../src/core/extract/choose-calculator'

const TODAY = '2026-11-24'

// Questions as ask() passes them: already half-width, simplified, Cantonese words mapped (人工→工资).
describe('extractFacts + chooseCalculator (own cases)', () => {
  it.each([
    {
      q: '月薪八千干了三年半被公司辞退，经济补偿有多少',
      calc: 'severance',
      facts: { monthlyWage: 8000, serviceMonths: 42 },
    },
    {
      q: '工资6k，工作了八年，公司倒闭了能拿多少补偿',
      calc: 'severance',
      facts: { monthlyWage: 6000, serviceMonths: 96 },
    },
    {
      q: '1.2万一个月，做了两年零三个月，被裁员',
      calc: 'severance',
      facts: { monthlyWage: 12000, serviceMonths: 27 },
    },
    {
      q: '2019年3月入职到今年6月被裁员，工资6000',
      calc: 'severance',
      facts: { monthlyWage: 6000, startDate: '2019-03-01', endDate: '2026-06-01' },
    },
    {
      q: '干了13个月，老板无故辞退我，工资5000，赔偿金怎么算',
      calc: 'illegal-termination',
      facts: { monthlyWage: 5000, serviceMonths: 13 },
    },
    {
      q: '老板突然开除我，没有理由，我做了五年，月工资七千五',
      calc: 'illegal-termination',
      facts: { monthlyWage: 7500, serviceMonths: 60 },
    },
    {
      q: '公司说我不胜任要解除，没有提前30天通知，工资9000，工作3年',
      calc: 'notice-pay',
      facts: { monthlyWage: 9000, serviceMonths: 36 },
    },
    {
      q: 'N+1怎么算？月薪1万，干了两年半',
      calc: 'notice-pay',
      facts: { monthlyWage: 10000, serviceMonths: 30 },
    },
    {
      q: '入职8个月了公司一直没签劳动合同，工资4500',
      calc: 'double-wage-no-contract',
      facts: { monthlyWage: 4500, serviceMonths: 8 },
    },
    {
      q: '去年3月入职，到现在都没有签合同，每月工资5千，二倍工资能拿多少',
      calc: 'double-wage-no-contract',
      facts: { monthlyWage: 5000, startDate: '2025-03-01' },
    },
    {
      q: '7月16号入职没有劳动合同,于九月16号离职',
      calc: 'double-wage-no-contract',
      facts: { startDate: '2026-07-16', endDate: '2026-09-16' },
    },
    {
      q: '2024年1月10日入职，没签合同，2024年4月9日辞职，月薪4000',
      calc: 'double-wage-no-contract',
      facts: { monthlyWage: 4000, startDate: '2024-01-10', endDate: '2024-04-09' },
    },
    {
      q: '每天加班2小时，月薪5000，加班费怎么算',
      calc: 'overtime',
      facts: { monthlyWage: 5000, dailyOvertimeHours: 2 },
    },
    {
      q: '国庆上班3天，工资4350，应该给多少加班费',
      calc: 'overtime',
      facts: { monthlyWage: 4350, holidayDays: 3 },
    },
    {
      q: '这个月加班了20个小时，底薪3000',
      calc: 'overtime',
      facts: { monthlyWage: 3000, weekdayHours: 20 },
    },
    {
      q: '周末加班4天，月工资6000，没有补休',
      calc: 'overtime',
      facts: { monthlyWage: 6000, restDays: 4 },
    },
    {
      q: '一天做12个钟，工资4000，冇加班费',
      calc: 'overtime',
      facts: { monthlyWage: 4000, dailyWorkHours: 12 },
    },
    {
      q: '年假还有5天没休，月薪8000，离职时能补多少',
      calc: 'annual-leave-pay',
      facts: { monthlyWage: 8000, unusedDays: 5 },
    },
    {
      q: '我还有3天年休假，工资6000',
      calc: 'annual-leave-pay',
      facts: { monthlyWage: 6000, unusedDays: 3 },
    },
    {
      q: '工伤7级，工资4000，能赔多少',
      calc: 'work-injury-disability',
      facts: { monthlyWage: 4000, disabilityGrade: 7 },
    },
    {
      q: '手指断了鉴定为十级伤残，月薪3500',
      calc: 'work-injury-disability',
      facts: { monthlyWage: 3500, disabilityGrade: 10 },
    },
    { q: '一级伤残有什么待遇', calc: 'work-injury-disability', facts: { disabilityGrade: 1 } },
    {
      q: '我老公在工地上班时出事故死亡，2025年的事，一次性工亡补助金多少',
      calc: 'work-injury-death',
      facts: { deathYear: 2025 },
    },
    {
      q: '我爸2023年10月5日在家突发疾病去世，社保交了12年，家属有什么抚恤',
      calc: 'non-work-death',
      facts: { deathYear: 2023, contributionYears: 12, eventDate: '2023-10-05' },
    },
    {
      q: '亲戚2010年12月入职，2023年10月病逝，丧葬费和抚恤金怎么算',
      calc: 'non-work-death',
      facts: { deathYear: 2023, startDate: '2010-12-01' },
    },
    {
      q: '今年家父病故，他在佛山上班，缴费20年',
      calc: 'non-work-death',
      facts: { deathYear: 2026, contributionYears: 20, city: '佛山' },
    },
    { q: '在东莞上班，病假工资最少给多少', calc: 'sick-pay', facts: { city: '东莞' } },
    {
      q: '广州最低工资多少？我每月只发2000',
      calc: 'minimum-wage-check',
      facts: { city: '广州', monthlyWage: 2000 },
    },
    {
      q: '试用期工资只发1500，合同写的是月薪3000，在深圳',
      calc: 'minimum-wage-check',
      facts: { monthlyWage: 1500, contractWage: 3000, city: '深圳', probation: true },
    },
    {
      q: '2025年3月15日被辞退，现在还能申请劳动仲裁吗，仲裁时效过了吗',
      calc: 'arbitration-deadline',
      facts: { endDate: '2025-03-15' },
    },
    {
      q: '2026年11月1日受伤，工伤认定申请期限是多久',
      calc: 'work-injury-application-deadline',
      facts: { eventDate: '2026-11-01' },
    },
    {
      q: '佢喺厂里做咗三年半，工资一万二，被炒咗有冇补偿',
      calc: 'severance',
      facts: { monthlyWage: 12000, serviceMonths: 42 },
    },
    {
      q: '单位裁员，工龄十年，工资八千五',
      calc: 'severance',
      facts: { monthlyWage: 8500, serviceMonths: 120 },
    },
  ])('$q', ({ q, calc, facts }) => {
    expect(chooseCalculator(q, [])).toBe(calc)
    expect(extractFacts(q, TODAY)).toMatchObject(facts)
  })

  it.each([
    // no calculator implied
    ['请问劳动监察在哪里投诉', []],
    ['你好', []],
    ['公司不给交社保怎么办', ['social-insurance']],
  ] as const)('%s → null', (q, topics) => {
    expect(chooseCalculator(q, [...topics])).toBeUndefined()
  })

  it('uses the topic hint when the question has numbers but no keyword', () => {
    expect(chooseCalculator('工资5000，干了3年，能拿多少', ['termination-illegal'])).toBe(
      'illegal-termination'
    )
    expect(chooseCalculator('工资5000，干了3年，能拿多少', ['termination-severance'])).toBe(
      'severance'
    )
  })
})
