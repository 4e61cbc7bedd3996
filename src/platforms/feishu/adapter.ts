/**
 * The Feishu/Lark event webhook: url_verification (plain or encrypted), signed events,
 * im.message.receive_v1 → ask → reply through the message-reply API. p2p always; groups
 * only when the bot is @-mentioned; retries deduplicated by event_id.
 * @module
 */
import { CryptoError } from '../shared/crypto'
import {
  FALLBACK_TEXT,
  type AdapterDeps,
  type PlatformAdapter,
  admit,
  jsonResponse,
  reject,
  safeAsk,
} from '../shared/platform'
import { PLATFORM_TEXT } from '../shared/messages'
import type { FeishuClient, FeishuReplyContent } from './client'
import { verifyFeishuSignature, verifyFeishuToken } from './verify'
import { type FeishuMessage, decryptFeishu, parseFeishuCallback } from './parse'
import { renderFeishuAnswer, renderFeishuText } from './render'

export interface FeishuOptions extends AdapterDeps {
  verificationToken: string
  /** Optional: turns on encrypted payloads and X-Lark-Signature on events. */
  encryptKey?: string
  client: FeishuClient
}

const PLATFORM = 'feishu'

export function createFeishuAdapter(options: FeishuOptions): PlatformAdapter {
  async function addressed(m: FeishuMessage): Promise<boolean> {
    if (!m.group) return true
    if (m.mentionedOpenIds.length === 0) return false
    const self = (await options.client.botOpenId?.()) ?? null
    return self === null || m.mentionedOpenIds.includes(self)
  }

  function replyFor(m: FeishuMessage): FeishuReplyContent {
    if (m.message.kind !== 'text') return renderFeishuText(PLATFORM_TEXT.nonText)
    if (!m.message.text) return renderFeishuText(PLATFORM_TEXT.emptyQuestion)
    const result = safeAsk(options, PLATFORM, m.message.text)
    if (!result) return renderFeishuText(FALLBACK_TEXT)
    return renderFeishuAnswer(result, {
      group: m.group,
      ...(options.articleUrl ? { articleUrl: options.articleUrl } : {}),
    })
  }

  async function send(messageId: string, content: FeishuReplyContent): Promise<void> {
    try {
      await options.client.reply(messageId, content)
    } catch (err) {
      options.log?.('warn', 'reply failed', {
        platform: PLATFORM,
        error: err instanceof Error ? err.name : 'unknown',
      })
    }
  }

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
      if (callback.type !== 'message') return jsonResponse({})

      const m = callback.message
      if (m.fromApp || !(await addressed(m))) return jsonResponse({})
      if (await options.dedup.seen(`${PLATFORM}:${m.eventId || m.messageId}`))
        return jsonResponse({})
      options.log?.('info', 'message', { platform: PLATFORM, kind: m.message.kind, group: m.group })
      const gate =
        m.message.kind === 'text' && m.message.text ? admit(options, PLATFORM, m.chatId) : 'allow'
      if (gate === 'drop') return jsonResponse({})
      const sending = send(
        m.messageId,
        gate === 'notice' ? renderFeishuText(PLATFORM_TEXT.rateLimited) : replyFor(m)
      )
      // Feishu wants a 200 within 3 s; on Workers the reply may finish after the response.
      if (handleOptions.waitUntil) handleOptions.waitUntil(sending)
      else await sending
      return jsonResponse({})
    },
  }
}
