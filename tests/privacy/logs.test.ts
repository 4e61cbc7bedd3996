/**
 * Privacy: a whole conversation — HTTP questions, Telegram updates through the webhook with a
 * fake Bot API on 127.0.0.1 (including a Bot API failure, so error paths log too) — with every
 * log line captured (setLogSink and console). No line may carry the question text, a phone-like
 * or ID-card-like number, or a raw chat/user id.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Hono } from 'hono'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { createCalculate } from '../../src/core/calc-bridge'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { type FakeBotApi, startFakeBotApi } from '../fuzz/fake-bot-api'

const PHONE = '13812345678'
const ID_CARD = '44010619900307123X'
const CHAT_ID = 987654321
const USER_ID = 555666777
const GROUP_ID = -1001234567890
const QUESTIONS = [
  `我叫王小明，手机${PHONE}，身份证${ID_CARD}，老板拖欠我两个月工资怎么办`,
  `干了三年半被辞退，月薪6000，能拿多少补偿？电话${PHONE}`,
  '下班路上被电动车撞了算不算工伤',
  '我老公出轨了怎么离婚', // out of scope: declined
]
const SECRET = 'privacy_secret_1'

const lines: string[] = []
let restoreSink: ReturnType<typeof setLogSink>
let api: FakeBotApi
let app: Hono

beforeAll(async () => {
  restoreSink = setLogSink((line) => lines.push(line))
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(
        args
          .map((a) =>
            typeof a === 'string'
              ? a
              : a instanceof Error
                ? `${a.name}: ${a.message}\n${a.stack}`
                : JSON.stringify(a)
          )
          .join(' ')
      )
    })
  api = await startFakeBotApi()
  const library = loadBuiltLibrary()
  const calculate = createCalculate(library)
  app = createApp({
    library,
    ...(calculate ? { calculate } : {}),
    config: parseConfig({
      TELEGRAM_BOT_TOKEN: '123456:PRIVACY-token',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: api.apiRoot,
    }),
  })
})

afterAll(async () => {
  setLogSink(restoreSink)
  vi.restoreAllMocks()
  await api.close()
})

const update = (
  updateId: number,
  text: string,
  chat: { id: number; type: string; title?: string } = { id: CHAT_ID, type: 'private' }
) => ({
  update_id: updateId,
  message: {
    message_id: updateId,
    date: 1700000000,
    chat,
    from: { id: USER_ID, is_bot: false, first_name: '小明', username: 'xiaoming' },
    text,
  },
})

const telegram = (body: unknown) =>
  app.request('/webhook/telegram', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
  })

describe('logs of a whole conversation', () => {
  it('carry no question text, phone or ID-card numbers, or raw chat ids', async () => {
    for (const q of QUESTIONS) {
      const res = await app.request('/api/ask', {
        method: 'POST',
        body: JSON.stringify({ q }),
        headers: { 'content-type': 'application/json' },
      })
      expect(res.status).toBe(200)
    }
    let id = 1
    for (const q of QUESTIONS) expect((await telegram(update(id++, q))).status).toBe(200)
    expect((await telegram(update(id++, '/start'))).status).toBe(200)
    expect(
      (
        await telegram(
          update(id++, `@gongyou_bot ${QUESTIONS[0]}`, {
            id: GROUP_ID,
            type: 'supergroup',
            title: '工友群',
          })
        )
      ).status
    ).toBe(200)
    // The Bot API failing makes the error path log; that line must be clean too.
    api.failWith(500)
    await telegram(update(id, QUESTIONS[1]!))
    api.failWith(null)
    // Malformed requests log nothing personal either.
    await app.request('/api/ask', {
      method: 'POST',
      body: `{"q": "${PHONE}`,
      headers: { 'content-type': 'application/json' },
    })

    // The conversation happened: the bot answered through the fake API.
    expect(api.calls.filter((c) => c.method === 'sendMessage').length).toBeGreaterThanOrEqual(
      QUESTIONS.length
    )

    const all = lines.join('\n')
    expect(all).not.toMatch(/1[3-9]\d{9}/)
    expect(all).not.toMatch(/\d{17}[\dXx]/)
    for (const raw of [CHAT_ID, USER_ID, GROUP_ID, Math.abs(GROUP_ID)])
      expect(all).not.toContain(String(raw))
    for (const q of QUESTIONS) {
      expect(all).not.toContain(q)
      // No fragment of it either: any 6 consecutive characters of the question.
      const chars = [...q]
      for (let i = 0; i + 6 <= chars.length; i++)
        expect(all).not.toContain(chars.slice(i, i + 6).join(''))
    }
    console.info(`privacy: ${lines.length} log lines checked`)
  })
})
