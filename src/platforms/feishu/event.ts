/**
 * A Feishu message event that arrived without a webhook (the long connection, FEISHU_MODE=ws):
 * the same parsing, group @-mention rule, conversation layer and reply API as the webhook. The
 * connection is ours and authenticated, so there is no signature or token to check. 👍/👎 is
 * offered as 「回复 1 有用 / 2 没用」, not as card buttons: the official SDK's long connection
 * receives events only, not callbacks such as card.action.trigger (its README, and WSClient
 * dropping every frame whose type is not `event`).
 * @module
 */
import { handleInbound } from '../../chat'
import type { AdapterDeps } from '../shared/platform'
import { feishuInbound } from './adapter'
import type { FeishuClient } from './client'
import { type FeishuMessage, parseFeishuCallback } from './parse'
import { renderFeishuReply } from './render'

export interface FeishuEventOptions extends AdapterDeps {
  client: FeishuClient
}

/** What became of one event. */
export type FeishuEventOutcome = 'answered' | 'ignored'

/** In a group only an @-mention of this bot counts (any @-mention while its open_id is unknown). */
export async function feishuAddressed(m: FeishuMessage, client: FeishuClient): Promise<boolean> {
  if (!m.group) return true
  if (m.mentionedOpenIds.length === 0) return false
  const self = (await client.botOpenId?.()) ?? null
  return self === null || m.mentionedOpenIds.includes(self)
}

/**
 * Answers one event payload (schema 2.0, as the webhook receives it once decrypted). Resolves
 * when answered or ignored; throws the chat layer's ChatSendError when the reply could not be
 * sent (the dedup mark is released, so Feishu's redelivery is answered).
 */
export async function answerFeishuEvent(
  payload: Record<string, unknown>,
  options: FeishuEventOptions
): Promise<FeishuEventOutcome> {
  const callback = parseFeishuCallback(payload)
  if (callback.type !== 'message' || callback.message.fromApp) return 'ignored'
  const m = callback.message
  const header = payload['header'] as { create_time?: unknown } | undefined
  const reply = await handleInbound(
    feishuInbound(m, await feishuAddressed(m, options.client), createdAt(header?.create_time)),
    options,
    // No card buttons: 👍/👎 presses are callbacks, which the long connection does not carry.
    { send: (r) => options.client.reply(m.messageId, renderFeishuReply(r, { buttons: false })) }
  )
  return reply ? 'answered' : 'ignored'
}

/** The event's create_time (ms since the epoch, as a string), for the dedup horizon check. */
function createdAt(value: unknown): Date | undefined {
  const s = typeof value === 'number' ? String(value) : value
  return typeof s === 'string' && /^\d{10,16}$/.test(s) ? new Date(Number(s)) : undefined
}
