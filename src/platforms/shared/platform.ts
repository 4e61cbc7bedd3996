/**
 * What every chat adapter is and gets: handle(request) → response, and the conversation layer's
 * deps, passed through to handleInbound untouched.
 * @module
 */
import type { ChatDeps, ChatLog } from '../../chat'

/** Extra runtime hooks for one request (Workers: keep a reply alive after the response). */
export interface HandleOptions {
  waitUntil?: (promise: Promise<unknown>) => void
}

/** A chat platform's webhook: verify → parse → ask → render → Response. */
export interface PlatformAdapter {
  handle(request: Request, options?: HandleOptions): Promise<Response>
}

/** Logs a line; fields never carry message text or raw user/chat ids. */
export type PlatformLog = ChatLog

/** What the app hands every adapter: the conversation layer's deps. */
export type AdapterDeps = ChatDeps

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

/** A verified request timestamp (seconds, or ms) as a Date, for the dedup horizon check. */
export function signedAt(
  timestamp: string | null | undefined,
  unit: 's' | 'ms' = 's'
): Date | undefined {
  if (!timestamp || !/^\d{1,16}$/.test(timestamp)) return undefined
  return new Date(unit === 's' ? Number(timestamp) * 1000 : Number(timestamp))
}

/** Webhook replay window for WeChat and WeCom (they retry within seconds). */
export const WX_TIMESTAMP_WINDOW_SEC = 300
