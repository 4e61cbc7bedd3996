/**
 * Reads a DingTalk enterprise-robot callback (JSON): text, recognised audio, rich text.
 * @module
 */
import * as z from 'zod'
import { parseJsonAs } from '../shared/parse-json'

const CallbackSchema = z.looseObject({
  msgId: z.string().optional(),
  msgtype: z.string(),
  conversationId: z.string().optional(),
  conversationType: z.union([z.string(), z.number()]).optional(),
  isInAtList: z.boolean().optional(),
  senderId: z.string().optional(),
  senderStaffId: z.string().optional(),
  sessionWebhook: z.string().optional(),
  text: z.looseObject({ content: z.string() }).optional(),
  content: z.unknown().optional(),
})

export type DingtalkInbound = { kind: 'text'; text: string } | { kind: 'other'; msgType: string }

export interface DingtalkMessage {
  msgId: string
  /** The conversation (rate-limit key; never logged). */
  chatId: string
  /** The sender (per-member state and limit in groups; never logged). */
  memberId: string
  group: boolean
  /** In a group: was the robot @-mentioned? (1:1 chats are always addressed.) */
  addressed: boolean
  message: DingtalkInbound
  /** Only kept when it points at DingTalk's own hosts (see {@link isDingtalkSessionWebhook}). */
  sessionWebhook: string | null
}

/**
 * True only for https URLs on dingtalk.com hosts: a forged callback must never make us POST
 * elsewhere (the sign does not cover the body).
 */
export function isDingtalkSessionWebhook(url: string): boolean {
  try {
    const u = new URL(url)
    return (
      u.protocol === 'https:' &&
      (u.hostname === 'oapi.dingtalk.com' || u.hostname === 'api.dingtalk.com') &&
      !u.username &&
      !u.password &&
      !u.port
    )
  } catch {
    return false
  }
}

function richText(content: unknown): string {
  const items = (content as { richText?: unknown })?.richText
  if (!Array.isArray(items)) return ''
  return items
    .map((i) =>
      typeof (i as { text?: unknown })?.text === 'string' ? (i as { text: string }).text : ''
    )
    .join('')
    .trim()
}

/** Parses the callback JSON; null when it is not one. */
export function parseDingtalkCallback(body: string): DingtalkMessage | null {
  const m = parseJsonAs(CallbackSchema, body)
  if (!m) return null
  const group = String(m.conversationType ?? '1') === '2'
  const sessionWebhook =
    m.sessionWebhook && isDingtalkSessionWebhook(m.sessionWebhook) ? m.sessionWebhook : null
  const base = {
    msgId: m.msgId ?? '',
    chatId: m.conversationId ?? '',
    memberId: m.senderStaffId ?? m.senderId ?? '',
    group,
    addressed: !group || m.isInAtList === true,
    sessionWebhook,
  }
  if (m.msgtype === 'text')
    return { ...base, message: { kind: 'text', text: (m.text?.content ?? '').trim() } }
  if (m.msgtype === 'audio') {
    const recognition = (m.content as { recognition?: unknown })?.recognition
    if (typeof recognition === 'string' && recognition.trim())
      return { ...base, message: { kind: 'text', text: recognition.trim() } }
  }
  if (m.msgtype === 'richText') {
    const text = richText(m.content)
    if (text) return { ...base, message: { kind: 'text', text } }
  }
  return { ...base, message: { kind: 'other', msgType: m.msgtype } }
}
