/**
 * @module WeChat Official Account: URL check, plaintext and safe-mode messages, passive replies.
 */
export { createWechatAdapter, type WechatOptions } from './adapter'
export { verifyWechatRequest, type WechatCheck } from './verify'
export { parseWechatBody, wechatEncryptField } from './parse'
export { renderWechatReply, encryptWechatReply, WECHAT_TEXT_MAX_BYTES } from './render'
