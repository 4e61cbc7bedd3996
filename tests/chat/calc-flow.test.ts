import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { paramTableOf } from '../../src/core/calc-bridge'
import { runCalculator } from '../../src/core/calc/registry'
import { CALCULATOR_NAMES } from '../../src/core/calc/registry'
import type { CalcResult } from '../../src/core/calc/types'
import { REQUIRED_INPUTS } from '../../src/core/extract/missing-inputs'
import { MISSING_PARAM_HINTS } from '../../src/core/extract/missing-param-hints'
import { createMemoryKeyValueStore } from '../../src/chat/kv-store'
import {
  advance,
  applyReply,
  asksAnotherCalculator,
  looksLikeQuestion,
  parseCalcArgs,
} from '../../src/chat/calc-flow'
import {
  answerKeyboard,
  calculatorMenu,
  CALLBACK_DATA_MAX_BYTES,
} from '../../src/platforms/telegram/calc-keyboard'
import { conversationKey, createConversations, type CalcSession } from '../../src/chat/conversation'
import { calcQuestionReply } from '../../src/chat/calc-turns'
import { layoutCalcResult } from '../../src/core/answer/reply-layout'
import { TELEGRAM_MAX, renderTelegram } from '../../src/platforms/telegram/render'
import type { Reply } from '../../src/chat'

const resultReply = (blocks: Reply['blocks']): Reply => ({
  kind: 'calc-result',
  blocks,
  choices: [],
  group: false,
  privacyHint: false,
})

const library = loadBuiltLibrary()
const table = paramTableOf(library)
const today = new Date('2026-11-24T04:00:00Z')
const ctx = { table, today }
const GUIDED = { g: true, n: 0 }

const session = (over: Partial<CalcSession>): CalcSession => ({
  c: 'severance',
  p: {},
  a: 'monthlyWage',
  g: true,
  n: 0,
  ...over,
})
const bytes = (s: string) => new TextEncoder().encode(s).length

describe('advance', () => {
  it.each(CALCULATOR_NAMES)(
    '%s with nothing asks for its first required input, which has a hint',
    (name) => {
      const step = advance(name, {}, GUIDED, ctx)
      expect(step.kind).toBe('ask')
      if (step.kind !== 'ask') return
      expect(step.session.a).toBe(REQUIRED_INPUTS[name][0]![0])
      expect(MISSING_PARAM_HINTS[step.session.a]).toBeTruthy()
    }
  )

  it.each([
    ['severance', { monthlyWage: 8000, serviceMonths: 42 }],
    ['work-injury-disability', { monthlyWage: 5000, disabilityGrade: 7 }],
    ['arbitration-deadline', { knewDate: '2026-03-15' }],
    ['overtime', { monthlyWage: 8700, restDays: 3 }],
  ] as const)('%s with %o is done with the same result as runCalculator', (name, input) => {
    const step = advance(name, input, GUIDED, ctx)
    const run = runCalculator(name, input, table, today)
    expect(step.kind).toBe('done')
    expect(run.ok).toBe(true)
    if (step.kind === 'done' && run.ok) expect(step.result).toEqual(run.result)
  })

  it('an invalid input is dropped and asked again with the schema message', () => {
    const step = advance(
      'severance',
      { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2023-05-01' },
      GUIDED,
      ctx
    )
    expect(step).toMatchObject({
      kind: 'ask',
      session: { a: 'endDate', p: { monthlyWage: 8000, startDate: '2024-05-01' } },
    })
    if (step.kind === 'ask') expect(step.problem).toContain('离职日期不能早于入职日期')
  })

  it('a published figure the table lacks becomes the next question', () => {
    const step = advance('sick-pay', { city: '北京' }, GUIDED, ctx)
    expect(step).toMatchObject({ kind: 'ask', session: { a: 'minimumWage' } })
  })
})

describe('applyReply', () => {
  it('fills the awaited input and keeps other facts from the same reply without overriding', () => {
    expect(applyReply(session({ a: 'monthlyWage' }), '月薪8000，干了3年', '2026-11-24')).toEqual({
      monthlyWage: 8000,
      serviceMonths: 36,
    })
    expect(
      applyReply(
        session({ a: 'serviceMonths', p: { monthlyWage: 9000 } }),
        '月薪8000，干了3年',
        '2026-11-24'
      )
    ).toEqual({ monthlyWage: 9000, serviceMonths: 36 })
  })

  it('gives nothing when the reply lacks the awaited input', () => {
    expect(
      applyReply(session({ a: 'monthlyWage' }), '公司不给我交社保怎么办', '2026-11-24')
    ).toBeUndefined()
  })
})

describe('asksAnotherCalculator', () => {
  it.each([
    ['severance', '工资8000，加班费怎么算', true],
    ['severance', '月薪8000，干了三年，补偿多少', false],
    ['severance', '8000', false],
    ['overtime', '年假还有5天没休能折算多少钱', true],
  ] as const)('%s ← %s: %s', (c, text, expected) => {
    expect(asksAnotherCalculator(session({ c }), text)).toBe(expected)
  })
})

describe('parseCalcArgs', () => {
  it.each([
    ['', { params: {}, text: '' }],
    ['severance', { name: 'severance', params: {}, text: '' }],
    [
      'severance monthlyWage=8000 serviceMonths=42',
      { name: 'severance', params: { monthlyWage: 8000, serviceMonths: 42 }, text: '' },
    ],
    [
      'severance startDate=2021-03-03 月薪8000',
      { name: 'severance', params: { startDate: '2021-03-03' }, text: '月薪8000' },
    ],
    [
      'non-work-death retired=true',
      { name: 'non-work-death', params: { retired: true }, text: '' },
    ],
    [
      'severance {"monthlyWage":8000}',
      { name: 'severance', params: { monthlyWage: 8000 }, text: '' },
    ],
    ['severance {not json', { name: 'severance', params: {}, text: '{not json' }],
    ['干了三年月薪八千被辞退', { params: {}, text: '干了三年月薪八千被辞退' }],
    ['nosuch 8000', { params: {}, text: 'nosuch 8000' }],
  ])('%j', (args, expected) => {
    expect(parseCalcArgs(args)).toEqual(expected)
  })
})

describe('looksLikeQuestion', () => {
  it.each([
    '公司不给我交社保怎么办',
    '能拿多少？',
    '这样合法吗',
    '我想问一下关于工伤认定的事情需要什么材料',
  ])('%s is a question', (t) => {
    expect(looksLikeQuestion(t)).toBe(true)
  })
  it.each(['不知道', 'abc', '八千', '好的'])('%s is not', (t) => {
    expect(looksLikeQuestion(t)).toBe(false)
  })
})

describe('keyboards', () => {
  const inputs = [
    ...new Set([
      ...Object.keys(MISSING_PARAM_HINTS),
      ...Object.values(REQUIRED_INPUTS).flat(2),
      'retired',
      'probation',
    ]),
  ]
  it.each(inputs)('%s: every callback_data within 64 bytes, cancel last', (param) => {
    const rows = answerKeyboard(param, 2026).inline_keyboard
    for (const b of rows.flat())
      expect(bytes((b as { callback_data: string }).callback_data)).toBeLessThanOrEqual(
        CALLBACK_DATA_MAX_BYTES
      )
    expect(rows.at(-1)).toEqual([{ text: '取消', callback_data: 'cx' }])
  })

  it('quick picks only where the values are few', () => {
    expect(answerKeyboard('disabilityGrade', 2026).inline_keyboard.flat()).toHaveLength(11)
    expect(
      answerKeyboard('retired', 2026)
        .inline_keyboard.flat()
        .map((b) => b.text)
    ).toEqual(['是', '否', '取消'])
    expect(
      answerKeyboard('deathYear', 2026)
        .inline_keyboard.flat()
        .map((b) => b.text)
    ).toEqual(['2026', '2025', '2024', '取消'])
    expect(answerKeyboard('monthlyWage', 2026).inline_keyboard.flat()).toHaveLength(1)
  })

  it('every quick pick parses back as its input', () => {
    for (const param of ['disabilityGrade', 'retired', 'deathYear', 'minimumWage', 'city']) {
      for (const b of answerKeyboard(param, 2026).inline_keyboard.flat()) {
        const data = (b as { callback_data: string }).callback_data
        if (data === 'cx') continue
        const value = data.split(':').slice(2).join(':')
        expect(
          applyReply(session({ c: 'non-work-death', a: param }), value, '2026-11-24'),
          data
        ).toBeDefined()
      }
    }
  })

  it('the menu names every calculator within 64 bytes', () => {
    const buttons = calculatorMenu().inline_keyboard.flat() as Array<{ callback_data: string }>
    expect(buttons).toHaveLength(CALCULATOR_NAMES.length)
    for (const b of buttons)
      expect(bytes(b.callback_data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES)
  })
})

describe('conversations', () => {
  it('keys are digests: no raw chat or user id; groups are per member', () => {
    const key = conversationKey('telegram', '987654321')
    expect(key).toMatch(/^conv:telegram:[0-9a-f]+$/)
    expect(key).not.toContain('987654321')
    expect(conversationKey('telegram', '-100123', '1')).not.toBe(
      conversationKey('telegram', '-100123', '2')
    )
    expect(conversationKey('telegram', '-100123', '1')).not.toBe(
      conversationKey('telegram', '-100123')
    )
  })

  it('expire with the store, and unreadable values read as empty', async () => {
    let now = 0
    const store = createMemoryKeyValueStore({ now: () => now })
    const conversations = createConversations(store, 1800)
    await conversations.save('k', { calc: session({ p: { monthlyWage: 8000 } }) })
    expect(await conversations.get('k')).toMatchObject({ calc: { p: { monthlyWage: 8000 } } })
    now = 1_800_001
    expect(await conversations.get('k')).toEqual({})
    for (const bad of [
      'not json',
      '{"calc":{"c":"nope","p":{},"a":"x","g":true,"n":0}}',
      JSON.stringify({ calc: { ...session({}), p: { x: { y: 1 } } } }),
    ]) {
      await store.put('k', bad, 60)
      expect(await conversations.get('k')).toEqual({})
    }
  })
})

describe('rendering', () => {
  it('escapes HTML in everything it shows and keeps the question short', () => {
    const html = renderTelegram(
      calcQuestionReply(session({ p: { city: '<b>x</b>' } }), {
        problem: 'a < b & c',
        group: false,
      })
    )
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;')
    expect(html).toContain('a &lt; b &amp; c')
    expect([...html].length).toBeLessThan(500)
  })

  it('a result with huge text stays within 4096 characters and keeps the disclaimer', () => {
    const run = runCalculator('severance', { monthlyWage: 8000, serviceMonths: 42 }, table, today)
    if (!run.ok) throw new Error('no result')
    const huge = {
      ...(run.result as CalcResult),
      assumptions: Array(200).fill('很长的假设<>&'.repeat(20)),
      steps: Array(100).fill({ label: '步骤<i>', formula: 'x'.repeat(100), value: 1 }),
    }
    const html = renderTelegram(resultReply(layoutCalcResult(huge, library)))
    expect([...html].length).toBeLessThanOrEqual(TELEGRAM_MAX)
    expect(html).toContain('仅供参考')
    expect(html).not.toContain('<i>步骤')
  })

  it('shows table figures with their year and the statute with its document number', () => {
    const run = runCalculator(
      'severance',
      { monthlyWage: 50000, serviceMonths: 24, city: '广州', endDate: '2025-06-30' },
      table,
      today
    )
    if (!run.ok) throw new Error('no result')
    const html = renderTelegram(resultReply(layoutCalcResult(run.result as CalcResult, library)))
    expect(html).toContain('82,224.00 元')
    expect(html).toMatch(/当地上年度职工月平均工资（元）：13,704（2024年/)
    expect(html).toMatch(
      /《中华人民共和国劳动合同法》第四十六条、第四十七条.*（主席令第六十五号（2007年）/
    )
  })
})
