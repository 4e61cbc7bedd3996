import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { createCalculate } from '../../src/core/calc-bridge'
import { TOPICS } from '../../src/core/knowledge/topics'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { anyString, questionLike, RUNS } from './arbitraries'
import { type FakeBotApi, startFakeBotApi } from './fake-bot-api'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)
const TOKEN = '123456:FUZZ-token'
const SECRET = 'fuzz_secret_1'
let api: FakeBotApi
let app: Hono
/** Garbage updates are logged as failures; the lines are kept here, off the test output. */
const logLines: string[] = []
let restoreSink: ReturnType<typeof setLogSink>

beforeAll(async () => {
  restoreSink = setLogSink((line) => logLines.push(line))
  api = await startFakeBotApi()
  app = createApp({
    library,
    ...(calculate ? { calculate } : {}),
    config: parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: api.apiRoot,
    }),
  })
})
afterAll(() => {
  setLogSink(restoreSink)
  api.close()
})

const id = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 53, -100123456789),
  fc.string({ maxLength: 5 }) as fc.Arbitrary<unknown>
)
const text = fc.oneof(
  questionLike(200),
  anyString(100),
  fc.constantFrom(
    '/start',
    '/help',
    '/topics',
    '/ask',
    '/ask 公司不交社保',
    '/unknown',
    '@gongyou_bot 拖欠工资',
    '/start@gongyou_bot',
    ''
  )
)
const chat = fc.record(
  {
    id,
    type: fc.constantFrom('private', 'group', 'supergroup', 'channel', 'weird'),
    title: fc.string({ maxLength: 5 }),
    first_name: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: ['id', 'type'] }
)
const user = fc.record(
  {
    id,
    is_bot: fc.boolean(),
    first_name: fc.string({ maxLength: 5 }),
    username: fc.constantFrom('gongyou_bot', 'someone', ''),
  },
  { requiredKeys: ['id'] }
)
const entity = fc.record({
  type: fc.constantFrom('bot_command', 'mention', 'url', 'bold', 'x'),
  offset: fc.integer({ min: -2, max: 300 }),
  length: fc.integer({ min: -2, max: 300 }),
})
const message = fc.record(
  {
    message_id: id,
    date: fc.integer(),
    chat,
    from: user,
    text,
    caption: text,
    entities: fc.array(entity, { maxLength: 3 }),
    reply_to_message: fc.record(
      { message_id: fc.integer(), date: fc.integer(), chat, from: user },
      { requiredKeys: [] }
    ),
    photo: fc.constant([{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }]),
    sticker: fc.constant({ file_id: 'x' }),
  },
  { requiredKeys: ['chat'] }
)
const callback = fc.record(
  {
    id: fc.string({ maxLength: 8 }),
    from: user,
    data: fc.oneof(
      fc.constantFrom(...TOPICS.map((t) => `topic:${t.id}`), 'topic:', 'topic:nope', 'x'),
      fc.string({ maxLength: 20 })
    ),
    message,
    chat_instance: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: ['id'] }
)
const update = fc.record(
  {
    update_id: id,
    message,
    edited_message: message,
    channel_post: message,
    callback_query: callback,
    my_chat_member: fc.jsonValue(),
  },
  { requiredKeys: ['update_id'] }
)
const body = fc.oneof(
  { weight: 6, arbitrary: update.map((u) => JSON.stringify(u)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: anyString(200) }
)

describe(`POST /webhook/telegram with the secret and arbitrary updates: 200 or 4xx, never 5xx (${RUNS.http} runs per property)`, () => {
  it('update-shaped JSON, any JSON and garbage', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = api.calls.length
        const res = await app.request('/webhook/telegram', {
          method: 'POST',
          body: b,
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': SECRET,
          },
        })
        expect(res.status === 200 || (res.status >= 400 && res.status < 500)).toBe(true)
        await res.arrayBuffer()
        for (const call of api.calls.slice(before)) {
          const t = call.payload['text']
          if (typeof t === 'string') expect([...t].length).toBeLessThanOrEqual(4096)
        }
      }),
      { numRuns: RUNS.http }
    )
    // The property did reach the bot's handlers.
    expect(api.calls.some((c) => c.method === 'sendMessage')).toBe(true)
  }, 180_000)

  it('without the secret, any body → 401 and no Bot API call', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.option(fc.string({ maxLength: 20 })), async (b, secret) => {
        fc.pre(secret !== SECRET)
        const before = api.calls.length
        const res = await app.request('/webhook/telegram', {
          method: 'POST',
          body: b,
          headers: {
            'content-type': 'application/json',
            ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}),
          },
        })
        expect(res.status).toBe(401)
        expect(api.calls.length).toBe(before)
      }),
      { numRuns: RUNS.http }
    )
  }, 120_000)
})

describe('what the fuzzed updates logged', () => {
  it('failures went to the structured log: JSON lines with a level and an error name, no message fields', () => {
    expect(logLines.length).toBeGreaterThan(0)
    for (const line of logLines) {
      const entry = JSON.parse(line) as Record<string, unknown>
      expect(entry['level']).toBeTypeOf('string')
      expect(
        Object.keys(entry).every((k) =>
          ['t', 'level', 'msg', 'error', 'platform', 'kind', 'group', 'notice', 'replied'].includes(
            k
          )
        ),
        line
      ).toBe(true)
    }
  })
})
