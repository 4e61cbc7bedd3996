import { describe, expect, it } from 'vitest'
import type { Update } from 'grammy/types'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { createTelegramBot } from '../../src/platforms/telegram'
import { ask } from '../../src/core/ask'

const library = loadBuiltLibrary()
const TOKEN = '123456:TEST-token'
const SECRET = 'test_secret_1'

function privateText(text: string, updateId = 1): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 10,
      date: 1700000000,
      chat: { id: 42, type: 'private', first_name: 'A' },
      from: { id: 42, is_bot: false, first_name: 'A' },
      text,
    },
  }
}

/** A bot whose outgoing API calls are captured instead of sent. */
function capturingBot() {
  const calls: Array<{ method: string; payload: Record<string, unknown> }> = []
  const bot = createTelegramBot({
    token: TOKEN,
    username: 'gongyou_bot',
    ask: (q) => ask(q, { library }),
    library,
  })
  bot.api.config.use((_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> })
    return Promise.resolve({
      ok: true,
      result: { message_id: 1, date: 0, chat: { id: 42, type: 'private' } },
    } as never)
  })
  return { bot, calls }
}

describe('Telegram bot', () => {
  it('answers a private question in HTML within 4096 characters', async () => {
    const { bot, calls } = capturingBot()
    await bot.handleUpdate(privateText('公司不给我交社保怎么办'))
    expect(calls).toHaveLength(1)
    expect(calls[0]!.method).toBe('sendMessage')
    const text = calls[0]!.payload['text'] as string
    expect(calls[0]!.payload['parse_mode']).toBe('HTML')
    expect([...text].length).toBeLessThanOrEqual(4096)
    expect(text).toContain('仅供参考')
  })

  it('in a group answers only when mentioned or replied to', async () => {
    const { bot, calls } = capturingBot()
    const group = (text: string, extra: object = {}): Update => ({
      update_id: 2,
      message: {
        message_id: 11,
        date: 1700000000,
        chat: { id: -100, type: 'supergroup', title: 'g' },
        from: { id: 7, is_bot: false, first_name: 'B' },
        text,
        ...extra,
      },
    })
    await bot.handleUpdate(group('公司不给我交社保怎么办'))
    expect(calls).toHaveLength(0)
    await bot.handleUpdate(group('@gongyou_bot 公司不给我交社保怎么办'))
    expect(calls).toHaveLength(1)
  })

  it('/start explains the bot and the privacy rule', async () => {
    const { bot, calls } = capturingBot()
    await bot.handleUpdate({
      ...privateText('/start'),
      message: {
        ...privateText('/start').message!,
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    })
    expect(calls[0]!.payload['text']).toMatch(/隐私/)
  })
})

describe('POST /webhook/telegram', () => {
  const app = createApp({
    library,
    config: parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
    }),
  })
  const send = (secret: string | null) =>
    app.request('/webhook/telegram', {
      method: 'POST',
      body: JSON.stringify(privateText('/help')),
      headers: {
        'content-type': 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
    })

  it.each([
    ['missing', null],
    ['forged', 'wrong_secret'],
  ])('%s secret → 401 and nothing sent', async (_n, secret) => {
    const res = await send(secret)
    expect(res.status).toBe(401)
  })
})
