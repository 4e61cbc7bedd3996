/**
 * Reads WeCom app callbacks: the outer XML (ToUserName, AgentID, Encrypt) and, after
 * decryption, the same message shape as WeChat.
 * @module
 */
import { parseXml, xmlText } from '../shared/xml'
import { type WxEnvelope, parseWxMessage } from '../shared/wx-message'

/** The Encrypt field of a callback body ('' when absent); throws XmlError. */
export function wecomEncryptField(body: string): string {
  return xmlText(parseXml(body), 'Encrypt')
}

/** Parses the decrypted message XML; throws XmlError. */
export function parseWecomMessage(xml: string): WxEnvelope {
  return parseWxMessage(parseXml(xml))
}
