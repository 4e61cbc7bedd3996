/**
 * Issue 11 item 3, through the real routes: the dedup mark is committed only once the reply is
 * sent. A reply the platform's API fails to take leaves the message unmarked and answers 5xx,
 * so the platform's redelivery is answered; a permanent refusal is acknowledged, not retried.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Update } from 'grammy/types'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import type { FeishuClient } from '../../src/platforms/feishu'
import { type FakeBotApi, startFakeBotApi } from '../fuzz/fake-bot-api'
import {
  FEISHU_ENV,
  NOW,
  feishuEncrypt,
  feishuEvent,
  feishuSigned,
  FEISHU_KEY,
} from '../contract/harnesses'

const library = loadBuiltLibrary()
const SECRET = 'send_secret_1'
let api: FakeBotApi
let restore: ReturnType<typeof setLogSink>
const logs: string[] = []
beforeAll(async () => {
  restore = setLogSink((l) => logs.push(l))
  api = await startFakeBotApi()
})
afterAll(async () => {
  setLogSink(restore)
  vi.unstubAllGlobals()
  await api.close()
})

describe('Telegram webhook', () => {
  const app = () =>
    createApp({
      library,
      config: parseConfig({
        TELEGRAM_BOT_TOKEN: '123456:SEND-token',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_API_ROOT: api.apiRoot,
      }),
    })
  const update: Update = {
    update_id: 77,
    message: {
      message_id: 5,
      date: Math.floor(Date.now() / 1000),
      chat: { id: 42, type: 'private', first_name: 'A' },
      from: { id: 42, is_bot: false, first_name: 'A' },
      text: '公司拖欠工资怎么办',
    },
  }
  const post = (a: ReturnType<typeof app>) =>
    a.request('/webhook/telegram', {
      method: 'POST',
      body: JSON.stringify(update),
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    })
  const sends = () => api.calls.filter((c) => c.method === 'sendMessage').length

  it('Bot API 500: 5xx (Telegram redelivers) and the redelivery is answered once', async () => {
    const a = app()
    api.failWith(500)
    expect((await post(a)).status).toBeGreaterThanOrEqual(500)
    api.failWith(null)
    const before = sends()
    expect((await post(a)).status).toBe(200)
    expect(sends()).toBe(before + 1)
    expect((await post(a)).status).toBe(200)
    expect(sends()).toBe(before + 1)
  })

  it('Bot API 400 (would fail again): acknowledged with 200, logged', async () => {
    const a = app()
    api.failWith(400)
    expect((await post(a)).status).toBe(200)
    api.failWith(null)
    expect(logs.some((l) => l.includes('reply failed'))).toBe(true)
  })
})

describe('Feishu', () => {
  it('a failed reply answers 503 and the retry is answered; a sent one is not repeated', async () => {
    let fail = true
    const replies: string[] = []
    const client: FeishuClient = {
      async reply(messageId) {
        if (fail) throw new TypeError('fetch failed')
        replies.push(messageId)
      },
      botOpenId: async () => null,
    }
    const a = createApp({
      library,
      now: () => NOW,
      config: parseConfig(FEISHU_ENV),
      platforms: { feishuClient: client },
    })
    const event = feishuEvent('send-1', { content: JSON.stringify({ text: '加班费怎么算' }) })
    const sent = () =>
      feishuSigned(JSON.stringify({ encrypt: feishuEncrypt(FEISHU_KEY, JSON.stringify(event)) }))
    const deliver = async () => {
      const s = sent()
      return (await a.request(s.path, s.init)).status
    }
    expect(await deliver()).toBe(503)
    fail = false
    expect(await deliver()).toBe(200)
    expect(await deliver()).toBe(200)
    expect(replies).toEqual(['om_send-1'])
  })
})
