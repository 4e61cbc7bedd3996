/**
 * WeCom callback checks: msg_signature = SHA1(sort(token, timestamp, nonce, encrypt)) over the
 * echostr (URL check) or the Encrypt field (messages), within the replay window.
 * @module
 */
import { isFresh, WX_TIMESTAMP_WINDOW_SEC } from '../shared/platform'
import type { WxCrypt } from '../shared/wx-crypt'

export type WecomCheck = 'ok' | 'missing' | 'stale' | 'forged'

/** The query fields every WeCom callback carries. */
export interface WecomQuery {
  msgSignature: string
  timestamp: string
  nonce: string
}

/** Reads msg_signature, timestamp and nonce; null when one is missing. */
export function readWecomQuery(query: URLSearchParams): WecomQuery | null {
  const msgSignature = query.get('msg_signature')
  const timestamp = query.get('timestamp')
  const nonce = query.get('nonce')
  return msgSignature && timestamp && nonce ? { msgSignature, timestamp, nonce } : null
}

/** Checks freshness and the signature over `encrypted` (echostr or Encrypt). */
export async function verifyWecomSignature(
  crypt: WxCrypt,
  q: WecomQuery,
  encrypted: string,
  now: Date
): Promise<WecomCheck> {
  if (!encrypted) return 'missing'
  if (!isFresh(q.timestamp, now, WX_TIMESTAMP_WINDOW_SEC)) return 'stale'
  return (await crypt.verify(q.msgSignature, q.timestamp, q.nonce, encrypted)) ? 'ok' : 'forged'
}
