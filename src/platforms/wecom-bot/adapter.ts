/**
 * The WeCom smart robot (groups and 1:1): JSON callbacks encrypted with WXBizMsgCrypt
 * (receive id ''), handed to the conversation layer, answered in the response with an
 * encrypted stream message.
 * @module
 */
import { type InboundMessage, handleInbound } from '../../chat'
import { inboundContent } from '../shared/inbound-content'
import {
  type AdapterDeps,
  type PlatformAdapter,
  jsonResponse,
  reject,
  signedAt,
  textResponse,
} from '../shared/platform'
import { wecomCallbackAdapter } from '../shared/wx-callback'
import { createWxCrypt } from '../shared/wx-crypt'
import { type WecomBotMessage, parseWecomBotMessage, wecomBotEncryptField } from './parse'
import { encryptWecomBotReply, renderWecomBotReply } from './render'

export interface WecomBotOptions extends AdapterDeps {
  token: string
  encodingAesKey: string
}

const PLATFORM = 'wecom-bot'

/** The neutral message of a smart-robot callback (WeCom delivers only @-messages in groups). */
export function wecomBotInbound(m: WecomBotMessage, sentAt?: Date): InboundMessage {
  return {
    platform: PLATFORM,
    chatId: m.chatId,
    ...(m.group ? { memberId: m.memberId } : {}),
    chatKind: m.group ? 'group' : 'private',
    addressed: true,
    messageId: m.msgId,
    ...(sentAt ? { sentAt } : {}),
    content: inboundContent(m.message),
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
  return wecomCallbackAdapter({
    crypt,
    now: options.now,
    encryptField: wecomBotEncryptField,
    missing: 'expected echostr or a JSON body {"encrypt": …}',
    receiver: 'receiver',
    async answer(opened, now) {
      const inbound = parseWecomBotMessage(opened.plain)
      if (!inbound)
        return reject(400, 'invalid-input', 'decrypted message is not the expected JSON')
      const reply = await handleInbound(
        wecomBotInbound(inbound, signedAt(opened.timestamp)),
        options
      )
      if (!reply) return textResponse('')
      return jsonResponse(await encryptWecomBotReply(crypt, renderWecomBotReply(reply), now))
    },
  })
}
