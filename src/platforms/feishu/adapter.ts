/**
 * The Feishu/Lark event webhook: url_verification (plain or encrypted), signed events,
 * im.message.receive_v1 → ask → reply through the message-reply API. p2p always; groups
 * only when the bot is @-mentioned; retries deduplicated by event_id.
 * @module
 */
import { ChatSendError, type InboundMessage, handleInbound } from '../../chat'
import { CryptoError } from '../shared/crypto'
import {
  type AdapterDeps,
  type PlatformAdapter,
  jsonResponse,
  reject,
  signedAt,
} from '../shared/platform'
import type { FeishuClient } from './client'
import { verifyFeishuSignature, verifyFeishuToken } from './verify'
import { type FeishuMessage, decryptFeishu, parseFeishuCallback } from './parse'
import { renderFeishuReply } from './render'
import { feishuFeedbackInbound, feishuToast } from './feedback'

export interface FeishuOptions extends AdapterDeps {
  verificationToken: string
  /** Optional: turns on encrypted payloads and X-Lark-Signature on events. */
  encryptKey?: string
  client: FeishuClient
}

const PLATFORM = 'feishu'

/** The neutral message of a Feishu message event. */
export function feishuInbound(m: FeishuMessage, addressed: boolean, sentAt?: Date): InboundMessage {
  return {
    platform: PLATFORM,
    chatId: m.chatId,
    ...(m.group ? { memberId: m.memberId } : {}),
    chatKind: m.group ? 'group' : 'private',
    addressed,
    messageId: m.eventId || m.messageId,
    ...(sentAt ? { sentAt } : {}),
    content:
      m.message.kind === 'text' ? { kind: 'text', text: m.message.text } : { kind: 'non-text' },
  }
}

/**
 * In a group only an @-mention of this bot counts (any @-mention while its open_id is unknown);
 * the webhook and the long connection (event.ts) both ask this.
 */
export async function feishuAddressed(m: FeishuMessage, client: FeishuClient): Promise<boolean> {
  if (!m.group) return true
  if (m.mentionedOpenIds.length === 0) return false
  const self = (await client.botOpenId?.()) ?? null
  return self === null || m.mentionedOpenIds.includes(self)
}

export function createFeishuAdapter(options: FeishuOptions): PlatformAdapter {
  return {
    async handle(request, handleOptions = {}) {
      if (request.method !== 'POST') return reject(405, 'method-not-allowed', 'use POST')
      const raw = await request.text()
      let signed = false
      if (options.encryptKey) {
        const check = await verifyFeishuSignature(
          options.encryptKey,
          request.headers,
          raw,
          options.now()
        )
        if (check === 'stale')
          return reject(403, 'stale', 'X-Lark-Request-Timestamp outside the allowed window')
        if (check === 'forged') return reject(401, 'unauthorized', 'bad X-Lark-Signature')
        signed = check === 'ok'
      }
      let payload: Record<string, unknown>
      try {
        const outer = JSON.parse(raw) as unknown
        if (!outer || typeof outer !== 'object' || Array.isArray(outer))
          return reject(400, 'invalid-input', 'expected a JSON object')
        const encrypt = (outer as Record<string, unknown>)['encrypt']
        if (typeof encrypt === 'string') {
          if (!options.encryptKey)
            return reject(400, 'invalid-input', 'encrypted payload but no FEISHU_ENCRYPT_KEY set')
          payload = JSON.parse(await decryptFeishu(options.encryptKey, encrypt)) as Record<
            string,
            unknown
          >
          if (!payload || typeof payload !== 'object')
            return reject(400, 'invalid-input', 'decrypted payload is not an object')
        } else payload = outer as Record<string, unknown>
      } catch (err) {
        if (err instanceof SyntaxError || err instanceof CryptoError)
          return reject(400, 'invalid-input', 'malformed or undecryptable body')
        throw err
      }

      const callback = parseFeishuCallback(payload)
      if (!verifyFeishuToken(options.verificationToken, callback.token))
        return reject(401, 'unauthorized', 'bad verification token')
      if (callback.type === 'url_verification')
        return jsonResponse({ challenge: callback.challenge })
      // With an Encrypt Key, Feishu signs every event: an unsigned one is not from Feishu.
      if (options.encryptKey && !signed)
        return reject(401, 'unauthorized', 'X-Lark-Signature required')
      // A 👍/👎 press (card.action.trigger): Feishu waits for the toast, so answer in the response.
      const pressed = callback.type === 'other' ? feishuFeedbackInbound(payload) : null
      if (pressed) return jsonResponse(feishuToast(await handleInbound(pressed, options)))
      if (callback.type !== 'message') return jsonResponse({})

      const m = callback.message
      if (m.fromApp) return jsonResponse({})
      const at = signed ? signedAt(request.headers.get('x-lark-request-timestamp')) : undefined
      const message = feishuInbound(m, await feishuAddressed(m, options.client), at)
      const answering = handleInbound(message, options, {
        send: (reply) => options.client.reply(m.messageId, renderFeishuReply(reply)),
      })
      // Feishu wants a 200 within 3 s; on Workers the reply may finish after the response.
      if (handleOptions.waitUntil) {
        handleOptions.waitUntil(answering.catch(() => undefined))
        return jsonResponse({})
      }
      try {
        await answering
      } catch (err) {
        // Not sent (logged by the chat layer): a 5xx lets Feishu deliver the event again.
        if (err instanceof ChatSendError)
          return new Response(JSON.stringify({ error: 'send-failed' }), { status: 503 })
        throw err
      }
      return jsonResponse({})
    },
  }
}
