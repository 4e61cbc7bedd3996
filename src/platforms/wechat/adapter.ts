/**
 * The WeChat Official Account webhook: GET answers the URL check (echostr); POST answers a
 * message inside the response (passive reply), plaintext or safe mode (AES).
 * @module
 */
import {
  type AdapterDeps,
  type PlatformAdapter,
  reject,
  signedAt,
  textResponse,
} from '../shared/platform'
import { wxCallbackError } from '../shared/wx-callback'
import { createWxCrypt } from '../shared/wx-crypt'
import { wxInbound, wxReplyContent } from '../shared/wx-message'
import { handleInbound } from '../../chat'
import { verifyWechatRequest } from './verify'
import { parseWechatBody, wechatEncryptField } from './parse'
import { encryptWechatReply, renderWechatReply } from './render'

export interface WechatOptions extends AdapterDeps {
  token: string
  /** Safe mode: both appId and encodingAesKey. */
  appId?: string
  encodingAesKey?: string
}

const PLATFORM = 'wechat'
/** WeChat takes "success" (or an empty body) as "received, no reply". */
const NO_REPLY = 'success'

/** Builds the adapter; throws at start-up on a malformed EncodingAESKey. */
export function createWechatAdapter(options: WechatOptions): PlatformAdapter {
  const crypt =
    options.appId && options.encodingAesKey
      ? createWxCrypt({
          token: options.token,
          encodingAesKey: options.encodingAesKey,
          receiveId: options.appId,
        })
      : null

  return {
    async handle(request) {
      const url = new URL(request.url)
      const now = options.now()
      const check = await verifyWechatRequest(options.token, url.searchParams, now)
      if (check === 'missing')
        return reject(401, 'unauthorized', 'signature, timestamp and nonce are required')
      if (check === 'stale') return reject(403, 'stale', 'timestamp outside the allowed window')
      if (check === 'forged') return reject(401, 'unauthorized', 'bad signature')

      if (request.method === 'GET') return textResponse(url.searchParams.get('echostr') ?? '')
      if (request.method !== 'POST') return reject(405, 'method-not-allowed', 'use GET or POST')

      const safe = url.searchParams.get('encrypt_type') === 'aes'
      if (crypt && !safe)
        return reject(401, 'unauthorized', 'safe mode is on: encrypted messages only')
      if (!crypt && safe) return reject(400, 'invalid-input', 'safe mode is not configured')
      try {
        const body = await request.text()
        let xml = body
        if (crypt) {
          const encrypt = wechatEncryptField(body)
          const msgSignature = url.searchParams.get('msg_signature') ?? ''
          const { timestamp, nonce } = Object.fromEntries(url.searchParams) as Record<
            string,
            string
          >
          if (!encrypt || !(await crypt.verify(msgSignature, timestamp!, nonce!, encrypt)))
            return reject(401, 'unauthorized', 'bad msg_signature')
          xml = await crypt.decrypt(encrypt)
        }
        const inbound = parseWechatBody(xml)
        const reply = await handleInbound(
          wxInbound(PLATFORM, inbound, signedAt(url.searchParams.get('timestamp'))),
          options
        )
        const content = reply ? wxReplyContent(reply) : null
        if (content === null) return textResponse(NO_REPLY)
        const xmlReply = renderWechatReply(inbound, content, now)
        const out = crypt ? await encryptWechatReply(crypt, xmlReply, now) : xmlReply
        return textResponse(out, 'application/xml; charset=utf-8')
      } catch (err) {
        const response = wxCallbackError(err, 'account')
        if (response) return response
        throw err
      }
    },
  }
}
