/**
 * Reads a WeChat Official Account message (plaintext or decrypted safe-mode XML).
 * @module
 */
import { parseXml, xmlText } from '../shared/xml'
import { type WxEnvelope, parseWxMessage } from '../shared/wx-message'

/** Parses the POST body; throws XmlError on malformed or hostile XML. */
export function parseWechatBody(body: string): WxEnvelope {
  return parseWxMessage(parseXml(body))
}

/** The Encrypt field of a safe-mode body ('' when absent); throws XmlError. */
export function wechatEncryptField(body: string): string {
  return xmlText(parseXml(body), 'Encrypt')
}
