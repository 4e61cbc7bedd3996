/**
 * Structured JSON logs that never carry message text or raw user/chat ids: callers pass ids
 * through {@link hashId} and log lengths or topics, never the question.
 * @module
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export type LogFields = Record<string, string | number | boolean | null | undefined>

/** Where log lines go (tests capture them). */
export type LogSink = (line: string) => void

let sink: LogSink = (line) => console.log(line)

/** Redirects logs (tests); returns the previous sink. */
export function setLogSink(next: LogSink): LogSink {
  const prev = sink
  sink = next
  return prev
}

export function log(level: LogLevel, msg: string, fields: LogFields = {}): void {
  sink(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }))
}

/** A short, non-reversible id for logs: the first 12 hex digits of SHA-256("gongyou:" + id). */
export async function hashId(id: string | number): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`gongyou:${id}`))
  return [...new Uint8Array(digest).slice(0, 6)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
}
