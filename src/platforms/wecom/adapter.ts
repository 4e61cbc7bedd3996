/**
 * The WeCom self-built app webhook: GET decrypts and returns echostr (URL check); POST
 * decrypts a message, checks the CorpID and answers with an encrypted passive reply.
 * @module
 */
import { CryptoError } from '../shared/crypto'
import {
  type AdapterDeps,
  type PlatformAdapter,
  reject,
  signedAt,
  textResponse,
} from '../shared/platform'
import { ReceiveIdError, createWxCrypt } from '../shared/wx-crypt'
import { wxInbound, wxReplyContent } from '../shared/wx-message'
import { handleInbound } from '../../chat'
import { XmlError } from '../shared/xml'
import { readWecomQuery, verifyWecomSignature } from './verify'
import { parseWecomMessage, wecomEncryptField } from './parse'
import { renderWecomReply } from './render'

export interface WecomOptions extends AdapterDeps {
  token: string
  encodingAesKey: string
  corpId: string
}

const PLATFORM = 'wecom'

/** Builds the adapter; throws at start-up on a malformed EncodingAESKey. */
export function createWecomAdapter(options: WecomOptions): PlatformAdapter {
  const crypt = createWxCrypt({
    token: options.token,
    encodingAesKey: options.encodingAesKey,
    receiveId: options.corpId,
  })
  return {
    async handle(request) {
      const url = new URL(request.url)
      const now = options.now()
      const query = readWecomQuery(url.searchParams)
      if (!query)
        return reject(401, 'unauthorized', 'msg_signature, timestamp and nonce are required')
      if (request.method !== 'GET' && request.method !== 'POST')
        return reject(405, 'method-not-allowed', 'use GET or POST')
      try {
        const encrypted =
          request.method === 'GET'
            ? (url.searchParams.get('echostr') ?? '')
            : wecomEncryptField(await request.text())
        const check = await verifyWecomSignature(crypt, query, encrypted, now)
        if (check === 'missing') return reject(400, 'invalid-input', 'no echostr or Encrypt field')
        if (check === 'stale') return reject(403, 'stale', 'timestamp outside the allowed window')
        if (check === 'forged') return reject(401, 'unauthorized', 'bad msg_signature')
        const plain = await crypt.decrypt(encrypted)
        if (request.method === 'GET') return textResponse(plain)

        const inbound = parseWecomMessage(plain)
        const reply = await handleInbound(
          wxInbound(PLATFORM, inbound, signedAt(query.timestamp)),
          options
        )
        const content = reply ? wxReplyContent(reply) : null
        // An empty body tells WeCom "received, no reply".
        if (content === null) return textResponse('')
        return textResponse(
          await renderWecomReply(crypt, inbound, content, now),
          'application/xml; charset=utf-8'
        )
      } catch (err) {
        if (err instanceof ReceiveIdError)
          return reject(403, 'forbidden', 'message addressed to another CorpID')
        if (err instanceof XmlError) return reject(400, 'invalid-input', err.message)
        if (err instanceof CryptoError)
          return reject(400, 'invalid-input', `cannot decrypt: ${err.message}`)
        throw err
      }
    },
  }
}
