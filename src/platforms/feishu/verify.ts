/**
 * Feishu/Lark callback checks. With an Encrypt Key, events carry X-Lark-Signature =
 * hex(SHA-256(timestamp + nonce + encryptKey + raw body)), checked over the raw bytes as
 * received (re-serialised JSON would differ). The verification token in the payload is
 * checked on everything, and is the only check on url_verification (the official SDKs sign
 * nothing there).
 * @module
 */
import { sha256Hex, timingSafeEqual } from '../shared/crypto'
import { isFresh } from '../shared/platform'

/** Accepted clock difference for X-Lark-Request-Timestamp (seconds). */
export const FEISHU_WINDOW_SEC = 3600

export type FeishuCheck = 'ok' | 'unsigned' | 'stale' | 'forged'

/** The X-Lark-Signature of a raw body. */
export function feishuSignature(
  timestamp: string,
  nonce: string,
  encryptKey: string,
  rawBody: string
): Promise<string> {
  return sha256Hex(timestamp + nonce + encryptKey + rawBody)
}

/** Checks X-Lark-Signature; 'unsigned' when the headers are absent. */
export async function verifyFeishuSignature(
  encryptKey: string,
  headers: Headers,
  rawBody: string,
  now: Date
): Promise<FeishuCheck> {
  const signature = headers.get('x-lark-signature')
  const timestamp = headers.get('x-lark-request-timestamp')
  const nonce = headers.get('x-lark-request-nonce')
  if (!signature) return 'unsigned'
  if (!timestamp || nonce === null) return 'forged'
  if (!isFresh(timestamp, now, FEISHU_WINDOW_SEC)) return 'stale'
  return timingSafeEqual(
    signature.toLowerCase(),
    await feishuSignature(timestamp, nonce, encryptKey, rawBody)
  )
    ? 'ok'
    : 'forged'
}

/** Constant-time check of the verification token a payload carries. */
export function verifyFeishuToken(expected: string, actual: unknown): boolean {
  return typeof actual === 'string' && timingSafeEqual(actual, expected)
}
