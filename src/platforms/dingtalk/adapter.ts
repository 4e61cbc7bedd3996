/**
 * The DingTalk enterprise robot webhook: checks timestamp + sign, answers in the response
 * (markdown); in groups only when @-mentioned; retries deduplicated by msgId.
 * @module
 */
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
import { verifyDingtalkRequest } from './verify'
import { parseDingtalkCallback } from './parse'
import { renderDingtalkAnswer, renderDingtalkText } from './render'

export interface DingtalkOptions extends AdapterDeps {
  appSecret: string
}

const PLATFORM = 'dingtalk'

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
      // An empty JSON object: received, nothing to say.
      if (!inbound.addressed) return jsonResponse({})
      if (inbound.msgId && (await options.dedup.seen(`${PLATFORM}:${inbound.msgId}`)))
        return jsonResponse({})
      options.log?.('info', 'message', {
        platform: PLATFORM,
        kind: inbound.message.kind,
        group: inbound.group,
      })
      if (inbound.message.kind !== 'text')
        return jsonResponse(renderDingtalkText(PLATFORM_TEXT.nonText))
      if (!inbound.message.text)
        return jsonResponse(renderDingtalkText(PLATFORM_TEXT.emptyQuestion))
      const gate = admit(options, PLATFORM, inbound.chatId)
      if (gate === 'drop') return jsonResponse({})
      if (gate === 'notice') return jsonResponse(renderDingtalkText(PLATFORM_TEXT.rateLimited))
      const result = safeAsk(options, PLATFORM, inbound.message.text)
      if (!result) return jsonResponse(renderDingtalkText(FALLBACK_TEXT))
      return jsonResponse(
        renderDingtalkAnswer(result, {
          group: inbound.group,
          ...(options.articleUrl ? { articleUrl: options.articleUrl } : {}),
        })
      )
    },
  }
}
