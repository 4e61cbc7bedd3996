/**
 * The DingTalk enterprise robot webhook: checks timestamp + sign, parses the callback, hands it
 * to the conversation layer and answers in the response (markdown); in groups only when
 * @-mentioned.
 * @module
 */
import { type InboundMessage, handleInbound } from '../../chat'
import {
  type AdapterDeps,
  type PlatformAdapter,
  jsonResponse,
  reject,
  signedAt,
} from '../shared/platform'
import { verifyDingtalkRequest } from './verify'
import { type DingtalkMessage, parseDingtalkCallback } from './parse'
import { renderDingtalkReply } from './render'

export interface DingtalkOptions extends AdapterDeps {
  appSecret: string
}

const PLATFORM = 'dingtalk'

/** The neutral message of a DingTalk callback. */
export function dingtalkInbound(m: DingtalkMessage, sentAt?: Date): InboundMessage {
  return {
    platform: PLATFORM,
    chatId: m.chatId,
    ...(m.group ? { memberId: m.memberId } : {}),
    chatKind: m.group ? 'group' : 'private',
    addressed: m.addressed,
    messageId: m.msgId,
    ...(sentAt ? { sentAt } : {}),
    content:
      m.message.kind === 'text' ? { kind: 'text', text: m.message.text } : { kind: 'non-text' },
  }
}

export function createDingtalkAdapter(options: DingtalkOptions): PlatformAdapter {
  return {
    async handle(request) {
      if (request.method !== 'POST') return reject(405, 'method-not-allowed', 'use POST')
      const check = await verifyDingtalkRequest(options.appSecret, request.headers, options.now())
      if (check === 'missing')
        return reject(401, 'unauthorized', 'timestamp and sign headers are required')
      if (check === 'stale') return reject(403, 'stale', 'timestamp outside ±1 hour')
      if (check === 'forged') return reject(401, 'unauthorized', 'bad sign')

      const inbound = parseDingtalkCallback(await request.text())
      if (!inbound) return reject(400, 'invalid-input', 'expected a DingTalk robot callback (JSON)')
      const reply = await handleInbound(
        dingtalkInbound(inbound, signedAt(request.headers.get('timestamp'), 'ms')),
        options
      )
      // An empty JSON object: received, nothing to say.
      return jsonResponse(reply ? renderDingtalkReply(reply) : {})
    },
  }
}
