import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { zValidator } from '@hono/zod-validator'
import * as z from 'zod'
import { ask, type CalculateFn, MAX_QUESTION_CHARS } from '../core/ask'
import { AppError } from '../core/errors'
import type { Library } from '../core/knowledge/library'
import { MESSAGES } from '../core/answer/messages'
import { runCalculator } from '../core/calc/registry'
import { paramTableOf } from '../core/calc-bridge'
import type { Config } from './config'
import type { AppContext } from './app-context'
import { log } from './log'
import { createPlatformStatus, type PlatformStatus } from './platform-status'
import { createBodyLimit } from './body-limit'
import { mountTelegram } from './mount-telegram'
import { type PlatformOverrides, mountPlatforms } from './mount-platforms'
import { createKvDedupStore, createMemoryDedupStore } from '../platforms/shared/dedup-store'
import { type KeyValueStore, createMemoryKeyValueStore } from '../platforms/shared/kv-store'
import { createRateLimiter } from '../platforms/shared/rate-limit'
import { mountWeb } from './mount-web'

/** Largest request body any route accepts. */
export const MAX_BODY_BYTES = 64 * 1024

export interface AppOptions {
  library: Library
  config: Config
  calculate?: CalculateFn
  /** The clock (tests pin it). */
  now?: () => Date
  /**
   * Shared short-lived state: dedup keys and Telegram follow-ups. Default: in memory. The Worker
   * passes Workers KV (behind a memory layer) when a KV namespace is bound.
   */
  store?: KeyValueStore
  /** Parts a deployment or a test may swap (dedup stores, the Feishu client, the rate limiter). */
  platforms?: PlatformOverrides
  /**
   * Where /healthz reads each platform's state. Webhook platforms are set here; the Node entry
   * passes the same object to Telegram long polling. Default: a new one.
   */
  status?: PlatformStatus
}

export const AskBodySchema = z.object({
  q: z
    .string({ error: 'q must be a string' })
    .trim()
    .min(1, 'q must not be empty')
    .max(MAX_QUESTION_CHARS, `q must be at most ${MAX_QUESTION_CHARS} characters`),
})

const STATUS: Record<AppError['code'], 400 | 401 | 404 | 413 | 500> = {
  'invalid-input': 400,
  unauthorized: 401,
  'not-found': 404,
  'payload-too-large': 413,
  'invalid-article': 500,
}

/**
 * The Hono app: one route per platform, the JSON API, /healthz; errors mapped to HTTP once.
 * Runtime-neutral: the Node and Worker entries only pass in the library and the config.
 */
export function createApp(options: AppOptions): Hono {
  const { library, config } = options
  const status = options.status ?? createPlatformStatus()
  const now = options.now ?? (() => new Date())
  const askQuestion = (q: string) =>
    ask(q, {
      library,
      today: now(),
      ...(options.calculate ? { calculate: options.calculate } : {}),
    })
  const ctx: AppContext = {
    library,
    config,
    ask: askQuestion,
    now,
    ...(options.calculate ? { calculate: options.calculate } : {}),
  }
  const app = new Hono()
  const clockMs = () => now().getTime()
  const store = options.store ?? createMemoryKeyValueStore({ now: clockMs })
  // With a shared store (Workers KV), dedup goes through it; otherwise an in-memory LRU each.
  const dedupFor =
    options.platforms?.dedup ??
    (options.store
      ? () => createKvDedupStore(store)
      : () => createMemoryDedupStore({ now: clockMs }))
  const rateLimiter =
    options.platforms?.rateLimiter ??
    createRateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE, now: clockMs })
  const platforms: PlatformOverrides = { ...options.platforms, dedup: dedupFor, rateLimiter }

  app.use(
    '*',
    createBodyLimit({
      maxBytes: MAX_BODY_BYTES,
      onTooLarge: (c) =>
        c.json(
          { error: 'payload-too-large', message: `request body over ${MAX_BODY_BYTES} bytes` },
          413
        ),
    })
  )

  // ok: the HTTP side answers. A failing platform shows as "error: …" under platforms without
  // turning ok false, so a supervisor does not restart every channel because of one.
  app.get('/healthz', (c) =>
    c.json({ ok: true, articles: library.articles.length, platforms: status.snapshot() })
  )

  app.post(
    '/api/ask',
    zValidator('json', AskBodySchema, (result, c) => {
      if (!result.success)
        return c.json(
          { error: 'invalid-input', message: result.error.issues.map((i) => i.message).join('; ') },
          400
        )
      return undefined
    }),
    (c) => c.json(askQuestion(c.req.valid('json').q))
  )

  app.get('/api/articles/:id', (c) => {
    const article = library.byId.get(c.req.param('id'))
    if (!article) return c.json({ error: 'not-found', message: 'no article with this id' }, 404)
    return c.json(article)
  })

  const table = library.params ? paramTableOf(library) : null
  app.post('/api/calc/:name', async (c) => {
    let input: unknown
    try {
      input = await c.req.json()
    } catch {
      return c.json(
        { error: 'invalid-input', message: 'body must be a JSON object of calculator params' },
        400
      )
    }
    if (!table)
      return c.json({ error: 'not-found', message: 'no parameter table in this build' }, 404)
    const run = runCalculator(c.req.param('name'), input, table, now())
    if (run.ok) return c.json(run.result)
    if (run.error === 'unknown-calculator')
      return c.json(
        {
          error: 'not-found',
          message: `unknown calculator; one of: ${run.names.join(', ')}`,
          names: run.names,
        },
        404
      )
    return c.json({ error: 'invalid-input', message: run.message }, 400)
  })

  if (
    mountTelegram(app, config, {
      ask: askQuestion,
      library,
      dedup: dedupFor('telegram'),
      rateLimiter,
      store,
      now,
      log: (level, msg, fields) => log(level, msg, fields),
      render: config.PUBLIC_BASE_URL
        ? { articleUrl: (id) => `${config.PUBLIC_BASE_URL}/articles/${id}` }
        : {},
    })
  )
    status.set('telegram', 'webhook')

  mountPlatforms(app, ctx, platforms, status)
  mountWeb(app, ctx)

  app.notFound((c) =>
    c.json({ error: 'not-found', message: `no route ${c.req.method} ${c.req.path}` }, 404)
  )
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      // Keep platform responses (e.g. grammY's 401) as they are; give our JSON routes JSON.
      if (!c.req.path.startsWith('/api/')) return err.getResponse()
      return c.json(
        {
          error: err.status === 400 ? 'invalid-input' : 'http-error',
          message: err.message || 'bad request',
        },
        err.status
      )
    }
    if (err instanceof AppError)
      return c.json({ error: err.code, message: err.message }, STATUS[err.code])
    if (err instanceof SyntaxError)
      return c.json({ error: 'invalid-input', message: 'malformed JSON body' }, 400)
    console.error(
      JSON.stringify({
        level: 'error',
        msg: 'unhandled',
        error: err.name,
        detail: err.message.slice(0, 200),
      })
    )
    return c.json({ error: 'internal', message: MESSAGES.fallback }, 500)
  })
  return app
}
