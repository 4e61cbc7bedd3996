/**
 * What the WXBizMsgCrypt channels (WeChat safe mode, WeCom app, WeCom smart robot) share around
 * a callback: opening a WeCom callback (URL check or verified, decrypted message) and the one
 * mapping of their errors to 4xx.
 * @module
 */
import { CryptoError } from './crypto'
import { type PlatformAdapter, reject, textResponse } from './platform'
import { ReceiveIdError, type WxCrypt } from './wx-crypt'
import { XmlError } from './xml'
import { readWecomQuery, verifyWecomSignature } from '../wecom/verify'

/** A verified, decrypted WeCom callback: its plaintext and the signed timestamp. */
export interface OpenedCallback {
  plain: string
  timestamp: string
}

/**
 * Opens a WeCom callback: GET answers the URL check with the decrypted echostr; POST gives the
 * decrypted message. Anything else, or a missing, stale or forged signature, is the Response to
 * send back. Throws CryptoError, ReceiveIdError or XmlError (see {@link wxCallbackError}).
 * @param encryptField reads the ciphertext out of the POST body
 * @param missing the 400 message when there is no ciphertext
 */
export async function openWecomCallback(
  request: Request,
  crypt: WxCrypt,
  now: Date,
  encryptField: (body: string) => string | null,
  missing: string
): Promise<Response | OpenedCallback> {
  const url = new URL(request.url)
  const query = readWecomQuery(url.searchParams)
  if (!query) return reject(401, 'unauthorized', 'msg_signature, timestamp and nonce are required')
  if (request.method !== 'GET' && request.method !== 'POST')
    return reject(405, 'method-not-allowed', 'use GET or POST')
  const encrypted =
    request.method === 'GET'
      ? (url.searchParams.get('echostr') ?? '')
      : (encryptField(await request.text()) ?? '')
  if (!encrypted) return reject(400, 'invalid-input', missing)
  const check = await verifyWecomSignature(crypt, query, encrypted, now)
  if (check === 'stale') return reject(403, 'stale', 'timestamp outside the allowed window')
  if (check !== 'ok') return reject(401, 'unauthorized', 'bad msg_signature')
  const plain = await crypt.decrypt(encrypted)
  if (request.method === 'GET') return textResponse(plain)
  return { plain, timestamp: query.timestamp }
}

/** The 4xx for a receive-id, XML or decryption error; null for anything else (rethrow it). */
export function wxCallbackError(err: unknown, receiver: string): Response | null {
  if (err instanceof ReceiveIdError)
    return reject(403, 'forbidden', `message addressed to another ${receiver}`)
  if (err instanceof XmlError) return reject(400, 'invalid-input', err.message)
  if (err instanceof CryptoError)
    return reject(400, 'invalid-input', `cannot decrypt: ${err.message}`)
  return null
}

export interface WecomCallbackOptions {
  crypt: WxCrypt
  now: () => Date
  encryptField: (body: string) => string | null
  /** The 400 message when there is no ciphertext. */
  missing: string
  /** Who the message may be addressed to, for the 403 ("CorpID", "receiver"). */
  receiver: string
  /** Answers a verified, decrypted message. */
  answer: (opened: OpenedCallback, now: Date) => Promise<Response>
}

/** A WeCom callback adapter (app or smart robot): open, then answer; errors become 4xx. */
export function wecomCallbackAdapter(options: WecomCallbackOptions): PlatformAdapter {
  return {
    async handle(request) {
      const now = options.now()
      try {
        const opened = await openWecomCallback(
          request,
          options.crypt,
          now,
          options.encryptField,
          options.missing
        )
        return opened instanceof Response ? opened : await options.answer(opened, now)
      } catch (err) {
        const response = wxCallbackError(err, options.receiver)
        if (response) return response
        throw err
      }
    },
  }
}
