/**
 * WeCom smart-robot passive replies: a finished stream message (markdown, at most 4096 bytes)
 * or a text welcome, encrypted into the JSON envelope {encrypt, msgsignature, timestamp, nonce}.
 * @module
 */
import { CHAT_TEXT, type Reply } from '../../chat'
import { toHex, randomBytes } from '../shared/crypto'
import { renderMarkdown } from '../shared/render-markdown'
import { randomNonce, type WxCrypt } from '../shared/wx-crypt'

/** WeCom markdown limit in UTF-8 bytes. */
export const WECOM_BOT_MARKDOWN_MAX_BYTES = 4096

/** A reply as a finished stream message (markdown within 4096 bytes); the welcome as text. */
export function renderWecomBotReply(reply: Reply): object {
  const first = reply.blocks[0]
  if (reply.kind === 'notice' && first?.kind === 'text' && first.text === CHAT_TEXT.welcome)
    return textReply(first.text)
  return streamReply(renderMarkdown(reply, { max: WECOM_BOT_MARKDOWN_MAX_BYTES }))
}

/** A finished stream message: WeCom shows it at once and never polls for more. */
export function streamReply(content: string, id = toHex(randomBytes(8))): object {
  return { msgtype: 'stream', stream: { id, finish: true, content } }
}

/** A text message (the welcome on enter_chat). */
export function textReply(content: string): object {
  return { msgtype: 'text', text: { content } }
}

/** Encrypts and signs a reply into WeCom's JSON envelope. */
export async function encryptWecomBotReply(
  crypt: WxCrypt,
  reply: object,
  now: Date,
  nonce = randomNonce()
): Promise<object> {
  const encrypt = await crypt.encrypt(JSON.stringify(reply))
  const timestamp = String(Math.floor(now.getTime() / 1000))
  return {
    encrypt,
    msgsignature: await crypt.sign(timestamp, nonce, encrypt),
    timestamp: Number(timestamp),
    nonce,
  }
}
