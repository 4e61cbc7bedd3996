/**
 * WeChat Official Account request checks: the plain `signature` (SHA1 of token, timestamp,
 * nonce) on every request, and in safe mode the `msg_signature` over the Encrypt field.
 * @module
 */
import { timingSafeEqual } from '../shared/crypto'
import { isFresh, WX_TIMESTAMP_WINDOW_SEC } from '../shared/platform'
import { wxSignature } from '../shared/wx-crypt'

export type WechatCheck = 'ok' | 'missing' | 'stale' | 'forged'

/** Checks `signature`, `timestamp` and `nonce` from the query string. */
export async function verifyWechatRequest(
  token: string,
  query: URLSearchParams,
  now: Date
): Promise<WechatCheck> {
  const signature = query.get('signature')
  const timestamp = query.get('timestamp')
  const nonce = query.get('nonce')
  if (!signature || !timestamp || !nonce) return 'missing'
  if (!isFresh(timestamp, now, WX_TIMESTAMP_WINDOW_SEC)) return 'stale'
  return timingSafeEqual(signature.toLowerCase(), await wxSignature(token, timestamp, nonce))
    ? 'ok'
    : 'forged'
}
