/**
 * DingTalk robot callback check: header `timestamp` (ms) within ±1 hour and header `sign` =
 * base64(HMAC-SHA256(appSecret, timestamp + "\n" + appSecret)). The sign does not cover the
 * body, so the adapter also deduplicates by msgId.
 * @module
 */
import { hmacSha256Base64, timingSafeEqual } from '../shared/crypto'
import { isFresh } from '../shared/platform'

/** DingTalk allows one hour of clock difference. */
export const DINGTALK_WINDOW_SEC = 3600

export type DingtalkCheck = 'ok' | 'missing' | 'stale' | 'forged'

/** The sign DingTalk sends for a timestamp. */
export function dingtalkSign(appSecret: string, timestamp: string): Promise<string> {
  return hmacSha256Base64(appSecret, `${timestamp}\n${appSecret}`)
}

/** Checks the `timestamp` and `sign` headers. */
export async function verifyDingtalkRequest(
  appSecret: string,
  headers: Headers,
  now: Date
): Promise<DingtalkCheck> {
  const timestamp = headers.get('timestamp')
  const sign = headers.get('sign')
  if (!timestamp || !sign) return 'missing'
  if (!isFresh(timestamp, now, DINGTALK_WINDOW_SEC, 'ms')) return 'stale'
  return timingSafeEqual(sign, await dingtalkSign(appSecret, timestamp)) ? 'ok' : 'forged'
}
