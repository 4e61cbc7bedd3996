/** 32-bit FNV-1a, hex: a cheap fingerprint for dedup and rate-limit keys (not a security measure). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16)
}

/**
 * The key a chat is rate-limited under: platform plus a digest of the chat id, so the limiter's
 * memory never holds raw user or chat ids.
 */
export function chatKey(platform: string, chatId: string | number): string {
  const id = String(chatId)
  return `${platform}:${fnv1a(id)}${fnv1a(`${id}#`)}`
}
