/**
 * What each chat platform is doing, for `/healthz`: a webhook route is mounted ("webhook"),
 * Telegram long polling is connecting ("starting") or receiving updates ("polling"), an outbound
 * connection's state ("ws: connected"), or a failure ("error: …", a short reason without secrets
 * or message text).
 * @module
 */

/**
 * One platform's state; the `error: ` prefix marks a failure. Outbound connections (Feishu's
 * long connection, DingTalk Stream) show their mode first: "ws: connected", "stream: connecting".
 */
export type PlatformState =
  'webhook' | 'polling' | 'starting' | `error: ${string}` | `${'ws' | 'stream'}: ${ConnectionState}`

/** Where an outbound connection is; `retrying` waits out a backoff after the SDK gave up. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'retrying' | 'stopped'

/** A small registry the app reads and the runtimes (Telegram polling) write. */
export interface PlatformStatus {
  set(platform: string, state: PlatformState): void
  /** A copy, platforms in the order first set. */
  snapshot(): Record<string, PlatformState>
}

/** The in-memory status every runtime uses (one per process or isolate). */
export function createPlatformStatus(): PlatformStatus {
  const states = new Map<string, PlatformState>()
  return {
    set: (platform, state) => void states.set(platform, state),
    snapshot: () => Object.fromEntries(states),
  }
}
