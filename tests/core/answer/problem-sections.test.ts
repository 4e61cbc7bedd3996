/**
 * Multi-problem stories (issue 14 item 8): one reply names each entitlement with its basis,
 * amount and next step. Stories are written here for the test, not taken from a labelled set.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { ask } from '../../../src/core/ask'
import { createCalculate } from '../../../src/core/calc-bridge'
import { depositAmount, problemSections } from '../../../src/core/answer/problem-sections'
import { detectProblems, PROBLEM_RULES } from '../../../src/core/answer/problems'
import type { ProblemId } from '../../../src/core/answer/problems'
import {
  blockText,
  layoutShortAnswer,
  SHORT_ANSWER_MAX_CHARS,
} from '../../../src/core/answer/reply-layout'
import { MISSING_PARAM_HINTS } from '../../../src/core'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const today = new Date('2026-12-06T04:00:00Z')
const run = (q: string) => ask(q, { library, calculate, today })
const short = (q: string) =>
  layoutShortAnswer(run(q), { hints: MISSING_PARAM_HINTS }).map(blockText).join('\n\n')
const norm = (q: string) => library.normalize(q)

const STORY =
  '我在电子厂做了8个月，月薪5000，老板到现在都没跟我签劳动合同，社保也一直没交，' +
  '进厂那天还交了600元押金。我写了辞职信，主管说不批，不准走'

describe('detectProblems', () => {
  it.each<[string, ProblemId[]]>([
    [STORY, ['no-contract', 'no-social-insurance', 'deposit', 'resignation-blocked']],
    ['干了半年没签合同，工资也拖了两个月没发', ['no-contract', 'wage-arrears']],
    ['公司收了我的身份证不还，还要交500块保证金', ['deposit', 'documents-held']],
    ['合同签了，社保也交了，想问年假几天', []],
    ['辞职要提前多久通知公司', []],
    ['老板不给我买社保', ['no-social-insurance']],
    // The employer pushing the worker out is not a blocked resignation.
    ['公司一直逼我辞职，我不同意，合同也没签', ['no-contract']],
    ['领导劝我主动离职，我拒绝了', []],
  ])('%s → %j', (q, ids) => expect(detectProblems(norm(q))).toEqual(ids))
})

describe('a story with several problems gets one section each', () => {
  it('names each entitlement with its basis, amount and next step', () => {
    const r = run(STORY)
    const p = Object.fromEntries((r.answer.problems ?? []).map((s) => [s.id, s]))
    expect(Object.keys(p)).toEqual([
      'no-contract',
      'no-social-insurance',
      'deposit',
      'resignation-blocked',
    ])
    // 8 months without a written contract: months 2–8 → 7 × 5000 (第八十二条).
    expect(p['no-contract']).toMatchObject({ amount: 35000, calculator: 'double-wage-no-contract' })
    expect(p['no-contract']!.citation).toContain('第八十二条')
    // No insurance → the worker may leave at once with N: 8 months → one month's wage.
    expect(p['no-social-insurance']).toMatchObject({ amount: 5000, calculator: 'severance' })
    expect(p['no-social-insurance']!.citation).toContain('第三十八条')
    expect(p['deposit']!.text).toContain('600元要退给你')
    expect(p['deposit']!.citation).toBe('《劳动合同法》第九条、第八十四条')
    // No approval needed (第三十七条); leaving at once because insurance is unpaid (第三十八条).
    expect(p['resignation-blocked']!.text).toContain('不用单位批准')
    expect(p['resignation-blocked']!.text).toContain('没缴社保')
    expect(p['resignation-blocked']!.citation).toContain('第三十七条、第三十八条')
    for (const s of r.answer.problems!) expect(s.step.length).toBeGreaterThan(4)
    for (const s of r.answer.problems!) expect(r.answer.text).toContain(s.citation)
  })

  it('without a ground to leave at once, resignation cites 第三十七条 only', () => {
    const r = run('没签劳动合同，入职时收了300元押金，现在想辞职老板不同意')
    const s = r.answer.problems!.find((x) => x.id === 'resignation-blocked')!
    expect(s.citation).toBe('《劳动合同法》第三十七条')
    expect(s.text).not.toContain('立即走')
  })

  it('a part-time or student job: no double-wage amount, and 第六十九条 says why', () => {
    const r = run('周末在奶茶店做兼职，月薪3000，干了5个月，没签合同，工资也拖了两个月没发')
    const p = r.answer.problems!.find((x) => x.id === 'no-contract')!
    expect(p.amount).toBeUndefined()
    expect(p.text).toContain('非全日制用工')
    expect(p.citation).toContain('第六十九条')
  })

  it('asks for what is missing instead of inventing an amount', () => {
    const r = run('公司没签合同也没交社保，我想走老板不让')
    const p = r.answer.problems!.find((x) => x.id === 'no-contract')!
    expect(p.amount).toBeUndefined()
    expect(p.text).toContain('告诉我月薪和入职时间')
  })

  it('months of unpaid wages price the arrears, the service prices the double wage', () => {
    const r = run('老板三个月没发工资了，也没签合同，我干了一年半，工资4500，我想走他不让')
    const p = Object.fromEntries(r.answer.problems!.map((s) => [s.id, s]))
    expect(p['wage-arrears']!.amount).toBe(13500) // 3 × 4500
    expect(p['no-contract']!.amount).toBe(49500) // 18 months: capped at 11 × 4500
    expect(p['resignation-blocked']!.text).toContain('欠薪')
  })

  it('the short chat answer keeps every problem with its basis within the length limit', () => {
    const r = run(STORY)
    const t = short(STORY)
    expect([...t].length).toBeLessThanOrEqual(SHORT_ANSWER_MAX_CHARS)
    for (const s of r.answer.problems!) {
      expect(t).toContain(s.title)
      expect(t).toContain(s.citation)
    }
    // The problem sections carry the amounts: the main calculation is not repeated.
    expect(t).not.toContain('估算')
  })

  it('a one-problem question keeps its ordinary answer', () => {
    expect(run('入职8个月没签合同，月薪4500，二倍工资多少').answer.problems).toBeUndefined()
    expect(problemSections(norm('辞职老板不批怎么办'), library, today)).toEqual([])
  })

  it('every basis is a statute in the registry and in force', () => {
    for (const rule of PROBLEM_RULES)
      for (const b of rule.basis) {
        const statute = library.statutes.get(b.law)
        expect(statute, b.law).toBeDefined()
        expect(statute!.status).not.toBe('已废止')
      }
  })
})

// Own phrasings of each problem, to compose stories from.
const SAY: Record<ProblemId, string[]> = {
  'no-contract': ['一直没签劳动合同', '公司从来没跟我签过合同', '合同到现在也没签'],
  'no-social-insurance': ['没给我买社保', '社保一直没交', '公司不给交五险'],
  'wage-arrears': ['老板拖欠了两个月工资', '工资已经拖了三个月', '四个月没发工资了'],
  deposit: ['入职交了500块押金', '每月扣200保证金', '收了我1000元押金'],
  'documents-held': ['身份证被公司扣了', '老板扣着我的身份证', '公司押着我的毕业证'],
  'resignation-blocked': ['辞职老板不批', '想离职公司不让走', '交了辞职信主管不同意'],
}

describe('property: any mix of two or more problems', () => {
  it('is detected exactly, and its short answer keeps each one within the limit', () => {
    const ids = Object.keys(SAY) as ProblemId[]
    fc.assert(
      fc.property(
        fc.subarray(ids, { minLength: 2 }),
        fc.nat(),
        fc.constantFrom('', '在厂里干了两年，月薪6000，'),
        (chosen, pick, prefix) => {
          const q = prefix + chosen.map((id) => SAY[id][pick % SAY[id].length]).join('，')
          const r = run(q)
          expect(r.answer.problems?.map((p) => p.id)).toEqual(ids.filter((i) => chosen.includes(i)))
          const t = short(q)
          expect([...t].length).toBeLessThanOrEqual(SHORT_ANSWER_MAX_CHARS)
          for (const s of r.answer.problems!) expect(t).toContain(s.title)
        }
      ),
      { numRuns: 60, seed: 8 }
    )
  })
})

describe('depositAmount', () => {
  it.each<[string, number | undefined]>([
    ['交了600元押金', 600],
    ['押金是1500', 1500],
    ['收了我八百块押金', 800],
    ['要交押金', undefined],
  ])('%s → %s', (q, v) => expect(depositAmount(q)).toBe(v))
})
