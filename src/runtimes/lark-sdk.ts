/**
 * The part of the official Feishu SDK (@larksuiteoapi/node-sdk 1.74.0) that feishu-ws.ts uses,
 * declared here from its types/index.d.ts (IConstructorParams, WSConfigOverrides,
 * WSConnectionStatus, EventDispatcher, Logger) and loaded by a specifier TypeScript does not
 * follow. Deviation, on purpose: the SDK's 320,000-line declaration file added ~280 MB and
 * several seconds to every `npm run typecheck` (tsc --extendedDiagnostics, this branch vs main)
 * on a machine the whole team shares. The tests drive the real SDK, so a drift fails them.
 * @module
 */

/** The SDK's logger: each method receives one array of the original arguments. */
export interface LarkLogger {
  error(...msg: unknown[]): void
  warn(...msg: unknown[]): void
  info(...msg: unknown[]): void
  debug(...msg: unknown[]): void
  trace(...msg: unknown[]): void
}

/** A handler gets the event with its header and event fields spread into one object. */
export type LarkEventHandler = (data: Record<string, unknown>) => Promise<unknown> | unknown

export interface LarkEventDispatcher {
  register(handles: Record<string, LarkEventHandler>): LarkEventDispatcher
}

export interface LarkWsClient {
  start(params: { eventDispatcher: LarkEventDispatcher }): Promise<void>
  close(params?: { force?: boolean }): void
  getConnectionStatus(): {
    state: 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed'
    reconnectAttempts: number
  }
}

export interface LarkWsClientParams {
  appId: string
  appSecret: string
  /** Domain.Feishu, Domain.Lark, or a base URL (a proxy, a test fake). */
  domain: string | number
  logger?: LarkLogger
  loggerLevel?: number
  handshakeTimeoutMs?: number
  wsConfig?: { pingTimeout?: number }
  onReady?: () => void
  onError?: (err: Error) => void
  onReconnecting?: () => void
  onReconnected?: () => void
}

export interface LarkSdk {
  Domain: { Feishu: number; Lark: number }
  LoggerLevel: { error: number; warn: number; info: number }
  EventDispatcher: new (params: {
    encryptKey?: string
    logger?: LarkLogger
    loggerLevel?: number
  }) => LarkEventDispatcher
  WSClient: new (params: LarkWsClientParams) => LarkWsClient
}

/**
 * Not a literal, so the type checker leaves the package's declarations alone, and esbuild leaves
 * the package out of the `npm start` bundle (it is loaded from node_modules in ws mode only).
 */
const LARK_SDK: string = '@larksuiteoapi/node-sdk'

/** Loads the SDK (about a second: it is large); Node only. */
export async function loadLarkSdk(): Promise<LarkSdk> {
  return (await import(LARK_SDK)) as LarkSdk
}
