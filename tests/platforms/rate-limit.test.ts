import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setLogSink } from '../../src/app/log'
import type { Update } from 'grammy/types'
import { createRateLimiter } from '../../src/chat/rate-limit'
import { createChatLimits } from '../../src/chat/limits'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { createTelegramBot } from '../../src/platforms/telegram'
import { ask } from '../../src/core/ask'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { wxSignature } from '../../src/platforms/shared/wx-crypt'
import { buildXml, parseXml, xmlText } from '../../src/platforms/shared/xml'
import { CHAT_TEXT } from '../../src/chat/messages'

describe('createRateLimiter', () => {
  it('allows perMinute messages, gives one notice, then drops until the window frees a slot', () => {
    let t = 0
    const limiter = createRateLimiter({ perMinute: 3, now: () => t })
    const seq = () => limiter.hit('chat')
    const at = (ms: number) => ((t = ms), seq())
    expect([at(0), at(1_000), at(2_000)]).toEqual(['allow', 'allow', 'allow'])
    expect(seq()).toBe('notice')
    expect([seq(), seq()]).toEqual(['drop', 'drop'])
    t = 59_999
    expect(seq()).toBe('drop')
    t = 60_000 // the first message is now a minute old
    expect(seq()).toBe('allow')
    expect(seq()).toBe('notice') // over again: one new notice for the new spell
    expect(limiter.hit('other chat')).toBe('allow')
  })

  it('is a rolling window, not a fixed minute (no burst of 2× at a minute boundary)', () => {
    let t = 59_000
    const limiter = createRateLimiter({ perMinute: 2, now: () => t })
    expect([limiter.hit('c'), limiter.hit('c')]).toEqual(['allow', 'allow'])
    t = 61_000
    expect(limiter.hit('c')).toBe('notice')
  })

  it('perMinute 0 turns the limit off', () => {
    const limiter = createRateLimiter({ perMinute: 0 })
    for (let i = 0; i < 100; i++) expect(limiter.hit('c')).toBe('allow')
  })

  it('forgets the least recently active chats beyond maxChats', () => {
    const limiter = createRateLimiter({ perMinute: 1, maxChats: 2, now: () => 0 })
    expect(limiter.hit('a')).toBe('allow')
    expect(limiter.hit('b')).toBe('allow')
    expect(limiter.hit('c')).toBe('allow') // evicts a
    expect(limiter.hit('a')).toBe('allow')
    expect(limiter.hit('c')).toBe('notice')
  })
})

const library = loadBuiltLibrary()
const NOW_S = 1_700_000_000
const now = () => new Date(NOW_S * 1000)

describe('rate limit through the webhooks', () => {
  const lines: string[] = []
  let restore: ReturnType<typeof setLogSink>
  beforeAll(() => {
    restore = setLogSink((line) => lines.push(line))
  })
  afterAll(() => {
    setLogSink(restore)
  })
  const token = 'rate_test_token'
  const app = createApp({
    library,
    config: parseConfig({ WECHAT_TOKEN: token, RATE_LIMIT_PER_MINUTE: '2' }),
    now,
  })
  let msgId = 1e15
  const send = async (from: string, body: Record<string, string | number>) => {
    const sig = await wxSignature(token, String(NOW_S), '1')
    const xml = buildXml({
      ToUserName: 'gh_test',
      FromUserName: from,
      CreateTime: NOW_S,
      MsgId: ++msgId,
      ...body,
    })
    const res = await app.request(`/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=1`, {
      method: 'POST',
      body: xml,
    })
    expect(res.status).toBe(200)
    const text = await res.text()
    return text.startsWith('<xml') ? xmlText(parseXml(text), 'Content') : text
  }

  it('WeChat: two answers a minute per user, one notice, then silence; other users unaffected; non-questions not counted', async () => {
    const q = { MsgType: 'text', Content: '公司拖欠工资怎么办' }
    expect(await send('u1', { MsgType: 'event', Event: 'subscribe' })).toContain('工友')
    expect(await send('u1', q)).toContain('仅供参考')
    expect(await send('u1', q)).toContain('仅供参考')
    expect(await send('u1', q)).toBe(CHAT_TEXT.rateLimited)
    expect(await send('u1', q)).toBe('success')
    expect(await send('u1', { MsgType: 'image', PicUrl: 'x', MediaId: 'm' })).toContain('文字')
    expect(await send('u2', q)).toContain('仅供参考')
    // Both the notice and the silent drop are logged, with the platform only (no ids, no text).
    const limited = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => e['msg'] === 'rate limited')
    expect(limited.map((e) => e['notice'])).toEqual([true, false])
    expect(lines.join('\n')).not.toMatch(/u1|u2|拖欠/)
  })
})

describe('rate limit in Telegram', () => {
  it('counts only questions the bot answers: group chatter without a mention never triggers the notice', async () => {
    const calls: string[] = []
    const bot = createTelegramBot({
      token: '123456:TEST-token',
      username: 'gongyou_bot',
      ask: (q) => ask(q, { library }),
      library,
      limits: createChatLimits(1, () => 0),
    })
    bot.api.config.use((_prev, method, payload) => {
      calls.push(`${method}:${String((payload as { text?: string }).text ?? '').slice(0, 12)}`)
      return Promise.resolve({
        ok: true,
        result: { message_id: 1, date: 0, chat: { id: -100, type: 'supergroup' } },
      } as never)
    })
    let id = 0
    const group = (text: string): Update => ({
      update_id: ++id,
      message: {
        message_id: id,
        date: NOW_S,
        chat: { id: -100, type: 'supergroup', title: 'g' },
        from: { id: 7, is_bot: false, first_name: 'B' },
        text,
      },
    })
    for (let i = 0; i < 5; i++) await bot.handleUpdate(group(`大家好 ${i}`))
    expect(calls).toEqual([])
    await bot.handleUpdate(group('@gongyou_bot 加班费怎么算'))
    await bot.handleUpdate(group('@gongyou_bot 年假怎么算'))
    await bot.handleUpdate(group('@gongyou_bot 社保怎么交'))
    expect(calls).toHaveLength(2)
    expect(calls[1]).toBe(`sendMessage:${CHAT_TEXT.rateLimited.slice(0, 12)}`)
  })
})
