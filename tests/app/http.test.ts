import { describe, expect, it } from 'vitest'
import { createApp, MAX_BODY_BYTES } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const app = createApp({ library, config: parseConfig({}) })
const post = (path: string, body: string, type = 'application/json') =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': type } })

describe('HTTP API', () => {
  it('GET /healthz reports the article count and no platform when none is configured', async () => {
    const res = await app.request('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, articles: library.articles.length, platforms: {} })
  })

  it('GET /healthz reports each configured platform as "webhook"', async () => {
    const configured = createApp({
      library,
      config: parseConfig({
        TELEGRAM_BOT_TOKEN: '123:abc',
        TELEGRAM_WEBHOOK_SECRET: 'secret',
        DINGTALK_APP_SECRET: 'x',
      }),
    })
    const body = (await (await configured.request('/healthz')).json()) as Record<string, unknown>
    expect(body['platforms']).toEqual({ telegram: 'webhook', dingtalk: 'webhook' })
  })

  it('POST /api/ask returns the documented JSON shape', async () => {
    const res = await post('/api/ask', JSON.stringify({ q: '老板拖欠我两个月工资怎么办' }))
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['q', 'declined', 'hits', 'answer', 'calculation'])
    )
    expect(body['declined']).toBe(false)
    const hits = body['hits'] as Array<{ id: string; topic: string; title: string; score: number }>
    expect(hits[0]).toMatchObject({ topic: 'wage-arrears' })
    expect(typeof hits[0]!.score).toBe('number')
    expect((body['answer'] as { text: string }).text).toMatch(/12333/)
  })

  it.each([
    ['empty q', JSON.stringify({ q: '   ' }), /empty/],
    ['missing q', JSON.stringify({}), /string/],
    ['q not a string', JSON.stringify({ q: 42 }), /string/],
    ['q too long', JSON.stringify({ q: '工'.repeat(1001) }), /1000/],
    ['malformed JSON', '{"q": ', /JSON/i],
  ])('POST /api/ask with %s → 400 and a clear message', async (_name, body, message) => {
    const res = await post('/api/ask', body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toMatch(message)
  })

  it('bodies over 64 KiB → 413, on known and unknown routes', async () => {
    const big = JSON.stringify({ q: 'x'.repeat(MAX_BODY_BYTES) })
    expect((await post('/api/ask', big)).status).toBe(413)
    expect((await post('/no/such/route', big)).status).toBe(413)
  })

  it('GET /api/articles/:id returns an article or 404', async () => {
    const id = library.articles[0]!.id
    const ok = await app.request(`/api/articles/${id}`)
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as { id: string }).id).toBe(id)
    expect((await app.request('/api/articles/no-such-article')).status).toBe(404)
  })

  it('the Telegram webhook is off (404) without a token and a secret', async () => {
    expect((await post('/webhook/telegram', '{}')).status).toBe(404)
  })
})
