/**
 * The WeCom smart robot (groups and 1:1): JSON callbacks encrypted with WXBizMsgCrypt
 * (receive id ''), answered in the response with an encrypted stream message.
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
  textResponse,
} from '../shared/platform'
import { PLATFORM_TEXT } from '../shared/messages'
import { ReceiveIdError, createWxCrypt } from '../shared/wx-crypt'
import { readWecomBotQuery, verifyWecomBotSignature } from './verify'
import { type WecomBotInbound, parseWecomBotMessage, wecomBotEncryptField } from './parse'
import { encryptWecomBotReply, renderWecomBotMarkdown, streamReply, textReply } from './render'

export interface WecomBotOptions extends AdapterDeps {
  token: string
  encodingAesKey: string
}

const PLATFORM = 'wecom-bot'

/** Builds the adapter; throws at start-up on a malformed EncodingAESKey. */
export function createWecomBotAdapter(options: WecomBotOptions): PlatformAdapter {
  // The smart robot's receive id is the empty string (WeCom docs, 加解密方案).
  const crypt = createWxCrypt({
    token: options.token,
    encodingAesKey: options.encodingAesKey,
    receiveId: '',
  })
  return {
    async handle(request) {
      const url = new URL(request.url)
      const now = options.now()
      const query = readWecomBotQuery(url.searchParams)
      if (!query)
        return reject(401, 'unauthorized', 'msg_signature, timestamp and nonce are required')
      if (request.method !== 'GET' && request.method !== 'POST')
        return reject(405, 'method-not-allowed', 'use GET or POST')
      try {
        const encrypted =
          request.method === 'GET'
            ? (url.searchParams.get('echostr') ?? '')
            : wecomBotEncryptField(await request.text())
        if (!encrypted)
          return reject(400, 'invalid-input', 'expected echostr or a JSON body {"encrypt": …}')
        const check = await verifyWecomBotSignature(crypt, query, encrypted, now)
        if (check === 'stale') return reject(403, 'stale', 'timestamp outside the allowed window')
        if (check !== 'ok') return reject(401, 'unauthorized', 'bad msg_signature')
        const plain = await crypt.decrypt(encrypted)
        if (request.method === 'GET') return textResponse(plain)

        const inbound = parseWecomBotMessage(plain)
        if (!inbound)
          return reject(400, 'invalid-input', 'decrypted message is not the expected JSON')
        if (inbound.msgId && (await options.dedup.seen(`${PLATFORM}:${inbound.msgId}`)))
          return textResponse('')
        const gate = asks(inbound.message) ? admit(options, PLATFORM, inbound.chatId) : 'allow'
        if (gate === 'drop') return textResponse('')
        const reply =
          gate === 'notice'
            ? streamReply(PLATFORM_TEXT.rateLimited)
            : replyFor(inbound.message, inbound.group)
        options.log?.('info', 'message', {
          platform: PLATFORM,
          kind: inbound.message.kind,
          group: inbound.group,
          replied: reply !== null,
        })
        if (!reply) return textResponse('')
        return jsonResponse(await encryptWecomBotReply(crypt, reply, now))
      } catch (err) {
        if (err instanceof ReceiveIdError)
          return reject(403, 'forbidden', 'message addressed to another receiver')
        if (err instanceof CryptoError)
          return reject(400, 'invalid-input', `cannot decrypt: ${err.message}`)
        throw err
      }
    },
  }

  function asks(message: WecomBotInbound): boolean {
    return (
      (message.kind === 'text' && message.text !== '') ||
      (message.kind === 'voice' && message.recognition !== '')
    )
  }

  function replyFor(message: WecomBotInbound, group: boolean): object | null {
    const answer = (question: string) => {
      if (!question) return streamReply(PLATFORM_TEXT.emptyQuestion)
      const result = safeAsk(options, PLATFORM, question)
      if (!result) return streamReply(FALLBACK_TEXT)
      return streamReply(
        renderWecomBotMarkdown(result, {
          group,
          ...(options.articleUrl ? { articleUrl: options.articleUrl } : {}),
        })
      )
    }
    switch (message.kind) {
      case 'text':
        return answer(message.text)
      case 'voice':
        return message.recognition
          ? answer(message.recognition)
          : streamReply(PLATFORM_TEXT.voiceUnrecognized)
      case 'enter':
        return textReply(PLATFORM_TEXT.welcome)
      case 'ignore':
        return null
      case 'other':
        return streamReply(PLATFORM_TEXT.nonText)
    }
  }
}
