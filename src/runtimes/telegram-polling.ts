/**
 * Telegram long polling (Node, no public URL needed), built so that nothing Telegram does can
 * take the process down: the HTTP API and every other platform keep answering.
 *
 * grammY's runner (`@grammyjs/runner`) processes updates concurrently, one chat at a time
 * (`sequentialize`); the update source is ours, because the runner's own fetcher rethrows 401
 * and 409 out of the runner and backs off without a ceiling (after a long outage it would wait
 * hours). Ours: 401 stops polling with one log line; 409 (a webhook is set, or another
 * instance polls) and every other failure are retried with a capped backoff; a malformed
 * response counts as a failure; each change of state is logged once and shown on /healthz.
 */
import {
  createConcurrentSink,
  createRunner,
  createSource,
  sequentialize,
  type UpdateSupplier,
} from '@grammyjs/runner'
import { type Bot, Context, GrammyError, HttpError } from 'grammy'
import type { Update } from 'grammy/types'
import type { Config } from '../app/config'
import type { ReportRecorder } from '../app/report'
import { chatDepsFactory } from '../app/chat-deps'
import { log } from '../app/log'
import { telegramBotOptions } from '../app/mount-telegram'
import { createTelegramBot } from '../platforms/telegram'
import type { PlatformState, PlatformStatus } from '../app/platform-status'
import { ask, type CalculateFn, type Library } from '../core'
import { createChatLimits, createMemoryKeyValueStore } from '../chat'

/** Seconds Telegram holds one getUpdates open when there is nothing new. */
const LONG_POLL_SECONDS = 30
/** Backoff after a failed getUpdates: doubles from the first to the last value. */
export const POLL_BACKOFF_MS = { first: 1000, max: 60_000 } as const
/** Updates handled at once (each chat still one at a time). */
const CONCURRENCY = 50

/** A running poller. */
export interface TelegramPolling {
  /** Stops fetching; resolves once the updates in hand are handled (callers bound the wait). */
  stop(): Promise<void>
  /** Updates being handled now. */
  size(): number
}

export interface PollingOptions {
  /** Where the state goes (/healthz). */
  status?: PlatformStatus
  /** Backoff bounds (tests shorten them). */
  backoffMs?: { first: number; max: number }
  /** The report recorder: questions and 👍/👎 from polling are recorded like the webhook's. */
  recorder?: ReportRecorder
}

/** Thrown by the source when polling must stop for good (a revoked or wrong token). */
class PollingStopped extends Error {
  override name = 'PollingStopped'
}

/** Builds the bot as the webhook has it and starts polling. Never throws, never rejects. */
export function startTelegramPolling(
  config: Config,
  library: Library,
  calculate?: CalculateFn,
  options: PollingOptions = {}
): TelegramPolling {
  // The same bot construction as the webhook (the conversation layer, a per-member limit,
  // in-memory conversations); getUpdates is held open LONG_POLL_SECONDS, so calls get 15 s more.
  const now = () => new Date()
  const deps = chatDepsFactory(
    {
      library,
      config,
      now,
      ask: (q) => ask(q, { library, today: now(), ...(calculate ? { calculate } : {}) }),
      recordAnswer: (platform, result) => options.recorder?.afterAnswer(platform, result),
      recordFeedback: (platform, event) => options.recorder?.afterFeedback({ platform, ...event }),
    },
    createMemoryKeyValueStore(),
    { limits: createChatLimits(config.RATE_LIMIT_PER_MINUTE) }
  )
  const bot = createTelegramBot(
    telegramBotOptions(config, deps('telegram'), { timeoutSeconds: LONG_POLL_SECONDS + 15 })!
  )
  return pollBot(bot, options)
}

/** Polls `bot` until stopped; see the module comment. Exported for tests. */
export function pollBot(bot: Bot, options: PollingOptions = {}): TelegramPolling {
  const backoff = options.backoffMs ?? POLL_BACKOFF_MS
  let state: PlatformState | undefined
  const setState = (next: PlatformState, level: 'info' | 'warn' | 'error', msg: string) => {
    options.status?.set('telegram', next)
    if (next === state) return
    state = next
    log(level, msg, { platform: 'telegram', state: next })
  }
  setState('starting', 'info', 'telegram polling starting')

  let offset = 0
  const supply: UpdateSupplier<Update>['supply'] = async (batchSize, signal) => {
    let wait = backoff.first
    for (;;) {
      try {
        const result: unknown = await bot.api.getUpdates(
          { offset, limit: Math.max(1, Math.min(batchSize, 100)), timeout: LONG_POLL_SECONDS },
          signal
        )
        const updates = validUpdates(result)
        // Nothing usable in a non-empty batch: retrying at once would spin on the same answer.
        if (updates === null) throw new TypeError('malformed getUpdates response')
        for (const u of updates) offset = Math.max(offset, u.update_id + 1)
        setState('polling', 'info', 'telegram polling')
        return updates
      } catch (err) {
        if (signal.aborted) throw err
        const failure = describe(err)
        if (failure.stop) {
          setState(failure.state, 'error', failure.message)
          throw new PollingStopped(failure.message)
        }
        setState(failure.state, 'warn', failure.message)
        await sleep(Math.max(wait, failure.retryAfterMs ?? 0), signal)
        wait = Math.min(wait * 2, backoff.max)
      }
    }
  }

  // One chat's updates in order; different chats in parallel.
  const inOrder = sequentialize<Update>((u) => {
    const ctx = new Context(u, bot.api, bot.botInfo)
    const id = ctx.chat?.id ?? ctx.from?.id
    return id === undefined ? [] : String(id)
  })
  const sink = createConcurrentSink<Update>(
    { consume: (u) => inOrder(u, () => bot.handleUpdate(u)) },
    // createTelegramBot's guard middleware logs a handler's error; this sees only what escapes it.
    async (err) => log('error', 'telegram update failed', { error: errorName(err) }),
    { concurrency: CONCURRENCY }
  )
  const runner = createRunner(createSource({ supply }), sink)
  runner.start()
  const task = runner.task()
  const done = (task ?? Promise.resolve()).catch((err: unknown) => {
    if (!(err instanceof PollingStopped))
      log('error', 'telegram polling ended', { platform: 'telegram', error: errorName(err) })
  })
  return {
    stop: async () => {
      await runner.stop()?.catch(() => undefined)
      await done
      // Let updates in hand finish; the caller bounds the wait (node.ts exits after its grace).
      while (runner.size() > 0) await new Promise((r) => setTimeout(r, 50))
    },
    size: () => runner.size(),
  }
}

/** The updates of a getUpdates result, or null when a non-empty result has none usable. */
export function validUpdates(result: unknown): Update[] | null {
  if (!Array.isArray(result)) return null
  const updates = result.filter(
    (u): u is Update =>
      typeof u === 'object' &&
      u !== null &&
      Number.isSafeInteger((u as { update_id?: unknown }).update_id) &&
      (u as { update_id: number }).update_id >= 0
  )
  return updates.length === 0 && result.length > 0 ? null : updates
}

interface Failure {
  state: PlatformState
  message: string
  stop?: boolean
  retryAfterMs?: number
}

/** What a failed getUpdates means, in one log line (no token: grammY's messages carry none). */
function describe(err: unknown): Failure {
  if (err instanceof GrammyError) {
    if (err.error_code === 401)
      return {
        state: 'error: 401 unauthorized: TELEGRAM_BOT_TOKEN rejected, polling stopped',
        message:
          'telegram polling stopped: the Bot API rejected TELEGRAM_BOT_TOKEN (401); fix the token and restart',
        stop: true,
      }
    if (err.error_code === 409)
      return {
        state: 'error: 409 conflict: a webhook is set or another instance is polling; retrying',
        message:
          'telegram polling conflict (409): this bot has a webhook set (deleteWebhook, or set TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET to use it) or another instance is polling; retrying',
      }
    const retryAfter = err.parameters.retry_after
    return {
      state: `error: Bot API answered ${err.error_code}; retrying`,
      message: `telegram polling failed (${err.error_code}); retrying`,
      ...(retryAfter ? { retryAfterMs: retryAfter * 1000 } : {}),
    }
  }
  // grammY wraps a body that is not JSON (an HTML error page from a proxy) as an HttpError too:
  // node-fetch's FetchError of type invalid-json on Node, a SyntaxError elsewhere.
  if (err instanceof HttpError && !notJson(err.error))
    return {
      state: 'error: Bot API unreachable; retrying',
      message: 'telegram polling: Bot API unreachable; retrying',
    }
  return {
    state: 'error: malformed Bot API response; retrying',
    message: 'telegram polling: malformed Bot API response; retrying',
  }
}

function notJson(err: unknown): boolean {
  return err instanceof SyntaxError || (err as { type?: unknown } | null)?.type === 'invalid-json'
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err
}

/** What sleep needs of a signal (the runner's Node build passes an abort-controller shim). */
interface Abortable {
  addEventListener(type: 'abort', listener: () => void): void
  removeEventListener(type: 'abort', listener: () => void): void
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function sleep(ms: number, signal: Abortable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done)
  })
}
