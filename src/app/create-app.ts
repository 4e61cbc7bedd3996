import { type Context, Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import * as z from 'zod'
import {
  ask,
  type CalculateFn,
  AppError,
  type Library,
  MAX_QUESTION_CHARS,
  MESSAGES,
  runCalculator,
  paramTableOf,
} from '../core'
import type { Config } from './config'
import type { AppContext } from './app-context'
import { createPlatformStatus, type PlatformStatus } from './platform-status'
import { createBodyLimit } from './body-limit'
import { mountTelegram } from './mount-telegram'
import { type PlatformOverrides, mountPlatforms } from './mount-platforms'
import {
  type KeyValueStore,
  createChatLimits,
  createKvDedupStore,
  createMemoryDedupStore,
  createMemoryKeyValueStore,
} from '../chat'
import { log } from './log'
import { mountWeb } from './mount-web'
import { WEB_FORM_PATH, webErrorResponse } from '../platforms/web'
import { type ReportRecorder, type ReportStore, createReportRecorder } from './report'
import { mountAdmin } from './report/mount-admin'
import { chatDepsFactory } from './chat-deps'
import { mountChatApi } from './mount-chat-api'
import { validJson } from './valid-json'
import { createAnswerCache } from './answer-cache'

/** Largest request body any route accepts. */
export const MAX_BODY_BYTES = 64 * 1024

export interface AppOptions {
  library: Library
  config: Config
  calculate?: CalculateFn
  /** The clock (tests pin it). */
  now?: () => Date
  /**
   * Shared short-lived state: dedup keys and conversations. Default: in memory. The Worker
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
  /**
   * The report store (migrated): SQLite on Node, D1 on Workers. Without it nothing is recorded
   * and /admin says no store is configured. REPORT_STORE=off keeps it for /admin, records nothing.
   */
  reportStore?: Promise<ReportStore>
  /**
   * A recorder the runtime made over `reportStore` (Node: to flush it on shutdown and share it
   * with long polling). Default: one made here when the store is set and REPORT_STORE is on.
   */
  recorder?: ReportRecorder
}

export const AskBodySchema = z.object({
  q: z
    .string({ error: 'q must be a string' })
    .trim()
    .min(1, 'q must not be empty')
    .max(MAX_QUESTION_CHARS, `q must be at most ${MAX_QUESTION_CHARS} characters`),
})

const JSON_HEADERS = { 'Content-Type': 'application/json' }

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
  const askOn = (q: string, today: Date) =>
    ask(q, { library, today, ...(options.calculate ? { calculate: options.calculate } : {}) })
  const askQuestion = (q: string) => askOn(q, now())
  const answerApi = createAnswerCache({ maxEntries: config.ANSWER_CACHE_SIZE, ask: askOn, now })
  const recorder =
    options.recorder ??
    (options.reportStore && config.REPORT_STORE === 'on'
      ? createReportRecorder({
          store: options.reportStore,
          retentionDays: config.REPORT_RETENTION_DAYS,
          now,
          log,
        })
      : undefined)
  const ctx: AppContext = {
    library,
    config,
    ask: askQuestion,
    now,
    ...(options.calculate ? { calculate: options.calculate } : {}),
    recordAnswer: (platform, result) => recorder?.afterAnswer(platform, result),
    recordFeedback: (platform, event) => recorder?.afterFeedback({ platform, ...event }),
    settleReports: () => recorder?.flush() ?? Promise.resolve(),
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
  const limits =
    options.platforms?.limits ?? createChatLimits(config.RATE_LIMIT_PER_MINUTE, clockMs)
  const platforms: PlatformOverrides = { ...options.platforms, dedup: dedupFor, limits }
  const chatDeps = chatDepsFactory(ctx, store, platforms)

  // Report writes queued while handling a request: on Workers, keep the isolate until they land.
  if (recorder) {
    // A runtime gives every request an executionCtx (Workers) or none (Node, where Hono's getter
    // throws): after the first throw, stop asking. The throw, with its stack trace, cost every
    // request on Node while writes were queued, i.e. all the time under load.
    let hasExecutionCtx = true
    app.use('*', async (c, next) => {
      await next()
      if (!hasExecutionCtx || !recorder.pending()) return
      const waitUntil = waitUntilOf(c)
      if (waitUntil) waitUntil(recorder.flush())
      else hasExecutionCtx = false
    })
  }

  app.use(
    '*',
    createBodyLimit({
      maxBytes: MAX_BODY_BYTES,
      // The page's own forms get a Chinese page; API and webhook callers keep the JSON.
      onTooLarge: (c) =>
        WEB_FORM_PATH.test(c.req.path)
          ? webErrorResponse(413, MAX_BODY_BYTES)
          : c.json(
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

  // The same body c.json(result) would send (JSON.stringify, application/json), made once per
  // question and day when the answer cache is on.
  app.post('/api/ask', validJson(AskBodySchema), (c) => {
    const answer = answerApi(c.req.valid('json').q)
    ctx.recordAnswer?.('api', answer.record)
    return c.body(answer.json, 200, JSON_HEADERS)
  })

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

  mountChatApi(app, chatDeps('api'))
  if (mountTelegram(app, config, chatDeps('telegram'))) status.set('telegram', 'webhook')
  mountPlatforms(app, ctx, chatDeps, platforms, status)
  if (config.ADMIN_TOKEN)
    mountAdmin(app, {
      token: config.ADMIN_TOKEN,
      store: options.reportStore,
      library,
      now,
      retentionDays: config.REPORT_RETENTION_DAYS,
    })
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

/** The Worker's waitUntil for this request; undefined on Node (Hono's getter throws there). */
function waitUntilOf(c: Context): ((p: Promise<unknown>) => void) | undefined {
  try {
    const ec = c.executionCtx
    return (p) => ec.waitUntil(p)
  } catch {
    return undefined
  }
}
