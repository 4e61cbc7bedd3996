/**
 * An outbound connection's state (Feishu's long connection, DingTalk Stream): every report goes
 * to /healthz, and each change is logged once, so a connection failing the same way on every
 * retry writes one line, not one per attempt.
 * @module
 */
import { log, type LogLevel } from '../app/log'
import type { PlatformState, PlatformStatus } from '../app/platform-status'

/** The state last reported, and the way to report the next. */
export interface ConnectionStateReporter {
  readonly current: PlatformState | undefined
  set(next: PlatformState, level?: LogLevel): void
}

/**
 * @param platform the /healthz key and the log's `platform` field
 * @param message the log line's `msg` (never message text)
 * @example const state = createConnectionState('feishu', 'feishu long connection', status)
 */
export function createConnectionState(
  platform: string,
  message: string,
  status?: PlatformStatus
): ConnectionStateReporter {
  let current: PlatformState | undefined
  return {
    get current() {
      return current
    },
    set(next, level = 'info') {
      status?.set(platform, next)
      if (next === current) return
      current = next
      log(level, message, { platform, state: next })
    },
  }
}
