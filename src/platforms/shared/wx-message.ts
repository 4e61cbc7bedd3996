/**
 * The XML message shape WeChat Official Accounts and WeCom apps share (after decryption):
 * ToUserName, FromUserName, CreateTime, MsgType, Content / Recognition / Event, MsgId.
 * @module
 */
import type { InboundMessage, Reply } from '../../chat'
import { inboundContent } from './inbound-content'
import { PLAIN_MARKUP, renderReply } from './render-reply'
import { type XmlRecord, buildXml, xmlText } from './xml'

/** WeChat and WeCom passive text: at most 2048 bytes of UTF-8. */
export const WX_TEXT_MAX_BYTES = 2048

export type WxInbound =
  | { kind: 'text'; text: string }
  | { kind: 'voice'; recognition: string }
  | { kind: 'subscribe' }
  | { kind: 'event'; event: string }
  | { kind: 'other'; msgType: string }

export interface WxEnvelope {
  /** Our account (gh_… or the CorpID). */
  to: string
  /** The user (OpenID or WeCom UserID). */
  from: string
  createTime: string
  /** Retry key: MsgId, or FromUserName+CreateTime for events (as WeChat documents). */
  dedupKey: string
  message: WxInbound
}

/** Reads a decrypted WeChat/WeCom XML message. */
export function parseWxMessage(record: XmlRecord): WxEnvelope {
  const msgType = xmlText(record, 'MsgType').toLowerCase()
  const from = xmlText(record, 'FromUserName')
  const createTime = xmlText(record, 'CreateTime')
  const msgId = xmlText(record, 'MsgId') || xmlText(record, 'MsgID')
  const dedupKey = msgId ? `msg:${msgId}` : `evt:${from}:${createTime}:${xmlText(record, 'Event')}`
  const base = { to: xmlText(record, 'ToUserName'), from, createTime, dedupKey }
  switch (msgType) {
    case 'text':
      return { ...base, message: { kind: 'text', text: xmlText(record, 'Content') } }
    case 'voice':
      return { ...base, message: { kind: 'voice', recognition: xmlText(record, 'Recognition') } }
    case 'event': {
      const event = xmlText(record, 'Event').toLowerCase()
      return {
        ...base,
        message: event === 'subscribe' ? { kind: 'subscribe' } : { kind: 'event', event },
      }
    }
    default:
      return { ...base, message: { kind: 'other', msgType } }
  }
}

/** The passive text reply: to/from swapped relative to the inbound message. */
export function wxTextReply(
  inbound: Pick<WxEnvelope, 'to' | 'from'>,
  content: string,
  now: Date
): string {
  return buildXml({
    ToUserName: inbound.from,
    FromUserName: inbound.to,
    CreateTime: Math.floor(now.getTime() / 1000),
    MsgType: 'text',
    Content: content,
  })
}

/** The encrypted passive-reply envelope of WeChat safe mode and WeCom. */
export function wxEncryptedEnvelope(
  encrypt: string,
  signature: string,
  timestamp: string,
  nonce: string
): string {
  return buildXml({
    Encrypt: encrypt,
    MsgSignature: signature,
    TimeStamp: Number(timestamp),
    Nonce: nonce,
  })
}

/**
 * The neutral message of a WeChat/WeCom envelope (1:1 chats only: always addressed).
 * @param sentAt the verified request timestamp (a replay older than the dedup horizon is refused)
 */
export function wxInbound(platform: string, env: WxEnvelope, sentAt?: Date): InboundMessage {
  return {
    platform,
    chatId: env.from,
    chatKind: 'private',
    addressed: true,
    messageId: env.dedupKey,
    ...(sentAt ? { sentAt } : {}),
    content: inboundContent(env.message),
  }
}

/** A reply as WeChat/WeCom passive text, within {@link WX_TEXT_MAX_BYTES}. */
export function wxReplyContent(reply: Reply): string {
  return renderReply(reply, PLAIN_MARKUP, { max: WX_TEXT_MAX_BYTES })
}
