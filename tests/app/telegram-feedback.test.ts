/**
 * 👍/👎 on Telegram through the whole webhook: the answer carries two buttons with the article
 * id, a press is answered with a toast (answerCallbackQuery), not a message, and lands in the
 * report store once; a second press on the same answer is thanked, not counted.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Update } from 'grammy/types'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { openReportStore } from '../../src/app/report'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { createCalculate } from '../../src/core/calc-bridge'
import { CHAT_TEXT } from '../../src/chat'
import { openSqliteDriver } from '../../src/runtimes/sqlite-driver'
import { type FakeBotApi, startFakeBotApi } from '../fuzz/fake-bot-api'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const TOKEN = '123456:FB-token'
const SECRET = 'fb_secret_1'
const NOW = new Date('2026-11-24T04:00:00Z')
const USER = { id: 987654321, is_bot: false, first_name: 'A' }
const CHAT = { id: 987654321, type: 'private' as const, first_name: 'A' }

let api: FakeBotApi
beforeAll(async () => {
  api = await startFakeBotApi()
})
afterAll(() => api.close())

let updateId = 9000
const text = (t: string): Update =>
  ({
    update_id: ++updateId,
    message: { message_id: updateId, date: NOW.getTime() / 1000, chat: CHAT, from: USER, text: t },
  }) as Update
const press = (data: string): Update =>
  ({
    update_id: ++updateId,
    callback_query: {
      id: `cb${updateId}`,
      chat_instance: 'ci',
      from: USER,
      data,
      message: { message_id: 7, date: NOW.getTime() / 1000, chat: CHAT, text: 'q' },
    },
  }) as Update

describe('Telegram feedback buttons', () => {
  it('offers 👍/👎 under an answer; a press is a toast and one row in the report', async () => {
    const reportStore = openReportStore(openSqliteDriver(':memory:'))
    const app = createApp({
      library,
      calculate,
      now: () => NOW,
      reportStore,
      config: parseConfig({
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_API_ROOT: api.apiRoot,
        TELEGRAM_BOT_USERNAME: 'gongyou_bot',
      }),
    })
    const post = async (update: Update) => {
      const res = await app.request('/webhook/telegram', {
        method: 'POST',
        body: JSON.stringify(update),
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      })
      expect(res.status).toBe(200)
    }
    await post(text('公司不给我交社保怎么办'))
    const answer = api.calls.find((c) => c.method === 'sendMessage')!.payload
    const buttons = (
      answer['reply_markup'] as {
        inline_keyboard: Array<Array<{ text: string; callback_data: string }>>
      }
    ).inline_keyboard
    const row = buttons.at(-1)!
    expect(row.map((b) => b.text)).toEqual([CHAT_TEXT.feedbackUp, CHAT_TEXT.feedbackDown])
    const [, , articleId] = row[1]!.callback_data.split(':')
    const article = library.byId.get(articleId!)
    expect(article).toBeDefined()
    // No row is left empty (Telegram refuses those).
    expect(buttons.every((r) => r.length > 0)).toBe(true)
    // Buttons, so the text does not ask for a 1/2 reply.
    expect(String(answer['text'])).not.toContain(CHAT_TEXT.feedbackOffer)

    api.calls.length = 0
    await post(press(row[1]!.callback_data))
    await post(press(row[1]!.callback_data))
    expect(api.calls.map((c) => c.method)).toEqual(['answerCallbackQuery', 'answerCallbackQuery'])
    expect(api.calls.map((c) => c.payload['text'])).toEqual([
      CHAT_TEXT.feedbackThanks,
      CHAT_TEXT.feedbackAgain,
    ])

    const store = await reportStore
    await vi.waitFor(async () =>
      expect((await store.read('2000-01-01')).articles).toEqual([
        { articleId, topic: article!.topic, up: 0, down: 1, downShare: 1 },
      ])
    )
  })
})
