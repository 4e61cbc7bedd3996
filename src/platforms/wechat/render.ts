/**
 * WeChat passive replies: text XML within 2048 bytes, plain or wrapped for safe mode.
 * @module
 */
import { randomNonce, type WxCrypt } from '../shared/wx-crypt'
import { type WxEnvelope, wxEncryptedEnvelope, wxTextReply } from '../shared/wx-message'

export { WX_TEXT_MAX_BYTES as WECHAT_TEXT_MAX_BYTES } from '../shared/wx-message'

/** The plaintext passive text reply. */
export function renderWechatReply(inbound: WxEnvelope, content: string, now: Date): string {
  return wxTextReply(inbound, content, now)
}

/** Encrypts a reply for safe mode and signs it (msg_signature over the new Encrypt). */
export async function encryptWechatReply(
  crypt: WxCrypt,
  xml: string,
  now: Date,
  nonce = randomNonce()
): Promise<string> {
  const encrypt = await crypt.encrypt(xml)
  const timestamp = String(Math.floor(now.getTime() / 1000))
  return wxEncryptedEnvelope(encrypt, await crypt.sign(timestamp, nonce, encrypt), timestamp, nonce)
}
