/**
 * The WXBizMsgCrypt scheme shared by WeChat safe mode, WeCom apps and the WeCom smart robot:
 * msg_signature = SHA1(sort(token, timestamp, nonce, encrypt)); AES-256-CBC with
 * key = base64(EncodingAESKey + "="), IV = key[0..16), PKCS#7 padded to 32-byte blocks;
 * plaintext = random(16) | length(4, big-endian) | message | receiveId.
 * @module
 */
import {
  CryptoError,
  aesCbcDecryptRaw,
  aesCbcEncryptRaw,
  fromBase64,
  fromUtf8,
  pkcs7Pad,
  pkcs7Unpad,
  randomBytes,
  sha1Hex,
  timingSafeEqual,
  toBase64,
  utf8,
} from './crypto'

/** WeChat and WeCom pad to this block size, not AES's 16. */
export const WX_BLOCK_SIZE = 32

export interface WxCryptOptions {
  token: string
  /** 43 characters, from the admin console. */
  encodingAesKey: string
  /** AppID (WeChat), CorpID (WeCom app) or '' (WeCom smart robot). */
  receiveId: string
}

export interface WxCrypt {
  /** SHA1 of the sorted, concatenated parts (also the plain WeChat `signature` with 3 parts). */
  sign(...parts: string[]): Promise<string>
  /** Constant-time check of a signature over the given parts. */
  verify(signature: string, ...parts: string[]): Promise<boolean>
  /** Decrypts an Encrypt/echostr value and checks its receive id; throws CryptoError. */
  decrypt(encrypted: string): Promise<string>
  /** Encrypts a reply. `random` (16 bytes) is for reproducible tests only. */
  encrypt(message: string, random?: Uint8Array): Promise<string>
}

/** The message decrypted but was addressed to another AppID/CorpID; adapters answer 403. */
export class ReceiveIdError extends CryptoError {
  override readonly name = 'CryptoError'
}

/** SHA1(sort(parts).join('')), the signature of WeChat, WeCom and WXBizMsgCrypt. */
export async function wxSignature(...parts: string[]): Promise<string> {
  return sha1Hex([...parts].sort().join(''))
}

/** Decodes an EncodingAESKey into the 32-byte AES key; throws on a malformed key. */
export function decodeEncodingAesKey(encodingAesKey: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey))
    throw new CryptoError('EncodingAESKey must be 43 characters [A-Za-z0-9]')
  const key = fromBase64(encodingAesKey + '=')
  if (key.length !== 32) throw new CryptoError('EncodingAESKey does not decode to 32 bytes')
  return key
}

/** Builds the crypt for one account. Throws at once on a malformed EncodingAESKey. */
export function createWxCrypt(options: WxCryptOptions): WxCrypt {
  const key = decodeEncodingAesKey(options.encodingAesKey)
  const iv = key.slice(0, 16)
  const sign = (...parts: string[]) => wxSignature(options.token, ...parts)
  return {
    sign,
    async verify(signature, ...parts) {
      return timingSafeEqual(signature.toLowerCase(), await sign(...parts))
    },
    async decrypt(encrypted) {
      const raw = await aesCbcDecryptRaw(key, iv, fromBase64(encrypted))
      const plain = pkcs7Unpad(raw, WX_BLOCK_SIZE)
      if (plain.length < 20) throw new CryptoError('decrypted message too short')
      const length = new DataView(plain.buffer, plain.byteOffset + 16, 4).getUint32(0)
      if (20 + length > plain.length) throw new CryptoError('bad message length')
      const message = fromUtf8(plain.subarray(20, 20 + length))
      const receiveId = fromUtf8(plain.subarray(20 + length))
      if (!timingSafeEqual(receiveId, options.receiveId))
        throw new ReceiveIdError('receive id mismatch')
      return message
    },
    async encrypt(message, random = randomBytes(16)) {
      const body = utf8(message)
      const rid = utf8(options.receiveId)
      const plain = new Uint8Array(20 + body.length + rid.length)
      plain.set(random.subarray(0, 16))
      new DataView(plain.buffer).setUint32(16, body.length)
      plain.set(body, 20)
      plain.set(rid, 20 + body.length)
      return toBase64(await aesCbcEncryptRaw(key, iv, pkcs7Pad(plain, WX_BLOCK_SIZE)))
    },
  }
}

/** A random numeric nonce for reply envelopes. */
export function randomNonce(): string {
  return String(new DataView(randomBytes(4).buffer).getUint32(0))
}
