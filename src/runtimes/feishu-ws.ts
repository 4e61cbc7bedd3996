/**
 * Feishu's long connection (FEISHU_MODE=ws, Node only): the official SDK's `WSClient` opens an
 * outbound WebSocket, so a PC with no public address receives `im.message.receive_v1` events.
 * Each goes through the webhook's handling (answerFeishuEvent: dedup by event id, group
 * @-mentions, rate limit, follow-ups) and is answered through the reply API.
 *
 * Reconnecting is the SDK's: after a drop it waits the jitter and interval the Feishu gateway
 * hands out (ClientConfig.ReconnectNonce / ReconnectInterval). When the SDK gives up (credentials
 * refused, retries exhausted) we start it again after a capped exponential backoff. Each change
 * of state is logged once (never message text) and shown on /healthz as "ws: …" or "error: ws: …".
 * The SDK is loaded here, on first use (lark-sdk.ts), so it never reaches the Worker bundle.
 */
import type { Config } from '../app/config'
import { log, type LogLevel } from '../app/log'
import type { PlatformState, PlatformStatus } from '../app/platform-status'
import type { ChatDeps } from '../chat'
import { answerFeishuEvent, createFeishuFetchClient, type FeishuClient } from '../platforms/feishu'
import { type BackoffMs, createBackoff, sleep } from './backoff'
import { type LarkWsClient, loadLarkSdk } from './lark-sdk'
import type { OutboundConnection } from './outbound-connection'
import { sdkDetail } from './sdk-detail'

/** Waits before starting the SDK again once it has given up. */
export const FEISHU_RESTART_BACKOFF_MS: BackoffMs = { first: 5000, max: 10 * 60_000 }
/** Longest WebSocket handshake before the SDK tries again (the SDK has no limit by default). */
const HANDSHAKE_TIMEOUT_MS = 15_000
/** Seconds without a frame after a ping before the connection counts as dead. */
const PING_TIMEOUT_SEC = 30
/** Events handled at once; beyond this one is refused and Feishu delivers it again later. */
const MAX_IN_FLIGHT = 100
/** How often the SDK's own state is read (to show a gateway that cannot be reached). */
const STATUS_POLL_MS = 1000

export interface FeishuWsOptions {
  status?: PlatformStatus
  /** Restart backoff bounds (tests shorten them). */
  restartBackoffMs?: BackoffMs
  /** The reply API; default the fetch client on FEISHU_API_ROOT. */
  client?: FeishuClient
}

/**
 * Opens the long connection and keeps it open until `stop()`. Needs FEISHU_APP_ID and
 * FEISHU_APP_SECRET (config validation guarantees both in ws mode). Never rejects after start-up.
 */
export async function startFeishuWs(
  config: Config,
  deps: ChatDeps,
  options: FeishuWsOptions = {}
): Promise<OutboundConnection> {
  const appId = config.FEISHU_APP_ID ?? ''
  const appSecret = config.FEISHU_APP_SECRET ?? ''
  const lark = await loadLarkSdk()
  const client =
    options.client ??
    createFeishuFetchClient({
      appId,
      appSecret,
      ...(config.FEISHU_API_ROOT ? { apiRoot: config.FEISHU_API_ROOT } : {}),
    })

  let state: PlatformState | undefined
  const setState = (next: PlatformState, level: LogLevel = 'info') => {
    options.status?.set('feishu', next)
    if (next === state) return
    state = next
    log(level, 'feishu long connection', { platform: 'feishu', state: next })
  }
  // The SDK's own lines go out at debug level with URLs cut (the connect URL carries a ticket):
  // they help diagnose, while warn/error lines stay one per change of state.
  const sdkLog = (...args: unknown[]) => log('debug', 'feishu sdk', { detail: sdkDetail(args) })
  const quiet = () => undefined
  const logger = { error: sdkLog, warn: sdkLog, info: quiet, debug: quiet, trace: quiet }

  let inFlight = 0
  const eventDispatcher = new lark.EventDispatcher({
    // Only used when an event arrives as {"encrypt": …} (an Encrypt Key set in the console).
    ...(config.FEISHU_ENCRYPT_KEY ? { encryptKey: config.FEISHU_ENCRYPT_KEY } : {}),
    logger,
    loggerLevel: lark.LoggerLevel.warn,
  }).register({
    'im.message.receive_v1': async (data) => {
      // Thrown errors become a 500 response frame: Feishu delivers the event again.
      if (inFlight >= MAX_IN_FLIGHT) throw new Error('busy')
      inFlight++
      try {
        await answerFeishuEvent(feishuEventPayload(data), {
          ...deps,
          client,
        })
      } finally {
        inFlight--
      }
    },
  })

  const stopping = new AbortController()
  const backoff = createBackoff(options.restartBackoffMs ?? FEISHU_RESTART_BACKOFF_MS)
  const ws: LarkWsClient = new lark.WSClient({
    appId,
    appSecret,
    domain: config.FEISHU_API_ROOT ?? lark.Domain.Feishu,
    logger,
    loggerLevel: lark.LoggerLevel.warn,
    handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
    wsConfig: { pingTimeout: PING_TIMEOUT_SEC },
    onReady: () => {
      backoff.reset()
      setState('ws: connected')
    },
    onReconnecting: () => setState('ws: reconnecting', 'warn'),
    onReconnected: () => setState('ws: connected'),
    onError: (err) => {
      setState(`error: ws: ${reasonOf(err)}; retrying`, 'error')
      void restart()
    },
  })

  // A restart keeps the error on show (and logged once) until a connection is made.
  const begin = () => void ws.start({ eventDispatcher }).catch(() => undefined)
  const restart = async () => {
    ws.close({ force: true })
    await sleep(backoff.next(), stopping.signal)
    if (!stopping.signal.aborted) begin()
  }

  // The SDK reports a gateway it cannot reach only by retrying: read its state to show it.
  const poll = setInterval(() => {
    const s = ws.getConnectionStatus()
    const failing =
      (s.state === 'connecting' && s.reconnectAttempts >= 1) ||
      (s.state === 'reconnecting' && s.reconnectAttempts >= 2)
    if (failing) setState('error: ws: Feishu gateway unreachable; retrying', 'warn')
    else if (s.state === 'connected' && state !== 'ws: connected') setState('ws: connected')
  }, STATUS_POLL_MS)
  poll.unref()

  setState('ws: connecting')
  begin()
  return {
    stop: async () => {
      stopping.abort()
      clearInterval(poll)
      ws.close({ force: true })
      setState('ws: stopped')
      // Events in hand finish (their replies are bounded by the client's timeout).
      for (let i = 0; inFlight > 0 && i < 100; i++) await sleep(50)
    },
  }
}

/**
 * The schema 2.0 payload the webhook receives, rebuilt from what the SDK's EventDispatcher hands
 * a handler (the header and event fields spread into one object).
 */
export function feishuEventPayload(data: Record<string, unknown>): Record<string, unknown> {
  const { schema, event_id, event_type, create_time, token, app_id, tenant_key, ...event } = data
  return {
    schema: schema ?? '2.0',
    header: { event_id, event_type, create_time, token, app_id, tenant_key },
    event,
  }
}

/** Why the SDK gave up, short and without secrets: the gateway's code when it gave one. */
function reasonOf(err: Error): string {
  const code = /code=(-?\d+)/.exec(err.message)?.[1]
  if (code === '514' || code === '403')
    return `Feishu refused FEISHU_APP_ID / FEISHU_APP_SECRET (code ${code})`
  if (code) return `Feishu gateway answered code ${code}`
  return /exhausted/.test(err.message) ? 'reconnect attempts exhausted' : 'connection failed'
}
