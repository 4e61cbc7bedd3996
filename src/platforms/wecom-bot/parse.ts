/**
 * Reads WeCom smart-robot callbacks: a JSON envelope {"encrypt": …} around a JSON message
 * (msgid, chattype single|group, msgtype text|voice|image|mixed|event|stream, …).
 * @module
 */
import * as z from 'zod'
import { parseJsonAs } from '../shared/parse-json'

const EnvelopeSchema = z.object({ encrypt: z.string().min(1) })

/** The `encrypt` field of the POST body, or null when the body is not such an envelope. */
export function wecomBotEncryptField(body: string): string | null {
  return parseJsonAs(EnvelopeSchema, body)?.encrypt ?? null
}

const MessageSchema = z.looseObject({
  msgid: z.string().optional(),
  chattype: z.string().optional(),
  chatid: z.string().optional(),
  from: z.looseObject({ userid: z.string().optional() }).optional(),
  msgtype: z.string(),
  text: z.looseObject({ content: z.string() }).optional(),
  voice: z.looseObject({ content: z.string().optional() }).optional(),
  event: z.looseObject({ eventtype: z.string().optional() }).optional(),
})

export type WecomBotInbound =
  | { kind: 'text'; text: string }
  | { kind: 'voice'; recognition: string }
  | { kind: 'enter' }
  | { kind: 'ignore' }
  | { kind: 'other'; msgType: string }

export interface WecomBotMessage {
  msgId: string
  group: boolean
  /** The group's chatid, or the sender's userid in a 1:1 chat (rate-limit key; never logged). */
  chatId: string
  /** The sender's userid (per-member state and limit in groups; never logged). */
  memberId: string
  message: WecomBotInbound
}

/** Strips the leading @mentions a group message starts with ("@工友 问题" → "问题"). */
export function stripMentions(text: string): string {
  return text.replace(/^(\s*@\S+\s*)+/, '').trim()
}

/** Parses the decrypted JSON message; null when it is not one. */
export function parseWecomBotMessage(json: string): WecomBotMessage | null {
  const m = parseJsonAs(MessageSchema, json)
  if (!m) return null
  const group = m.chattype === 'group'
  const base = {
    msgId: m.msgid ?? '',
    group,
    chatId: (group ? m.chatid : m.from?.userid) ?? m.chatid ?? '',
    memberId: m.from?.userid ?? '',
  }
  switch (m.msgtype) {
    case 'text':
      return { ...base, message: { kind: 'text', text: stripMentions(m.text?.content ?? '') } }
    case 'voice':
      return {
        ...base,
        message: { kind: 'voice', recognition: stripMentions(m.voice?.content ?? '') },
      }
    case 'event':
      return {
        ...base,
        message: m.event?.eventtype === 'enter_chat' ? { kind: 'enter' } : { kind: 'ignore' },
      }
    case 'stream':
      // WeCom polling a stream we already finished: nothing to add.
      return { ...base, message: { kind: 'ignore' } }
    default:
      return { ...base, message: { kind: 'other', msgType: m.msgtype } }
  }
}
