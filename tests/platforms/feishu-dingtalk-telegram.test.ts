import { createHash, createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { Hono } from 'hono'
import type { Update } from 'grammy/types'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { mountPlatforms } from '../../src/app/mount-platforms'
import { chatDepsFactory } from '../../src/app/chat-deps'
import { createMemoryKeyValueStore } from '../../src/chat'
import { ask } from '../../src/core/ask'
import {
  createFeishuFetchClient,
  feishuSignature,
  type FeishuClient,
  type FeishuReplyContent,
} from '../../src/platforms/feishu'
import {
  dingtalkSign,
  isDingtalkSessionWebhook,
  parseDingtalkCallback,
} from '../../src/platforms/dingtalk'
import { CHAT_TEXT } from '../../src/chat/messages'
import {
  DINGTALK_SECRET,
  FEISHU_BOT_OPEN_ID,
  FEISHU_ENV,
  FEISHU_KEY,
  FEISHU_TOKEN,
  NOW,
  NOW_S,
  dingtalkMessage,
  dingtalkSent,
  fakeFeishuFetch,
  feishuEncrypt,
  feishuEvent,
  feishuReplyText,
  feishuSigned,
  library,
  telegramApp,
} from '../contract/harnesses'
import { INLINE_QUERY_UPDATE as inlineUpdate } from '../fixtures/telegram/inline-query'

let restore: ReturnType<typeof setLogSink>
beforeAll(() => {
  restore = setLogSink(() => {})
})
afterAll(() => {
  setLogSink(restore)
  vi.unstubAllGlobals()
})

/** A Hono app with only the platform routes, the Feishu client swapped for a recorder. */
function feishuApp(env: Record<string, string> = FEISHU_ENV) {
  const calls: Array<{ messageId: string; content: FeishuReplyContent }> = []
  const client: FeishuClient = {
    async reply(messageId, content) {
      calls.push({ messageId, content })
    },
    botOpenId: async () => FEISHU_BOT_OPEN_ID,
  }
  const config = parseConfig(env)
  const app = new Hono()
  const ctx = {
    library,
    config,
    now: () => NOW,
    ask: (q: string) => ask(q, { library, today: NOW }),
  }
  mountPlatforms(app, ctx, chatDepsFactory(ctx, createMemoryKeyValueStore()), {
    feishuClient: client,
  })
  return { app, calls }
}

const post = (app: Hono, body: string, headers: Record<string, string> = {}) =>
  app.request('/webhook/feishu', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })

describe('Feishu', () => {
  it('X-Lark-Signature is SHA-256(timestamp + nonce + key + raw body), as node:crypto computes it', async () => {
    const raw = '{"encrypt":"abc"}'
    expect(await feishuSignature('1', 'n', FEISHU_KEY, raw)).toBe(
      createHash('sha256')
        .update('1n' + FEISHU_KEY + raw)
        .digest('hex')
    )
  })

  it('url_verification (plain) answers the challenge when the token matches, 401 otherwise', async () => {
    const { app } = feishuApp({ ...FEISHU_ENV, FEISHU_ENCRYPT_KEY: '' })
    const ok = await post(
      app,
      JSON.stringify({
        challenge: 'ajls384kdjx98XX',
        token: FEISHU_TOKEN,
        type: 'url_verification',
      })
    )
    expect(await ok.json()).toEqual({ challenge: 'ajls384kdjx98XX' })
    const bad = await post(
      app,
      JSON.stringify({ challenge: 'x', token: 'wrong', type: 'url_verification' })
    )
    expect(bad.status).toBe(401)
  })

  it('url_verification (encrypted, unsigned, as Feishu sends it) answers the challenge', async () => {
    const { app } = feishuApp()
    const body = JSON.stringify({
      encrypt: feishuEncrypt(
        FEISHU_KEY,
        JSON.stringify({ challenge: 'c-1', token: FEISHU_TOKEN, type: 'url_verification' })
      ),
    })
    expect(await (await post(app, body)).json()).toEqual({ challenge: 'c-1' })
  })

  it('with an encrypt key, unsigned events are refused', async () => {
    const { app, calls } = feishuApp()
    const body = JSON.stringify({
      encrypt: feishuEncrypt(
        FEISHU_KEY,
        JSON.stringify(feishuEvent('u1', { content: JSON.stringify({ text: '加班费' }) }))
      ),
    })
    expect((await post(app, body)).status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it('checks the signature over the raw bytes: the same JSON re-serialised does not verify', async () => {
    const { app, calls } = feishuApp()
    const raw = JSON.stringify({
      encrypt: feishuEncrypt(
        FEISHU_KEY,
        JSON.stringify(feishuEvent('r1', { content: JSON.stringify({ text: '加班费怎么算' }) }))
      ),
    })
    const signed = feishuSigned(raw)
    const spaced = JSON.stringify(JSON.parse(raw), null, 1)
    expect((await app.request(signed.path, { ...signed.init, body: spaced })).status).toBe(401)
    expect((await app.request(signed.path, signed.init)).status).toBe(200)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.messageId).toBe('om_r1')
  })

  it('without an encrypt key, the verification token in the header authenticates events', async () => {
    const { app, calls } = feishuApp({ ...FEISHU_ENV, FEISHU_ENCRYPT_KEY: '' })
    const event = feishuEvent('p1', {
      content: JSON.stringify({ text: '公司不交社保怎么办' }),
    }) as { header: Record<string, string> }
    expect(
      (await post(app, JSON.stringify({ ...event, header: { ...event.header, token: 'forged' } })))
        .status
    ).toBe(401)
    expect((await post(app, JSON.stringify(event))).status).toBe(200)
    expect(calls).toHaveLength(1)
    // An answer asking for 👍/👎 is a card (posts have no buttons).
    expect(calls[0]!.content.msg_type).toBe('interactive')
  })

  it.each([
    [
      '@ the bot → answered',
      [{ key: '@_user_1', id: { open_id: FEISHU_BOT_OPEN_ID }, name: '工友' }],
      1,
    ],
    [
      '@ someone else → silent',
      [{ key: '@_user_1', id: { open_id: 'ou_someone' }, name: 'Tom' }],
      0,
    ],
  ])('group: %s', async (_n, mentions, expected) => {
    const { app, calls } = feishuApp({ ...FEISHU_ENV, FEISHU_ENCRYPT_KEY: '' })
    const event = feishuEvent(`g${expected}`, {
      chat_type: 'group',
      content: JSON.stringify({ text: '@_user_1 我电话13812345678，被拖欠工资' }),
      mentions,
    })
    await post(app, JSON.stringify(event))
    expect(calls).toHaveLength(expected)
    if (expected) {
      const text = feishuReplyText(calls[0]!.content)
      expect(text).not.toContain('13812345678')
      expect(text).toContain('私聊')
    }
  })

  it('messages from apps (itself) are ignored', async () => {
    const { app, calls } = feishuApp({ ...FEISHU_ENV, FEISHU_ENCRYPT_KEY: '' })
    const event = feishuEvent('a1', { content: JSON.stringify({ text: '加班费' }) }) as {
      event: Record<string, unknown>
    }
    await post(
      app,
      JSON.stringify({ ...event, event: { ...event.event, sender: { sender_type: 'app' } } })
    )
    expect(calls).toHaveLength(0)
  })

  it('fetch client: honours FEISHU_API_ROOT, caches the tenant token, refreshes it when Feishu says it is invalid', async () => {
    const fake = fakeFeishuFetch()
    let t = 0
    let rejectOnce = false
    const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (rejectOnce && String(input).includes('/reply')) {
        rejectOnce = false
        fake.calls.push({ url: String(input), method: 'POST', body: null, auth: null })
        return Response.json({ code: 99991663, msg: 'token invalid' }, { status: 400 })
      }
      return fake.fetchFn(input, init)
    }
    const client = createFeishuFetchClient({
      appId: 'cli',
      appSecret: 's',
      apiRoot: 'https://open.larksuite.test/',
      fetch: fetchFn,
      now: () => t,
    })
    await client.reply('om_1', { msg_type: 'text', content: '{"text":"a"}' })
    await client.reply('om_2', { msg_type: 'text', content: '{"text":"b"}' })
    const tokenCalls = () =>
      fake.calls.filter((c) => c.url.endsWith('/tenant_access_token/internal')).length
    expect(tokenCalls()).toBe(1)
    expect(
      fake.calls.every((c) => c.url.startsWith('https://open.larksuite.test/open-apis/'))
    ).toBe(true)
    expect(fake.calls.find((c) => c.url.includes('om_2'))!.auth).toBe('Bearer t-fake')
    t = 7200_000 // past expire − 5 min
    await client.reply('om_3', { msg_type: 'text', content: '{}' })
    expect(tokenCalls()).toBe(2)
    rejectOnce = true
    await client.reply('om_4', { msg_type: 'text', content: '{}' })
    expect(tokenCalls()).toBe(3)
    expect(await client.botOpenId!()).toBe(FEISHU_BOT_OPEN_ID)
  })

  it('is off (404) without its env vars, and a partial set fails at start-up', async () => {
    expect(
      (
        await createApp({ library, config: parseConfig({}) }).request('/webhook/feishu', {
          method: 'POST',
          body: '{}',
        })
      ).status
    ).toBe(404)
    expect(() => createApp({ library, config: parseConfig({ FEISHU_APP_ID: 'cli' }) })).toThrow(
      /FEISHU_APP_SECRET/
    )
  })
})

describe('DingTalk', () => {
  const app = () =>
    createApp({
      library,
      config: parseConfig({ DINGTALK_APP_SECRET: DINGTALK_SECRET }),
      now: () => NOW,
    })

  it('sign matches an independent node:crypto HMAC for the documented example secret', async () => {
    const ts = '1700000000000'
    expect(await dingtalkSign(DINGTALK_SECRET, ts)).toBe(
      createHmac('sha256', DINGTALK_SECRET).update(`${ts}\n${DINGTALK_SECRET}`).digest('base64')
    )
  })

  it.each([
    ['59 minutes early', NOW_S - 59 * 60, 200],
    ['61 minutes late', NOW_S + 61 * 60, 403],
  ])('timestamp %s → %i', async (_n, ts, status) => {
    const sent = dingtalkSent(
      dingtalkMessage(`t${ts}`, { text: { content: '加班费' } }),
      String(ts * 1000)
    )
    expect((await app().request(sent.path, sent.init)).status).toBe(status)
  })

  it('answers a group @mention in markdown, masked, with a private-chat hint', async () => {
    const sent = dingtalkSent(
      dingtalkMessage('g1', {
        conversationType: '2',
        isInAtList: true,
        text: { content: '身份证440106199001011234，公司拖欠工资' },
      })
    )
    const body = (await (await app().request(sent.path, sent.init)).json()) as {
      msgtype: string
      markdown: { text: string }
    }
    expect(body.msgtype).toBe('markdown')
    expect(body.markdown.text).not.toContain('440106199001011234')
    expect(body.markdown.text).toContain('私聊')
  })

  it('answers recognised audio', async () => {
    const sent = dingtalkSent(
      dingtalkMessage('a1', {
        msgtype: 'audio',
        text: undefined,
        content: { recognition: '公司拖欠工资怎么办', duration: 3 },
      })
    )
    const body = (await (await app().request(sent.path, sent.init)).json()) as { msgtype: string }
    // An answer in a 1:1 chat: an ActionCard (markdown text with 👍/👎 buttons).
    expect(body.msgtype).toBe('actionCard')
  })

  it('keeps only sessionWebhooks on DingTalk hosts', () => {
    expect(
      isDingtalkSessionWebhook('https://oapi.dingtalk.com/robot/sendBySession?session=x')
    ).toBe(true)
    for (const url of [
      'http://oapi.dingtalk.com/x',
      'https://oapi.dingtalk.com.evil.example/x',
      'https://evil.example/?oapi.dingtalk.com',
      'https://user@oapi.dingtalk.com/x',
      'https://oapi.dingtalk.com:8443/x',
      'not a url',
    ])
      expect(isDingtalkSessionWebhook(url)).toBe(false)
    const parsed = parseDingtalkCallback(
      JSON.stringify(
        dingtalkMessage('s', {
          sessionWebhook: 'https://evil.example/hook',
          text: { content: 'x' },
        })
      )
    )
    expect(parsed!.sessionWebhook).toBeNull()
  })

  it('a malformed body after a good sign is a 400', async () => {
    const sent = dingtalkSent({})
    expect((await app().request(sent.path, { ...sent.init, body: 'not json' })).status).toBe(400)
  })
})

describe('Telegram inline mode and group manners', () => {
  const send = (app: Hono, update: Update) =>
    app.request('/webhook/telegram', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': 'test_secret_1',
      },
      body: JSON.stringify(update),
    })

  it('answers an inline query with article cards (short HTML, masked)', async () => {
    const { app, calls } = telegramApp()
    const update: Update = inlineUpdate
    expect((await send(app, update)).status).toBe(200)
    const call = calls.find((c) => c.method === 'answerInlineQuery')!
    const results = call.payload['results'] as Array<{
      type: string
      id: string
      title: string
      input_message_content: { message_text: string; parse_mode: string }
    }>
    expect(results.length).toBeGreaterThanOrEqual(1)
    expect(results.length).toBeLessThanOrEqual(5)
    for (const r of results) {
      expect(r.type).toBe('article')
      expect(new TextEncoder().encode(r.id).length).toBeLessThanOrEqual(64)
      expect(r.input_message_content.parse_mode).toBe('HTML')
      expect([...r.input_message_content.message_text].length).toBeLessThanOrEqual(4096)
    }
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length)
  })

  it('masks numbers in a group answer and suggests a private chat', async () => {
    const { app, calls } = telegramApp()
    await send(app, {
      update_id: 77,
      message: {
        message_id: 5,
        date: NOW_S,
        chat: { id: -100, type: 'supergroup', title: 'g' },
        from: { id: 7, is_bot: false, first_name: 'B' },
        text: '@gongyou_bot 我手机13812345678，公司拖欠工资怎么办',
      },
    })
    const text = String(calls.find((c) => c.method === 'sendMessage')!.payload['text'])
    expect(text).not.toContain('13812345678')
    expect(text).toContain(CHAT_TEXT.groupPrivacy)
  })
})
