/**
 * @module WeCom smart robot: encrypted JSON callbacks answered with an encrypted stream reply.
 */
export { createWecomBotAdapter, wecomBotInbound, type WecomBotOptions } from './adapter'
export { readWecomBotQuery, verifyWecomBotSignature } from './verify'
export {
  parseWecomBotMessage,
  wecomBotEncryptField,
  stripMentions,
  type WecomBotInbound,
  type WecomBotMessage,
} from './parse'
export {
  renderWecomBotReply,
  streamReply,
  textReply,
  encryptWecomBotReply,
  WECOM_BOT_MARKDOWN_MAX_BYTES,
} from './render'
