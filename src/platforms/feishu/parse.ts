/**
 * Reads Feishu/Lark callbacks: the optional {"encrypt"} wrapper (AES-256-CBC, key =
 * SHA-256(Encrypt Key), IV = first 16 bytes), url_verification, and im.message.receive_v1.
 * @module
 */
import * as z from 'zod'
import { CryptoError, aesCbcDecrypt, fromBase64, fromUtf8, sha256Bytes } from '../shared/crypto'
import { FEISHU_ID } from './client'

/** Decrypts the `encrypt` field; throws CryptoError. */
export async function decryptFeishu(encryptKey: string, encrypt: string): Promise<string> {
  const data = fromBase64(encrypt)
  if (data.length < 32) throw new CryptoError('ciphertext too short')
  return fromUtf8(
    await aesCbcDecrypt(await sha256Bytes(encryptKey), data.slice(0, 16), data.slice(16))
  )
}

const MentionSchema = z.looseObject({
  key: z.string(),
  id: z.looseObject({ open_id: z.string().optional() }).optional(),
})

const MessageEventSchema = z.looseObject({
  schema: z.literal('2.0'),
  header: z.looseObject({
    event_id: z.string(),
    event_type: z.string(),
    token: z.string().optional(),
  }),
  event: z.looseObject({
    sender: z.looseObject({ sender_type: z.string().optional() }).optional(),
    message: z
      .looseObject({
        // Checked here so no malformed id reaches a URL.
        message_id: z.string().regex(FEISHU_ID),
        chat_id: z.string().optional(),
        chat_type: z.string(),
        message_type: z.string(),
        content: z.string().optional(),
        mentions: z.array(MentionSchema).optional(),
      })
      .optional(),
  }),
})

export type FeishuInbound = { kind: 'text'; text: string } | { kind: 'other'; msgType: string }

export interface FeishuMessage {
  eventId: string
  messageId: string
  /** The chat (rate-limit key; never logged). */
  chatId: string
  group: boolean
  /** open_ids of everyone @-mentioned. */
  mentionedOpenIds: string[]
  fromApp: boolean
  message: FeishuInbound
}

export type FeishuCallback =
  | { type: 'url_verification'; token: unknown; challenge: string }
  | { type: 'message'; token: unknown; message: FeishuMessage }
  | { type: 'other'; token: unknown; eventId: string }

/** Text of a post (rich text) message: its text elements, lines joined. */
function postText(content: unknown): string {
  const c = content as { content?: unknown; zh_cn?: { content?: unknown } }
  const rows = Array.isArray(c?.content)
    ? c.content
    : Array.isArray(c?.zh_cn?.content)
      ? c.zh_cn.content
      : []
  return (rows as unknown[])
    .map((row) =>
      Array.isArray(row)
        ? row
            .map((el) =>
              el && (el as { tag?: string }).tag === 'text'
                ? String((el as { text?: unknown }).text ?? '')
                : ''
            )
            .join('')
        : ''
    )
    .join('\n')
    .trim()
}

/** Removes Feishu's @_user_N placeholders from message text. */
export function stripFeishuMentions(text: string): string {
  return text
    .replace(/@_user_\d+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Classifies a (decrypted) callback payload. */
export function parseFeishuCallback(payload: Record<string, unknown>): FeishuCallback {
  if (payload['type'] === 'url_verification')
    return {
      type: 'url_verification',
      token: payload['token'],
      challenge: String(payload['challenge'] ?? ''),
    }
  const header = payload['header'] as
    { token?: unknown; event_id?: unknown; event_type?: unknown } | undefined
  const token = header?.token ?? payload['token']
  const eventId = String(header?.event_id ?? payload['uuid'] ?? '')
  if (header?.event_type !== 'im.message.receive_v1') return { type: 'other', token, eventId }
  const parsed = MessageEventSchema.safeParse(payload)
  const m = parsed.success ? parsed.data.event.message : undefined
  if (!parsed.success || !m) return { type: 'other', token, eventId }
  let content: unknown
  try {
    content = m.content ? JSON.parse(m.content) : null
  } catch {
    content = null
  }
  let message: FeishuInbound = { kind: 'other', msgType: m.message_type }
  if (m.message_type === 'text' && typeof (content as { text?: unknown })?.text === 'string')
    message = { kind: 'text', text: stripFeishuMentions((content as { text: string }).text) }
  else if (m.message_type === 'post') {
    const text = stripFeishuMentions(postText(content))
    if (text) message = { kind: 'text', text }
  }
  return {
    type: 'message',
    token,
    message: {
      eventId,
      messageId: m.message_id,
      chatId: m.chat_id ?? '',
      group: m.chat_type !== 'p2p',
      mentionedOpenIds: (m.mentions ?? []).map((x) => x.id?.open_id ?? '').filter(Boolean),
      fromApp: parsed.data.event.sender?.sender_type === 'app',
      message,
    },
  }
}
