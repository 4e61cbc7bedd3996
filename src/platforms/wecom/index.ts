/**
 * @module WeCom self-built app: encrypted URL check, encrypted callbacks, encrypted passive replies.
 */
export { createWecomAdapter, type WecomOptions } from './adapter'
export { readWecomQuery, verifyWecomSignature, type WecomCheck, type WecomQuery } from './verify'
export { parseWecomMessage, wecomEncryptField } from './parse'
export { renderWecomReply, WECOM_TEXT_MAX_BYTES } from './render'
