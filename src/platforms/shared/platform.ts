/**
 * What every chat adapter is and gets: handle(request) → response, the bound ask(), a clock,
 * a dedup store and a privacy-safe logger.
 * @module
 */
import type { AskResult } from '../../core/answer/answer'
import { MESSAGES } from '../../core/answer/messages'
import type { DedupStore } from './dedup-store'
import type { RateDecision, RateLimiter } from './rate-limit'
import { chatKey } from './fingerprint'

/** Extra runtime hooks for one request (Workers: keep a reply alive after the response). */
export interface HandleOptions {
  waitUntil?: (promise: Promise<unknown>) => void
}

/** A chat platform's webhook: verify → parse → ask → render → Response. */
export interface PlatformAdapter {
  handle(request: Request, options?: HandleOptions): Promise<Response>
}

/** Logs a line; fields never carry message text or raw user/chat ids. */
export type PlatformLog = (
  level: 'info' | 'warn' | 'error',
  msg: string,
  fields?: Record<string, string | number | boolean>
) => void

/** What the app hands every adapter. */
export interface AdapterDeps {
  ask: (question: string) => AskResult
  now: () => Date
  dedup: DedupStore
  /** Per-chat question limit; absent means no limit. */
  rateLimiter?: RateLimiter
  articleUrl?: (id: string) => string
  log?: PlatformLog
}

/** A JSON rejection; bad input is a 4xx with a clear body, never a crash. */
export function reject(
  status: 400 | 401 | 403 | 404 | 405,
  error: string,
  message: string
): Response {
  return new Response(JSON.stringify({ error, message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

/** Plain-text response. */
export function textResponse(body: string, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status: 200, headers: { 'content-type': contentType } })
}

/** JSON response. */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

/**
 * True if a timestamp (seconds, or milliseconds when `unit` says so) lies within `windowSec`
 * of now. Anything unparsable is stale.
 */
export function isFresh(
  timestamp: string | null | undefined,
  now: Date,
  windowSec: number,
  unit: 's' | 'ms' = 's'
): boolean {
  if (!timestamp || !/^\d{1,16}$/.test(timestamp)) return false
  const ms = unit === 's' ? Number(timestamp) * 1000 : Number(timestamp)
  return Math.abs(now.getTime() - ms) <= windowSec * 1000
}

/** Calls ask(); a failure is logged and becomes null, so the user gets the kind fallback text. */
export function safeAsk(deps: AdapterDeps, platform: string, question: string): AskResult | null {
  try {
    return deps.ask(question)
  } catch (err) {
    deps.log?.('error', 'ask failed', {
      platform,
      error: err instanceof Error ? err.name : 'unknown',
    })
    return null
  }
}

/**
 * Counts a question from `chatId` against the per-chat limit: 'allow' → answer, 'notice' →
 * send PLATFORM_TEXT.rateLimited once, 'drop' → acknowledge without a reply.
 */
export function admit(
  deps: Pick<AdapterDeps, 'rateLimiter' | 'log'>,
  platform: string,
  chatId: string | number
): RateDecision {
  const decision = deps.rateLimiter?.hit(chatKey(platform, chatId)) ?? 'allow'
  if (decision !== 'allow')
    deps.log?.('info', 'rate limited', { platform, notice: decision === 'notice' })
  return decision
}

/** The fallback text when ask() fails. */
export const FALLBACK_TEXT = MESSAGES.fallback

/** Webhook replay window for WeChat and WeCom (they retry within seconds). */
export const WX_TIMESTAMP_WINDOW_SEC = 300
