/**
 * Web Crypto helpers shared by the chat adapters: digests, HMAC, constant-time comparison and
 * AES-256-CBC with the non-standard padding WeChat/WeCom use. No node:crypto, so the same code
 * runs on Node and in workerd.
 * @module
 */

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>
}

/**
 * Decodes UTF-8 strictly: invalid bytes throw a CryptoError (a signed ciphertext that decrypts to
 * garbage is bad input, answered 400 like any undecryptable body, not a 500).
 */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes)
  } catch {
    throw new CryptoError('decrypted bytes are not UTF-8')
  }
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let out = ''
  for (const b of view) out += b.toString(16).padStart(2, '0')
  return out
}

/** Standard base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Decodes standard base64 (whitespace ignored); throws on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new CryptoError('invalid base64')
  const binary = atob(clean)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** Raised for any malformed ciphertext, key or encoding; adapters map it to a 4xx. */
export class CryptoError extends Error {
  override readonly name = 'CryptoError'
}

/** SHA-1 hex digest of a UTF-8 string (WeChat/WeCom signatures). */
export async function sha1Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-1', utf8(text)))
}

/** SHA-256 hex digest of a UTF-8 string (Feishu's X-Lark-Signature). */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', utf8(text)))
}

/** SHA-256 digest bytes of a UTF-8 string (Feishu's AES key). */
export async function sha256Bytes(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)))
}

/** Base64 HMAC-SHA256 (DingTalk's sign). */
export async function hmacSha256Base64(key: string, message: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    'raw',
    utf8(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign']
  )
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', k, utf8(message))))
}

/**
 * Compares two strings in time that depends only on their lengths, never on where they differ.
 * Signatures are public-length hex/base64, so leaking the length is harmless.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = utf8(a)
  const y = utf8(b)
  const len = Math.max(x.length, y.length)
  let diff = x.length ^ y.length
  for (let i = 0; i < len; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0)
  return diff === 0
}

async function aesKey(
  key: Uint8Array<ArrayBuffer>,
  usage: 'encrypt' | 'decrypt'
): Promise<CryptoKey> {
  if (key.length !== 32) throw new CryptoError('AES-256 needs a 32-byte key')
  return crypto.subtle.importKey('raw', key, { name: 'AES-CBC' }, false, [usage])
}

/**
 * AES-256-CBC decryption that returns every plaintext byte, padding included.
 * Web Crypto always strips PKCS#7 with block size 16 and throws on a pad byte above 16, but
 * WeChat pads to 32-byte blocks. So we append one synthetic block whose plaintext is sixteen
 * 0x10 bytes (E = AES(K, 0x10… XOR C_last), obtained by encrypting that block with IV = C_last);
 * Web Crypto strips exactly that block and hands back the real plaintext untouched.
 */
export async function aesCbcDecryptRaw(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
    throw new CryptoError('ciphertext is not whole AES blocks')
  const last = ciphertext.slice(ciphertext.length - 16)
  const encKey = await aesKey(key, 'encrypt')
  const synthetic = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv: last }, encKey, new Uint8Array(16).fill(16))
  ).slice(0, 16)
  const extended = new Uint8Array(ciphertext.length + 16)
  extended.set(ciphertext)
  extended.set(synthetic, ciphertext.length)
  const decKey = await aesKey(key, 'decrypt')
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, decKey, extended))
}

/**
 * AES-256-CBC encryption of input that is already padded to whole blocks: Web Crypto adds one
 * full PKCS#7 block of its own, which we cut off (CBC output is prefix-stable).
 */
export async function aesCbcEncryptRaw(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  padded: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
  if (padded.length % 16 !== 0) throw new CryptoError('plaintext is not padded to whole AES blocks')
  const out = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, await aesKey(key, 'encrypt'), padded)
  )
  return out.slice(0, padded.length)
}

/** PKCS#7 padding to `blockSize` (WeChat: 32). */
export function pkcs7Pad(data: Uint8Array, blockSize: number): Uint8Array<ArrayBuffer> {
  const pad = blockSize - (data.length % blockSize)
  const out = new Uint8Array(data.length + pad)
  out.set(data)
  out.fill(pad, data.length)
  return out
}

/** Removes PKCS#7 padding of any block size up to `blockSize`; throws on a malformed pad. */
export function pkcs7Unpad(
  data: Uint8Array<ArrayBuffer>,
  blockSize: number
): Uint8Array<ArrayBuffer> {
  const pad = data[data.length - 1] ?? 0
  if (pad < 1 || pad > blockSize || pad > data.length) throw new CryptoError('bad padding')
  for (let i = data.length - pad; i < data.length; i++)
    if (data[i] !== pad) throw new CryptoError('bad padding')
  return data.slice(0, data.length - pad)
}

/** Standard AES-256-CBC + PKCS#7(16) decryption (Feishu's encrypt field). */
export async function aesCbcDecrypt(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
  return pkcs7Unpad(await aesCbcDecryptRaw(key, iv, ciphertext), 16)
}

/** Cryptographically random bytes. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n))
}
