/**
 * Bounded load: ~10,000 mixed requests (valid, malformed, oversized, duplicate, Telegram updates)
 * against the app on @hono/node-server, in process, on 127.0.0.1 and a free port. No 5xx, no
 * crash, and the heap after GC stays flat between a warm-up and the end.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, MAX_BODY_BYTES } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { createCalculate } from '../../src/core/calc-bridge'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { ROOT } from '../../scripts/lib/read-knowledge'
import { type FakeBotApi, startFakeBotApi } from '../fuzz/fake-bot-api'

const TOTAL = Number(process.env['LOAD_REQUESTS'] ?? 10_000)
const WARM_UP = 1_000
const CONCURRENCY = 32
const SECRET = 'load_secret_1'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const heapAfterGc = () => {
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const library = loadBuiltLibrary()
const calculate = createCalculate(library)
// The project's own paraphrase sets: tests never read ../shared (users clone only the project).
const GOLDEN = resolve(ROOT, 'tests/golden')
const QUESTIONS: string[] = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(resolve(GOLDEN, f), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q)

let api: FakeBotApi
let server: ServerType
let base = ''
const restoreSink = setLogSink(() => {})

beforeAll(async () => {
  api = await startFakeBotApi()
  const app = createApp({
    library,
    ...(calculate ? { calculate } : {}),
    config: parseConfig({
      TELEGRAM_BOT_TOKEN: '123456:LOAD-token',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: api.apiRoot,
    }),
  })
  await new Promise<void>((ready) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      base = `http://127.0.0.1:${info.port}`
      ready()
    })
  })
})

afterAll(async () => {
  setLogSink(restoreSink)
  await new Promise<void>((done) => server.close(() => done()))
  await api.close()
})

type Kind =
  | 'valid'
  | 'duplicate'
  | 'malformed'
  | 'invalid'
  | 'oversized'
  | 'telegram'
  | 'telegram-duplicate'
  | 'get'
  | 'unknown'

/** The i-th request of the mix: deterministic, so a failure can be replayed. */
function requestFor(i: number): { kind: Kind; path: string; init: RequestInit } {
  const json = (path: string, body: string, headers: Record<string, string> = {}) => ({
    path,
    init: { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } },
  })
  const r = i % 20
  const q = QUESTIONS[i % QUESTIONS.length]!
  if (r < 9) return { kind: 'valid', ...json('/api/ask', JSON.stringify({ q })) }
  if (r < 11) return { kind: 'duplicate', ...json('/api/ask', JSON.stringify({ q: QUESTIONS[0] })) }
  if (r === 11)
    return {
      kind: 'malformed',
      ...json('/api/ask', ['{"q":', '{q:1}', '', '\u0000\u0001', '[1,2'][i % 5]!),
    }
  if (r === 12)
    return {
      kind: 'invalid',
      ...json(
        '/api/ask',
        JSON.stringify([{ q: 1 }, { q: '' }, { x: q }, { q: 'x'.repeat(1001) }][i % 4])
      ),
    }
  if (r === 13)
    return {
      kind: 'oversized',
      ...json(
        ['/api/ask', '/webhook/telegram', '/nope'][i % 3]!,
        JSON.stringify({ q: '工'.repeat(MAX_BODY_BYTES / 2) })
      ),
    }
  if (r === 14 || r === 15) {
    // r === 15: the same update, byte for byte, again and again (Telegram retries). Chats vary
    // so the per-chat rate limit (10 a minute) does not hide the reply path.
    const n = r === 14 ? i : 7
    const chat = 1000 + (n % 499)
    const update = {
      update_id: n,
      message: {
        message_id: n,
        date: 1700000000,
        chat: { id: chat, type: 'private', first_name: 'L' },
        from: { id: chat, is_bot: false, first_name: 'L' },
        text: r === 14 ? q : QUESTIONS[0],
      },
    }
    return {
      kind: r === 14 ? 'telegram' : 'telegram-duplicate',
      ...json('/webhook/telegram', JSON.stringify(update), {
        'x-telegram-bot-api-secret-token': SECRET,
      }),
    }
  }
  if (r === 16)
    return {
      kind: 'telegram',
      ...json('/webhook/telegram', '{}', { 'x-telegram-bot-api-secret-token': 'wrong' }),
    }
  if (r < 19)
    return {
      kind: 'get',
      path: ['/healthz', `/api/articles/${library.articles[i % library.articles.length]!.id}`][
        r - 17
      ]!,
      init: {},
    }
  return { kind: 'unknown', path: `/no/such/${i}`, init: { method: i % 2 ? 'GET' : 'DELETE' } }
}

async function run(from: number, to: number, statuses: Map<string, number>): Promise<void> {
  let next = from
  const worker = async () => {
    while (next < to) {
      const { kind, path, init } = requestFor(next++)
      const res = await fetch(base + path, init)
      await res.arrayBuffer()
      const key = `${kind} ${res.status}`
      statuses.set(key, (statuses.get(key) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

describe(`load: ${TOTAL} mixed requests on 127.0.0.1`, () => {
  it('no 5xx, no crash, heap flat', async () => {
    const statuses = new Map<string, number>()
    await run(0, WARM_UP, statuses)
    const heapBefore = heapAfterGc()
    const t0 = performance.now()
    await run(WARM_UP, TOTAL, statuses)
    const seconds = (performance.now() - t0) / 1000
    const heapAfter = heapAfterGc()

    const fivexx = [...statuses].filter(([k]) => Number(k.split(' ')[1]) >= 500)
    const total = [...statuses.values()].reduce((a, b) => a + b, 0)
    const summary = {
      requests: total,
      seconds: Math.round(seconds * 10) / 10,
      reqPerSec: Math.round((TOTAL - WARM_UP) / seconds),
      heapBeforeMiB: Math.round(heapBefore / 2 ** 20),
      heapAfterMiB: Math.round(heapAfter / 2 ** 20),
      statuses: Object.fromEntries([...statuses].sort()),
      botApiCalls: api.calls.length,
    }
    console.log(JSON.stringify(summary))
    expect(total).toBe(TOTAL)
    expect(fivexx).toEqual([])
    // Every distinct update answered exactly once; the retried one once in all.
    expect(api.calls.length).toBe((statuses.get('telegram 200') ?? 0) + 1)
    expect(statuses.get('oversized 413')).toBe(
      [...statuses].filter(([k]) => k.startsWith('oversized')).reduce((a, [, n]) => a + n, 0)
    )
    // Generous: the heap may grow by caches (idf, postings), not with the request count.
    expect(heapAfter - heapBefore).toBeLessThan(32 * 2 ** 20)
  }, 90_000)
})
