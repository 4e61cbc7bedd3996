/**
 * A DingTalk robot message that arrived over Stream mode (DINGTALK_MODE=stream): the same parsing,
 * group @-mention rule and conversation layer as the webhook; the reply goes to the message's
 * `sessionWebhook` instead of the HTTP response.
 * @module
 */
import { handleInbound } from '../../chat'
import type { AdapterDeps } from '../shared/platform'
import { dingtalkInbound } from './adapter'
import { parseDingtalkCallback } from './parse'
import { renderDingtalkReply } from './render'
import type { DingtalkSend } from './send'

export interface DingtalkStreamOptions extends AdapterDeps {
  send: DingtalkSend
  /**
   * Origins besides DingTalk's own (https://oapi.dingtalk.com, https://api.dingtalk.com) that a
   * session webhook may point at: DINGTALK_API_ROOT, when the gateway is a proxy or a test fake.
   */
  extraOrigins?: string[]
}

/** What became of one message: `invalid` is not a robot message; `no-webhook` cannot be answered. */
export type DingtalkStreamOutcome = 'answered' | 'ignored' | 'invalid' | 'no-webhook'

/**
 * Answers one robot message (the stream frame's `data`, a JSON string). Throws the chat layer's
 * ChatSendError when the reply could not be posted (the dedup mark is released, so DingTalk's
 * redelivery of the unacknowledged message is answered).
 */
export async function answerDingtalkStreamMessage(
  data: string,
  options: DingtalkStreamOptions
): Promise<DingtalkStreamOutcome> {
  const m = parseDingtalkCallback(data)
  if (!m) return 'invalid'
  const webhook = m.sessionWebhook ?? extraOriginWebhook(data, options.extraOrigins ?? [])
  if (!webhook) return 'no-webhook'
  const reply = await handleInbound(dingtalkInbound(m, createdAt(data)), options, {
    send: (r) => options.send(webhook, renderDingtalkReply(r)),
  })
  return reply ? 'answered' : 'ignored'
}

/** The message's session webhook when it is on one of `origins` (exact origin match, no userinfo). */
function extraOriginWebhook(data: string, origins: string[]): string | null {
  if (origins.length === 0) return null
  const raw = field(data, 'sessionWebhook')
  if (typeof raw !== 'string') return null
  try {
    const u = new URL(raw)
    return origins.includes(u.origin) && !u.username && !u.password ? raw : null
  } catch {
    return null
  }
}

/** When DingTalk says the message was created (`createAt`, ms), for the dedup horizon check. */
function createdAt(data: string): Date | undefined {
  const at = field(data, 'createAt')
  return typeof at === 'number' && Number.isSafeInteger(at) && at > 0 ? new Date(at) : undefined
}

function field(data: string, name: string): unknown {
  try {
    const value = JSON.parse(data) as unknown
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined
  } catch {
    return undefined
  }
}
