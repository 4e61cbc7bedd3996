/**
 * DingTalk Stream mode (DINGTALK_MODE=stream, Node only): the official `dingtalk-stream` SDK's
 * DWClient holds an outbound WebSocket, so a PC with no public address receives robot messages
 * (topic /v1.0/im/bot/messages/get). Each goes through the webhook's handling
 * (answerDingtalkStreamMessage: dedup by msgId, group @-mentions, rate limit, follow-ups), is
 * answered through its sessionWebhook, and is then acknowledged on the socket; a message whose
 * reply failed is not acknowledged, so DingTalk delivers it again.
 *
 * Three things of the SDK's are replaced, in a subclass: the gateway request (its URL is a
 * constant, and it has no timeout), the reconnect loop (a fixed 1 s, and on a failed handshake
 * it schedules two at once), and frame parsing (a frame that is not JSON throws inside the
 * socket's listener, which would take the process down). Frames, acks, pings and keep-alive
 * are the SDK's. The SDK is loaded here, on first use, so it reaches neither bundle (Worker, server).
 */
import type * as DingtalkSdk from 'dingtalk-stream'
import type { Config } from '../app/config'
import { log, type LogLevel } from '../app/log'
import type { PlatformState, PlatformStatus } from '../app/platform-status'
import type { ChatDeps } from '../chat'
import {
  answerDingtalkStreamMessage,
  createDingtalkSender,
  type DingtalkSend,
} from '../platforms/dingtalk'
import { type BackoffMs, createBackoff, sleep } from './backoff'
import type { OutboundConnection } from './outbound-connection'

/** DingTalk's API origin; DINGTALK_API_ROOT replaces it. */
export const DINGTALK_API_ROOT = 'https://api.dingtalk.com'
/**
 * Not a literal, so esbuild leaves the SDK (and axios, ws) out of the `npm start` bundle: it is
 * loaded from node_modules only in stream mode (+330 KB of bundle for everyone otherwise).
 */
const DINGTALK_SDK: string = 'dingtalk-stream'
/** The robot message topic (the SDK's TOPIC_ROBOT). */
const TOPIC_ROBOT = '/v1.0/im/bot/messages/get'
/** Waits between connection attempts. */
export const DINGTALK_BACKOFF_MS: BackoffMs = { first: 1000, max: 5 * 60_000 }
/** A connection that held this long resets the backoff. */
const STABLE_MS = 30_000
/** Longest gateway request, and longest WebSocket handshake. */
const CONNECT_TIMEOUT_MS = 15_000
/** Messages handled at once; beyond this one is left unacknowledged (DingTalk retries it). */
const MAX_IN_FLIGHT = 100

export interface DingtalkStreamOptions {
  status?: PlatformStatus
  backoffMs?: BackoffMs
  /** Posts replies; default fetch with a timeout. */
  send?: DingtalkSend
}

/** What the subclass reaches of DWClient's private state (names as in dingtalk-stream 2.1.5). */
interface DwInternals {
  dw_url?: string
  socket?: {
    once(event: 'close', listener: () => void): unknown
    terminate(): void
  }
  heartbeatIntervallId?: ReturnType<typeof setInterval>
}

/** One robot-message frame as the SDK hands it to a callback listener. */
interface Downstream {
  headers: { messageId: string }
  data: string
}

/**
 * Connects to DingTalk Stream and keeps reconnecting until `stop()`. Needs DINGTALK_CLIENT_ID and
 * DINGTALK_APP_SECRET (config validation guarantees both in stream mode). Never rejects after
 * the SDK is loaded.
 */
export async function startDingtalkStream(
  config: Config,
  deps: ChatDeps,
  options: DingtalkStreamOptions = {}
): Promise<OutboundConnection> {
  const { DWClient } = (await import(DINGTALK_SDK)) as typeof DingtalkSdk
  const apiRoot = config.DINGTALK_API_ROOT ?? DINGTALK_API_ROOT
  const gatewayUrl = `${apiRoot}/v1.0/gateway/connections/open`
  const send = options.send ?? createDingtalkSender()
  const extraOrigins = config.DINGTALK_API_ROOT ? [new URL(config.DINGTALK_API_ROOT).origin] : []

  let state: PlatformState | undefined
  const setState = (next: PlatformState, level: LogLevel = 'info') => {
    options.status?.set('dingtalk', next)
    if (next === state) return
    state = next
    log(level, 'dingtalk stream', { platform: 'dingtalk', state: next })
  }

  const stopping = new AbortController()
  const backoff = createBackoff(options.backoffMs ?? DINGTALK_BACKOFF_MS)

  class StreamClient extends DWClient {
    /** The gateway call: the configured root, a timeout, and no credentials in the URL. */
    override async getEndpoint(): Promise<this> {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          clientId: this.config.clientId,
          clientSecret: this.config.clientSecret,
          ua: this.config.ua,
          subscriptions: this.config.subscriptions,
        }),
        signal: AbortSignal.any([AbortSignal.timeout(CONNECT_TIMEOUT_MS), stopping.signal]),
      })
      if (!res.ok) throw new GatewayError(res.status)
      const body = (await res.json().catch(() => null)) as {
        endpoint?: unknown
        ticket?: unknown
      } | null
      if (typeof body?.endpoint !== 'string' || typeof body.ticket !== 'string')
        throw new GatewayError(0)
      const url = new URL(body.endpoint)
      url.searchParams.set('ticket', body.ticket)
      ;(this as unknown as DwInternals).dw_url = url.toString()
      return this
    }

    /** A frame that is not JSON is dropped here instead of throwing out of the socket listener. */
    override onDownStream(data: string): void {
      try {
        super.onDownStream(data)
      } catch {
        log('warn', 'dingtalk stream: unreadable frame dropped', { platform: 'dingtalk' })
      }
    }
  }

  const client = new StreamClient({
    clientId: config.DINGTALK_CLIENT_ID ?? '',
    clientSecret: config.DINGTALK_APP_SECRET ?? '',
    keepAlive: true,
  })
  // Our loop below reconnects; the SDK's would too, at a fixed 1 s.
  ;(client.config as { autoReconnect?: boolean }).autoReconnect = false
  const internals = client as unknown as DwInternals

  let inFlight = 0
  client.registerCallbackListener(TOPIC_ROBOT, (msg: Downstream) => {
    const messageId = msg.headers.messageId
    if (inFlight >= MAX_IN_FLIGHT) return // unacknowledged: DingTalk delivers it again
    inFlight++
    void answerDingtalkStreamMessage(msg.data, { ...deps, send, extraOrigins })
      .then((outcome) => {
        if (outcome === 'no-webhook')
          log('warn', 'dingtalk stream: message without a usable sessionWebhook', {
            platform: 'dingtalk',
          })
        ack(messageId)
      })
      // The reply failed (logged by the chat layer): no ack, so DingTalk delivers it again.
      .catch(() => undefined)
      .finally(() => inFlight--)
  })

  /** The protocol's acknowledgement of a callback; a closed socket just drops it. */
  const ack = (messageId: string) => {
    try {
      client.socketCallBackResponse(messageId, {})
    } catch {
      // the socket is reconnecting: DingTalk delivers the message again
    }
  }

  async function connectOnce(): Promise<void> {
    await client.getEndpoint()
    // The SDK's keep-alive interval outlives a closed socket; one per connection, not one more each.
    clearInterval(internals.heartbeatIntervallId)
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      await Promise.race([
        client._connect(),
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            internals.socket?.terminate()
            reject(new GatewayError(-1))
          }, CONNECT_TIMEOUT_MS)
        }),
      ])
    } finally {
      clearTimeout(timer)
    }
  }

  async function run(): Promise<void> {
    let connectedBefore = false
    while (!stopping.signal.aborted) {
      // An error stays on show (and is logged once) until a connection is made.
      if (!state?.startsWith('error:'))
        setState(connectedBefore ? 'stream: reconnecting' : 'stream: connecting')
      try {
        await connectOnce()
      } catch (err) {
        if (stopping.signal.aborted) break
        setState(`error: stream: ${reasonOf(err)}; retrying`, 'warn')
        await sleep(backoff.next(), stopping.signal)
        continue
      }
      if (stopping.signal.aborted) {
        client.disconnect() // stop() came while this connection was being made
        break
      }
      const socket = internals.socket
      const closed = new Promise<void>((resolve) => socket?.once('close', resolve) ?? resolve())
      const since = Date.now()
      connectedBefore = true
      setState('stream: connected')
      await closed
      clearInterval(internals.heartbeatIntervallId)
      if (stopping.signal.aborted) break
      if (Date.now() - since >= STABLE_MS) backoff.reset()
      setState('stream: reconnecting', 'warn')
      await sleep(backoff.next(), stopping.signal)
    }
  }
  const running = run().catch((err: unknown) =>
    log('error', 'dingtalk stream ended', {
      platform: 'dingtalk',
      error: err instanceof Error ? err.name : typeof err,
    })
  )

  return {
    stop: async () => {
      stopping.abort()
      client.disconnect()
      await running
      setState('stream: stopped')
      for (let i = 0; inFlight > 0 && i < 100; i++) await sleep(50)
    },
  }
}

/** The gateway refused (HTTP status), answered nonsense (0), or the handshake timed out (-1). */
class GatewayError extends Error {
  override readonly name = 'GatewayError'
  constructor(readonly status: number) {
    super(`dingtalk gateway: ${status}`)
  }
}

/** A short reason for /healthz, without secrets. */
function reasonOf(err: unknown): string {
  if (err instanceof GatewayError) {
    if (err.status === 401 || err.status === 403)
      return `DingTalk refused DINGTALK_CLIENT_ID / DINGTALK_APP_SECRET (HTTP ${err.status})`
    if (err.status === -1) return 'WebSocket handshake timed out'
    if (err.status === 0) return 'unreadable gateway answer'
    return `gateway answered HTTP ${err.status}`
  }
  return 'DingTalk gateway unreachable'
}
