/**
 * The Feishu/Lark Open API calls the adapter needs, behind an interface (tests inject a fake):
 * reply to a message, and the bot's own open_id (to tell a group @mention of us from others).
 * @module
 */

/** A message body for the reply API: msg_type plus its JSON-encoded content. */
export interface FeishuReplyContent {
  msg_type: 'text' | 'post' | 'interactive'
  content: string
}

export interface FeishuClient {
  /** POST /open-apis/im/v1/messages/:message_id/reply. */
  reply(messageId: string, content: FeishuReplyContent): Promise<void>
  /** The bot's open_id, or null if unknown (then any @mention in a group counts). */
  botOpenId?(): Promise<string | null>
}

/** The API said no (code ≠ 0) or answered with a non-2xx status. */
export class FeishuApiError extends Error {
  override readonly name = 'FeishuApiError'
  constructor(
    readonly code: number,
    message: string
  ) {
    super(message)
  }
}

export interface FeishuFetchClientOptions {
  appId: string
  appSecret: string
  /** Default https://open.feishu.cn; Lark is https://open.larksuite.com. */
  apiRoot?: string
  fetch?: typeof fetch
  /** Clock in ms (tests pin it). */
  now?: () => number
  /** Limit on one API call in ms (default {@link FEISHU_TIMEOUT_MS}). */
  timeoutMs?: number
}

/**
 * One Feishu API call may take this long. Node awaits the reply before answering the webhook, so
 * a hung API would otherwise hold the request (and shutdown) for minutes.
 */
export const FEISHU_TIMEOUT_MS = 5000

/** Feishu ids (message_id, open_id, chat_id) as they appear: nothing that could change a URL path. */
export const FEISHU_ID = /^[A-Za-z0-9_-]+$/

/** Token codes Feishu returns for an invalid or expired tenant_access_token. */
const TOKEN_INVALID = new Set([99991663, 99991661, 99991668])

/** The fetch implementation: tenant_access_token cached until 5 minutes before it expires. */
export function createFeishuFetchClient(options: FeishuFetchClientOptions): FeishuClient {
  const root = (options.apiRoot ?? 'https://open.feishu.cn').replace(/\/+$/, '')
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const now = options.now ?? Date.now
  let cached: { token: string; until: number } | null = null
  let pending: Promise<string> | null = null
  let openId: string | null | undefined

  const timeoutMs = options.timeoutMs ?? FEISHU_TIMEOUT_MS

  async function call(path: string, init: RequestInit): Promise<Record<string, unknown>> {
    const res = await doFetch(`${root}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    let body: Record<string, unknown> = {}
    try {
      body = (await res.json()) as Record<string, unknown>
    } catch {
      // non-JSON error page
    }
    const code = typeof body['code'] === 'number' ? body['code'] : res.ok ? 0 : -1
    if (!res.ok || code !== 0)
      throw new FeishuApiError(code, `feishu ${path}: HTTP ${res.status}, code ${code}`)
    return body
  }

  async function fetchToken(): Promise<string> {
    const body = await call('/open-apis/auth/v3/tenant_access_token/internal', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ app_id: options.appId, app_secret: options.appSecret }),
    })
    const token = String(body['tenant_access_token'] ?? '')
    const expire = typeof body['expire'] === 'number' ? body['expire'] : 7200
    cached = { token, until: now() + Math.max(0, expire - 300) * 1000 }
    return token
  }

  async function token(): Promise<string> {
    if (cached && cached.until > now()) return cached.token
    pending ??= fetchToken().finally(() => {
      pending = null
    })
    return pending
  }

  async function authed(path: string, init: RequestInit): Promise<Record<string, unknown>> {
    const send = async () =>
      call(path, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          authorization: `Bearer ${await token()}`,
        },
      })
    try {
      return await send()
    } catch (err) {
      if (!(err instanceof FeishuApiError) || !TOKEN_INVALID.has(err.code)) throw err
      cached = null
      return send()
    }
  }

  return {
    async reply(messageId, content) {
      // `..` would survive encodeURIComponent and re-route the call to another API path.
      if (!FEISHU_ID.test(messageId)) throw new FeishuApiError(-1, 'invalid message_id')
      await authed(`/open-apis/im/v1/messages/${encodeURIComponent(messageId)}/reply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(content),
      })
    },
    async botOpenId() {
      if (openId !== undefined) return openId
      try {
        const body = await authed('/open-apis/bot/v3/info', { method: 'GET' })
        const id = (body['bot'] as { open_id?: unknown } | undefined)?.open_id
        openId = typeof id === 'string' ? id : null
      } catch {
        return null
      }
      return openId
    },
  }
}
