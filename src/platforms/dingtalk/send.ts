/**
 * Posting a reply to a DingTalk message's `sessionWebhook` (Stream mode has no HTTP response to
 * answer in). The URL comes from the message, so it is only used on an allowed origin.
 * @module
 */

/** One session-webhook call may take this long (the ack to DingTalk waits for it). */
export const DINGTALK_SEND_TIMEOUT_MS = 5000

/** DingTalk refused the reply (errcode ≠ 0) or answered with a non-2xx status. */
export class DingtalkSendError extends Error {
  override readonly name = 'DingtalkSendError'
  constructor(
    readonly code: number,
    message: string
  ) {
    super(message)
  }
}

export interface DingtalkSenderOptions {
  fetch?: typeof fetch
  timeoutMs?: number
}

/** Posts a rendered reply body to a session webhook. */
export type DingtalkSend = (sessionWebhook: string, body: object) => Promise<void>

/** The fetch implementation of {@link DingtalkSend}: JSON in, `{"errcode":0}` expected back. */
export function createDingtalkSender(options: DingtalkSenderOptions = {}): DingtalkSend {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const timeoutMs = options.timeoutMs ?? DINGTALK_SEND_TIMEOUT_MS
  return async (url, body) => {
    const res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      // A redirect could lead the message elsewhere than the allowed origin.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    })
    let answer: { errcode?: unknown } = {}
    try {
      answer = (await res.json()) as { errcode?: unknown }
    } catch {
      // not JSON: judged by the status alone
    }
    const code = typeof answer.errcode === 'number' ? answer.errcode : res.ok ? 0 : -1
    if (!res.ok || code !== 0)
      throw new DingtalkSendError(
        code,
        `dingtalk session webhook: HTTP ${res.status}, errcode ${code}`
      )
  }
}
