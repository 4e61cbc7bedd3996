/**
 * /calc through the whole webhook: createApp → grammY → a fake Bot API on localhost. The clock is
 * pinned (it drives the store's expiry); amounts are checked against runCalculator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Update } from 'grammy/types'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { createCalculate, paramTableOf } from '../../src/core/calc-bridge'
import { formatYuan } from '../../src/core/answer/format-calculation'
import { getCalculator, runCalculator } from '../../src/core/calc/registry'
import { CALCULATOR_NAMES } from '../../src/core/calc/registry'
import { DATE_ORDER_MESSAGE } from '../../src/core/calc/service-length'
import { createMemoryKeyValueStore, type KeyValueStore } from '../../src/chat/kv-store'
import { CONVERSATION_TTL_SECONDS as CALC_SESSION_TTL_SECONDS } from '../../src/chat'
import { type FakeBotApi, startFakeBotApi } from '../fuzz/fake-bot-api'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const table = paramTableOf(library)
const TOKEN = '123456:CALC-token'
const SECRET = 'calc_secret_1'
const START = Date.parse('2026-11-24T04:00:00Z')
const USER = { id: 987654321, is_bot: false, first_name: 'A' }
const OTHER = { id: 555666777, is_bot: false, first_name: 'B' }
const PRIVATE = { id: 987654321, type: 'private' as const, first_name: 'A' }
const GROUP = { id: -1001234567890, type: 'supergroup' as const, title: 'g' }

let api: FakeBotApi
beforeAll(async () => {
  api = await startFakeBotApi()
})
afterAll(() => api.close())
beforeEach(() => {
  api.calls.length = 0
})

interface Harness {
  post(update: Update): Promise<void>
  advance(ms: number): void
  puts: Array<{ key: string; value: string; ttl: number }>
}

function harness(perMinute = 100): Harness {
  let clock = START
  const memory = createMemoryKeyValueStore({ now: () => clock })
  const puts: Harness['puts'] = []
  const store: KeyValueStore = {
    get: (k) => memory.get(k),
    put: (k, v, ttl) => {
      puts.push({ key: k, value: v, ttl })
      return memory.put(k, v, ttl)
    },
    delete: (k) => memory.delete(k),
  }
  const app = createApp({
    library,
    calculate,
    store,
    now: () => new Date(clock),
    config: parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_BOT_USERNAME: 'gongyou_bot',
      RATE_LIMIT_PER_MINUTE: String(perMinute),
    }),
  })
  return {
    puts,
    advance: (ms) => {
      clock += ms
    },
    async post(update) {
      const res = await app.request('/webhook/telegram', {
        method: 'POST',
        body: JSON.stringify(update),
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      })
      expect(res.status).toBe(200)
    },
  }
}

let updateId = 5000
let messageId = 100
type Chat = typeof PRIVATE | typeof GROUP
type User = typeof USER

function text(t: string, chat: Chat = PRIVATE, from: User = USER, extra: object = {}): Update {
  const command = /^\/\w+(@\w+)?/.exec(t)
  return {
    update_id: ++updateId,
    message: {
      message_id: ++messageId,
      date: START / 1000,
      chat,
      from,
      text: t,
      ...(command
        ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }
        : {}),
      ...extra,
    },
  } as Update
}

function press(data: string, chat: Chat = PRIVATE, from: User = USER): Update {
  return {
    update_id: ++updateId,
    callback_query: {
      id: `cb${updateId}`,
      chat_instance: 'ci',
      from,
      data,
      message: { message_id: 7, date: START / 1000, chat, text: 'q' },
    },
  } as Update
}

/** A reply in a group to the bot's last message (how a member answers without @mention). */
function replyToBot(t: string, from: User = USER): Update {
  return text(t, GROUP, from, {
    reply_to_message: {
      message_id: 1,
      date: START / 1000,
      chat: GROUP,
      from: { id: 123456, is_bot: true, first_name: '工友', username: 'gongyou_bot' },
      text: 'q',
    },
  })
}

const sent = () => api.calls.filter((c) => c.method === 'sendMessage').map((c) => c.payload)
const lastText = () => String(sent().at(-1)?.['text'] ?? '')
const buttonsOf = (payload: Record<string, unknown> | undefined) =>
  (
    (
      payload?.['reply_markup'] as
        { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined
    )?.inline_keyboard ?? []
  ).flat()
const amountOf = (name: string, input: object): number => {
  const run = runCalculator(name, input, table, new Date(START))
  if (!run.ok || !('amount' in run.result) || typeof run.result.amount !== 'number')
    throw new Error(`no amount for ${name}`)
  return run.result.amount
}
/** True when the last message is a follow-up question (not an answer or a result). */
const isQuestion = (t: string) => t.includes('还需要：')

describe('/calc through the webhook', () => {
  it('/calc alone lists every calculator as a button with its Chinese title', async () => {
    const h = harness()
    await h.post(text('/calc'))
    const buttons = buttonsOf(sent()[0])
    expect(buttons.map((b) => b.callback_data)).toEqual(CALCULATOR_NAMES.map((n) => `cs:${n}`))
    expect(buttons.map((b) => b.text)).toEqual(CALCULATOR_NAMES.map((n) => getCalculator(n)!.title))
  })

  it('button → grade quick-picks → wage typed → the amount runCalculator gives, with steps and basis', async () => {
    const h = harness()
    await h.post(text('/calc'))
    await h.post(press('cs:work-injury-disability'))
    expect(api.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true)
    expect(lastText()).toContain('伤残等级')
    expect(buttonsOf(sent().at(-1)).map((b) => b.text)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '取消',
    ])
    await h.post(press('cv:disabilityGrade:7'))
    expect(lastText()).toContain('还需要：月工资')
    expect(lastText()).toContain('伤残等级（1–10级） 7')
    await h.post(text('5000'))
    const result = lastText()
    expect(result).toContain(
      `${formatYuan(amountOf('work-injury-disability', { disabilityGrade: 7, monthlyWage: 5000 }))} 元`
    )
    expect(result).toContain('计算过程')
    expect(result).toMatch(/《工伤保险条例》第三十七条（.*\d{4}年/)
    expect(result).toContain('仅供参考')
    // Done: the next message is an ordinary question again.
    await h.post(text('8000'))
    expect(isQuestion(lastText())).toBe(false)
  })

  it.each([
    // 劳动合同法第四十七条: 3.5 years → 4 months
    ['/calc severance 月薪8000', '三年半', 'severance', { monthlyWage: 8000, serviceMonths: 42 }],
    [
      '/calc severance monthlyWage=8000',
      '2021年3月3日入职，2024年6月30日离职',
      'severance',
      { monthlyWage: 8000, startDate: '2021-03-03', endDate: '2024-06-30' },
    ],
    // 第四十条: N+1
    [
      '/calc notice-pay serviceMonths=30',
      '月薪六千',
      'notice-pay',
      { monthlyWage: 6000, serviceMonths: 30 },
    ],
    // 职工带薪年休假条例第五条
    [
      '/calc annual-leave-pay {"monthlyWage":4350}',
      '还有5天',
      'annual-leave-pay',
      { monthlyWage: 4350, unusedDays: 5 },
    ],
    // 劳动合同法第八十二条
    [
      '/calc double-wage-no-contract 月薪4500',
      '入职8个月',
      'double-wage-no-contract',
      { monthlyWage: 4500, monthsWithoutContract: 8 },
    ],
    [
      '/calc overtime monthlyWage=8700',
      '周末加班3天',
      'overtime',
      { monthlyWage: 8700, restDays: 3 },
    ],
  ])('%s, then "%s" → %s', async (command, answer, name, input) => {
    const h = harness()
    await h.post(text(command))
    expect(isQuestion(lastText())).toBe(true)
    await h.post(text(answer))
    expect(lastText()).toContain(`${formatYuan(amountOf(name, input))} 元`)
  })

  it('/calc with a whole situation computes at once (the extractor)', async () => {
    const h = harness()
    await h.post(text('/calc 干了三年月薪八千被辞退'))
    expect(sent()).toHaveLength(1)
    expect(lastText()).toContain(
      `${formatYuan(amountOf('severance', { monthlyWage: 8000, serviceMonths: 36 }))} 元`
    )
  })

  it('/calc with text that implies no calculator offers the menu', async () => {
    const h = harness()
    await h.post(text('/calc 你好'))
    expect(lastText()).toContain('没看出要算哪一项')
    expect(buttonsOf(sent().at(-1))).toHaveLength(CALCULATOR_NAMES.length)
  })

  it('an answer lacking inputs offers the follow-up; replies fill it until the amount', async () => {
    const h = harness()
    await h.post(text('被辞退了，补偿怎么算'))
    const answer = sent()[0]!
    expect(String(answer['text'])).toContain('还需要')
    expect(String(answer['text'])).toContain('请告诉我你的月工资')
    expect(buttonsOf(answer).map((b) => b.callback_data)).toContain('cx')
    await h.post(text('月薪8000'))
    expect(lastText()).toContain('还需要：在本单位工作的月数')
    await h.post(text('2021年3月3日入职，2024年1月1日离职'))
    const result = lastText()
    const name = CALCULATOR_NAMES.find((n) =>
      result.startsWith(`<b>${getCalculator(n)!.title}</b>`)
    )!
    expect(name).toBeDefined()
    expect(result).toContain(
      `${formatYuan(amountOf(name, { monthlyWage: 8000, startDate: '2021-03-03', endDate: '2024-01-01' }))} 元`
    )
  })

  it('an end date before the start date is asked again with the reason, never answered with 0', async () => {
    const h = harness()
    await h.post(text('/calc severance monthlyWage=8000 startDate=2024-05-01 endDate=2023-05-01'))
    expect(lastText()).toContain(DATE_ORDER_MESSAGE)
    expect(lastText()).toContain('还需要：离职日期')
    await h.post(text('2025年5月1日'))
    expect(lastText()).toContain(
      `${formatYuan(amountOf('severance', { monthlyWage: 8000, startDate: '2024-05-01', endDate: '2025-05-01' }))} 元`
    )
  })

  it('bad values get a clear re-ask; the third gives up politely', async () => {
    const h = harness()
    await h.post(text('/calc work-injury-disability'))
    await h.post(text('十一'))
    expect(lastText()).toContain('没看懂')
    expect(lastText()).toContain('伤残等级')
    expect(buttonsOf(sent().at(-1))).toHaveLength(11)
    await h.post(text('abc'))
    expect(lastText()).toContain('没看懂')
    await h.post(text('<b>'))
    expect(lastText()).toContain('先不算了')
    await h.post(text('七级'))
    expect(isQuestion(lastText())).toBe(false)
  })

  it('/cancel, the 取消 button and 取消 typed all end it', async () => {
    const h = harness()
    await h.post(text('/calc'))
    await h.post(press('cs:severance'))
    await h.post(text('/cancel'))
    expect(lastText()).toContain('已取消')
    await h.post(text('/cancel'))
    expect(lastText()).toContain('没有进行中的计算')

    await h.post(press('cs:work-injury-disability'))
    await h.post(press('cx'))
    expect(api.calls.at(-2)).toMatchObject({
      method: 'answerCallbackQuery',
      payload: { text: expect.stringContaining('已取消') },
    })
    expect(api.calls.at(-1)?.method).toBe('editMessageReplyMarkup')
    const before = sent().length
    await h.post(press('cv:disabilityGrade:7'))
    expect(sent()).toHaveLength(before)
    expect(api.calls.at(-1)).toMatchObject({
      method: 'answerCallbackQuery',
      payload: { text: expect.stringContaining('过期') },
    })

    await h.post(text('/calc severance'))
    await h.post(text('取消'))
    expect(lastText()).toContain('已取消')
  })

  it('expires after the TTL (pinned clock): a late reply is an ordinary question', async () => {
    const h = harness()
    await h.post(text('/calc severance'))
    h.advance((CALC_SESSION_TTL_SECONDS - 60) * 1000)
    await h.post(text('8000'))
    expect(lastText()).toContain('还需要：在本单位工作的月数')
    h.advance((CALC_SESSION_TTL_SECONDS + 1) * 1000)
    await h.post(text('三年半'))
    expect(isQuestion(lastText())).toBe(false)
    expect(lastText()).not.toContain('估算金额')
    await h.post(press('cv:disabilityGrade:7'))
    expect(api.calls.at(-1)).toMatchObject({
      method: 'answerCallbackQuery',
      payload: { text: expect.stringContaining('过期') },
    })
  })

  it('a new question mid-follow-up drops the follow-up and gets its answer', async () => {
    const h = harness()
    await h.post(text('/calc severance'))
    await h.post(text('公司不给我交社保怎么办'))
    expect(lastText()).toContain('社保')
    expect(isQuestion(lastText())).toBe(false)
    await h.post(text('8000'))
    expect(isQuestion(lastText())).toBe(false)
  })

  it('a question about another calculation is answered, even when it holds the awaited number', async () => {
    const h = harness()
    await h.post(text('/calc severance'))
    await h.post(text('工资8000，加班费怎么算'))
    expect(lastText()).toContain('加班')
    expect(lastText()).not.toContain('经济补偿（N）')
  })

  it('a reply that parses as the awaited value is used even mid-sentence', async () => {
    const h = harness()
    await h.post(text('/calc severance'))
    await h.post(text('月薪8000，干了三年半'))
    expect(lastText()).toContain(
      `${formatYuan(amountOf('severance', { monthlyWage: 8000, serviceMonths: 42 }))} 元`
    )
  })

  it('in a group: silent unless addressed; each member has their own follow-up', async () => {
    const h = harness()
    await h.post(text('公司不给我交社保怎么办', GROUP))
    await h.post(text('8000', GROUP))
    await h.post(text('/cancel', GROUP))
    expect(sent()).toHaveLength(0)
    await h.post(text('/calc@gongyou_bot work-injury-disability', GROUP))
    expect(lastText()).toContain('回复」这条消息')
    const count = sent().length
    await h.post(text('7', GROUP))
    expect(sent()).toHaveLength(count)
    // Another member's press does not fill this member's calculation.
    await h.post(press('cv:disabilityGrade:7', GROUP, OTHER))
    expect(sent()).toHaveLength(count)
    expect(api.calls.at(-1)).toMatchObject({
      method: 'answerCallbackQuery',
      payload: { text: expect.stringContaining('过期') },
    })
    await h.post(press('cv:disabilityGrade:7', GROUP))
    expect(lastText()).toContain('还需要：月工资')
    await h.post(replyToBot('5000'))
    expect(lastText()).toContain(
      `${formatYuan(amountOf('work-injury-disability', { disabilityGrade: 7, monthlyWage: 5000 }))} 元`
    )
    // Groups get the short result: no assumptions block.
    expect(lastText()).not.toContain('<b>假设</b>')
  })

  it('/calc and follow-ups count against the per-chat rate limit', async () => {
    const h = harness(2)
    await h.post(text('/calc'))
    await h.post(press('cs:severance'))
    await h.post(text('8000'))
    expect(lastText()).toContain('消息有点多')
    // Past the one notice, a press is acknowledged silently (no flood of notices).
    const before = sent().length
    await h.post(press('cs:severance'))
    expect(api.calls.at(-1)?.method).toBe('answerCallbackQuery')
    expect(sent()).toHaveLength(before)
  })

  it('stores only a chat digest as key and the given numbers as value, for 30 minutes', async () => {
    const h = harness()
    await h.post(text('/calc severance'))
    await h.post(text('8000'))
    const convPuts = h.puts.filter((p) => p.key.startsWith('conv:'))
    expect(convPuts.length).toBe(2)
    for (const p of convPuts) {
      expect(p.key).toMatch(/^conv:telegram:[0-9a-f]+$/)
      expect(p.key).not.toContain(String(USER.id))
      expect(p.ttl).toBe(CALC_SESSION_TTL_SECONDS)
      expect(p.value).not.toContain(String(USER.id))
    }
    expect(JSON.parse(convPuts.at(-1)!.value)).toEqual({
      calc: { c: 'severance', p: { monthlyWage: 8000 }, a: 'serviceMonths', g: true, n: 0 },
    })
  })

  it('every message is HTML within 4096 characters and every button within 64 bytes of callback data', async () => {
    const h = harness()
    for (const name of CALCULATOR_NAMES) await h.post(text(`/calc ${name}`))
    await h.post(text('/calc'))
    await h.post(text('/calc 我爸2025年3月去世，社保交了15年，抚恤金多少'))
    await h.post(text('/help'))
    for (const payload of sent()) {
      expect([...String(payload['text'])].length).toBeLessThanOrEqual(4096)
      for (const b of buttonsOf(payload))
        expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64)
    }
    expect(sent().at(-1)!['text']).toContain('/calc')
  })
})
