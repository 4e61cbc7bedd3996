import { describe, it, expect } from 'vitest'
import { calculateFromQuestion } from '../../../src/core/extract/calculate-from-question'
import { MISSING_PARAM_HINTS } from '../../../src/core/extract/missing-param-hints'
import { loadParamTable } from '../calc/load-param-table'

const ctx = (topics: string[] = []) => ({
  topics,
  today: new Date('2026-11-24T04:00:00Z'),
  table: loadParamTable(),
})

describe('calculateFromQuestion', () => {
  it.each([
    ['月薪八千干了三年半被公司辞退，经济补偿有多少', 'severance', 32000],
    ['我爸2023年10月5日在家突发疾病去世，社保交了12年，家属有什么抚恤', 'non-work-death', 52163.21],
    ['亲戚2010年12月入职，2023年10月5日病逝，丧葬费和抚恤金怎么算', 'non-work-death', 52163.21],
    ['工伤7级，工资4000，能赔多少', 'work-injury-disability', 52000],
    ['年假还有5天没休，月薪4350', 'annual-leave-pay', 2000],
    ['入职8个月了公司一直没签劳动合同，工资4500', 'double-wage-no-contract', 31500],
  ])('%s → %s %s', (q, calculator, amount) => {
    const r = calculateFromQuestion(q, ctx())
    expect(r).toMatchObject({ calculator, amount })
  })

  it.each([
    ['我耳朵听力工伤为七级，能赔多少钱', 'work-injury-disability', ['monthlyWage']],
    ['被辞退了，补偿怎么算', 'severance', ['monthlyWage', 'serviceMonths']],
    // 2024 Guangdong income is not published/verified: missing, not the latest year
    [
      '我爸2025年3月去世，社保交了15年，抚恤金多少',
      'non-work-death',
      ['provinceMonthlyDisposableIncome'],
    ],
  ])('%s → missing %j', (q, calculator, missing) => {
    const r = calculateFromQuestion(q, ctx())
    expect(r).toMatchObject({ calculator, missing })
    for (const m of missing) expect(MISSING_PARAM_HINTS[m]).toBeTruthy()
  })

  it('returns null when no calculator is implied', () => {
    expect(calculateFromQuestion('劳动监察电话是多少', ctx(['labor-inspection']))).toBeNull()
  })
})

describe('protected workers: the question picks 2N, not N', () => {
  it.each([
    ['怀孕三个月被公司辞退了，月薪6000，干了3年3个月，能拿多少', 42000],
    ['休产假回来就被解除合同，工资5000，入职两年', 20000],
    ['医疗期还没结束公司就把我炒了，月薪五千，做了2年', 20000],
  ])('%s → %i', (q, amount) => {
    const r = calculateFromQuestion(q, ctx())
    expect(r && 'amount' in r ? [r.calculator, r.amount] : r).toEqual([
      'illegal-termination',
      amount,
    ])
  })

  // 劳动合同法第四十二条第二项 + 第八十七条: 2N, with the disability subsidy (工伤保险条例) beside it
  it.each([
    ['去年干活摔伤评了九级伤残，现在老板把我开除了，工资5000，在厂里做了4年', 40000, 45000],
    ['单位以不能胜任为由解除了我，我是七级工伤，月薪4000，工作两年半', 24000, 52000],
    ['因工受伤还没鉴定，公司就要辞退我，月薪6000，干了3年', 36000, null],
  ])('%s → 2N %i, subsidy %s', (q, amount, subsidy) => {
    const r = calculateFromQuestion(q, ctx())
    if (!r || !('amount' in r)) throw new Error(`expected a result for ${q}`)
    expect([r.calculator, r.amount]).toEqual(['illegal-termination', amount])
    expect(r.steps[0]!.label).toContain('第四十二条第二项')
    expect(r.parts?.map((p) => [p.calculator, p.amount])).toEqual([
      ['work-injury-disability', subsidy],
    ])
  })

  it('the work-injury topic does not pull a dismissal back to the disability calculator', () => {
    const q = '评了九级伤残后公司把我辞退了，工资5000，做了4年'
    expect(calculateFromQuestion(q, ctx(['work-injury-benefits']))).toMatchObject({
      calculator: 'illegal-termination',
      amount: 40000,
    })
  })

  it('a work injury without a dismissal keeps the disability calculator', () => {
    expect(calculateFromQuestion('工伤9级，工资5000，能赔多少', ctx())).toMatchObject({
      calculator: 'work-injury-disability',
      amount: 45000,
    })
  })
})

describe('dismissal with the grounds unknown: N, N+1 and 2N side by side (issue 14 item 5)', () => {
  const alts = (q: string): (string | number | null | undefined)[][] | undefined => {
    const r = calculateFromQuestion(q, ctx())
    if (!r || !('amount' in r)) throw new Error(`expected a result for ${q}`)
    return r.alternatives?.map((a) => [a.calculator, a.amount])
  }

  it('leads with N when the words say nothing more, each case with its condition', () => {
    expect(alts('我被公司辞退了，月薪6000，干了3年半，能拿多少补偿')).toEqual([
      ['severance', 24000],
      ['notice-pay', 30000],
      ['illegal-termination', 48000],
    ])
    const r = calculateFromQuestion('被公司辞退了，月薪6000，干了3年半，能拿多少', ctx())
    if (!r || !('alternatives' in r)) throw new Error('expected a result')
    for (const a of r.alternatives!) expect(a.condition).toMatch(/第[四八]十[六七八]?条/)
  })

  it('leads with 2N when the words say the dismissal had no grounds', () => {
    expect(alts('公司无故把我辞退了，月薪6000，干了3年半')![0]).toEqual([
      'illegal-termination',
      48000,
    ])
  })

  it('leads with N+1 when the words name an art. 40 dismissal without notice', () => {
    expect(alts('公司说我不胜任把我辞退，没有提前30天通知，月薪6000，干了3年半')![0]).toEqual([
      'notice-pay',
      30000,
    ])
  })

  it.each([
    ['公司倒闭了，月薪6000，干了3年半，补偿多少'], // a lawful ending: N alone
    ['怀孕了被公司辞退，月薪6000，干了3年半'], // protected: 2N alone, never N
  ])('one amount when the words settle it: %s', (q) => {
    expect(alts(q)).toBeUndefined()
  })
})
