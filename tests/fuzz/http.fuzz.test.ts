import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import { createApp, MAX_BODY_BYTES } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { createCalculate } from '../../src/core/calc-bridge'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { anyString, questionLike, RUNS } from './arbitraries'
import { type FakeBotApi, startFakeBotApi } from './fake-bot-api'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)
const TOKEN = '123456:FUZZ-token'
const SECRET = 'fuzz_secret_1'
let api: FakeBotApi
let app: Hono

beforeAll(async () => {
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
afterAll(() => api.close())

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  'application/xml',
]

/** Bodies for POST /api/ask: JSON of any shape, {q: anything}, near-valid, and raw garbage. */
const askBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((q) => JSON.stringify({ q })),
  fc.oneof(questionLike(1200), anyString(100)).map((q) => JSON.stringify({ q })),
  fc
    .tuple(questionLike(60), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue()))
    .map(([q, extra]) => JSON.stringify({ ...extra, q })),
  anyString(300),
  fc.constantFrom(
    '{',
    '{"q":',
    '{"q":"\\ud800"}',
    '{"q":"a"}'.repeat(3),
    'null',
    '[]',
    '"q"',
    '{"__proto__":{"q":1}}',
    '{"q":{"toString":1}}'
  )
)

describe(`POST /api/ask with arbitrary bodies: always 200, 400 or 413 (${RUNS.http} runs per property)`, () => {
  it('JSON, near-JSON and garbage bodies with any content type', async () => {
    await fc.assert(
      fc.asyncProperty(askBody, fc.constantFrom(...CONTENT_TYPES), async (body, type) => {
        const res = await app.request('/api/ask', {
          method: 'POST',
          body,
          headers: type ? { 'content-type': type } : {},
        })
        expect([200, 400, 413]).toContain(res.status)
        const json = (await res.json()) as Record<string, unknown>
        if (res.status !== 200) expect(typeof json['message']).toBe('string')
      }),
      { numRuns: RUNS.http }
    )
  }, 120_000)

  it('any method and path never gets a 5xx', async () => {
    const path = fc.oneof(
      fc.constantFrom(
        '/',
        '/healthz',
        '/api/ask',
        '/api/articles/x',
        '/api/calc/severance',
        '/webhook/telegram',
        '/webhook/wechat',
        '/webhook/feishu',
        '/webhook/dingtalk',
        '/webhook/wecom',
        '/articles/x',
        '/calc/x',
        '/intake'
      ),
      fc.webPath().map((p) => p || '/')
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
        path,
        askBody,
        async (method, p, body) => {
          const hasBody = method !== 'GET' && method !== 'HEAD'
          const res = await app.request(p, {
            method,
            ...(hasBody ? { body, headers: { 'content-type': 'application/json' } } : {}),
          })
          expect(res.status).toBeLessThan(500)
          await res.arrayBuffer()
        }
      ),
      { numRuns: RUNS.http }
    )
  }, 120_000)
})

describe('bodies over 64 KiB → 413 on every route', () => {
  const routes = [
    '/api/ask',
    '/api/calc/severance',
    '/webhook/telegram',
    '/webhook/wechat',
    '/webhook/wecom',
    '/webhook/feishu',
    '/webhook/dingtalk',
    '/healthz',
    '/',
    '/no/such/route',
    '/api/articles/x',
  ]
  const big = 'x'.repeat(MAX_BODY_BYTES + 1)

  it.each(routes)('POST %s with a declared length', async (path) => {
    const res = await app.request(path, {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
    })
    expect(res.status).toBe(413)
  })

  it.each(routes)('POST %s streamed without a length', async (path) => {
    const chunk = new TextEncoder().encode('y'.repeat(8192))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent > MAX_BODY_BYTES + chunk.length) return ctrl.close()
        sent += chunk.length
        ctrl.enqueue(chunk)
      },
    })
    const res = await app.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
  })

  it('exactly 64 KiB is not rejected for size', async () => {
    const body = JSON.stringify({ q: 'x'.repeat(MAX_BODY_BYTES - 8) })
    expect(body.length).toBe(MAX_BODY_BYTES)
    const res = await app.request('/api/ask', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(400) // q over 1000 characters, but not 413
  })
})
