/**
 * WeCom app passive replies. WeCom's passive reply takes text (not markdown), at most 2048
 * bytes, always encrypted and signed.
 * @module
 */
import { randomNonce, type WxCrypt } from '../shared/wx-crypt'
import { type WxEnvelope, wxEncryptedEnvelope, wxTextReply } from '../shared/wx-message'

export { WX_TEXT_MAX_BYTES as WECOM_TEXT_MAX_BYTES } from '../shared/wx-message'

/** The encrypted passive text reply. */
export async function renderWecomReply(
  crypt: WxCrypt,
  inbound: WxEnvelope,
  content: string,
  now: Date,
  nonce = randomNonce()
): Promise<string> {
  const encrypt = await crypt.encrypt(wxTextReply(inbound, content, now))
  const timestamp = String(Math.floor(now.getTime() / 1000))
  return wxEncryptedEnvelope(encrypt, await crypt.sign(timestamp, nonce, encrypt), timestamp, nonce)
}
