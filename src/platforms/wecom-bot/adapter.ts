/**
 * The WeCom smart robot (groups and 1:1): JSON callbacks encrypted with WXBizMsgCrypt
 * (receive id ''), handed to the conversation layer, answered in the response with an
 * encrypted stream message.
 * @module
 */
import { type InboundMessage, handleInbound } from '../../chat'
import { CryptoError } from '../shared/crypto'
import {
  type AdapterDeps,
  type PlatformAdapter,
  jsonResponse,
  reject,
  signedAt,
  textResponse,
} from '../shared/platform'
import { ReceiveIdError, createWxCrypt } from '../shared/wx-crypt'
import { readWecomBotQuery, verifyWecomBotSignature } from './verify'
import { type WecomBotMessage, parseWecomBotMessage, wecomBotEncryptField } from './parse'
import { encryptWecomBotReply, renderWecomBotReply } from './render'

export interface WecomBotOptions extends AdapterDeps {
  token: string
  encodingAesKey: string
}

const PLATFORM = 'wecom-bot'

/** The neutral message of a smart-robot callback (WeCom delivers only @-messages in groups). */
export function wecomBotInbound(m: WecomBotMessage, sentAt?: Date): InboundMessage {
  const c = m.message
  return {
    platform: PLATFORM,
    chatId: m.chatId,
    ...(m.group ? { memberId: m.memberId } : {}),
    chatKind: m.group ? 'group' : 'private',
    addressed: true,
    messageId: m.msgId,
    ...(sentAt ? { sentAt } : {}),
    content:
      c.kind === 'text'
        ? { kind: 'text', text: c.text }
        : c.kind === 'voice'
          ? c.recognition
            ? { kind: 'text', text: c.recognition }
            : { kind: 'voice-unrecognized' }
          : c.kind === 'enter'
            ? { kind: 'welcome' }
            : c.kind === 'ignore'
              ? { kind: 'ignore' }
              : { kind: 'non-text' },
  }
}

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
        const reply = await handleInbound(
          wecomBotInbound(inbound, signedAt(query.timestamp)),
          options
        )
        if (!reply) return textResponse('')
        return jsonResponse(await encryptWecomBotReply(crypt, renderWecomBotReply(reply), now))
      } catch (err) {
        if (err instanceof ReceiveIdError)
          return reject(403, 'forbidden', 'message addressed to another receiver')
        if (err instanceof CryptoError)
          return reject(400, 'invalid-input', `cannot decrypt: ${err.message}`)
        throw err
      }
    },
  }
}
