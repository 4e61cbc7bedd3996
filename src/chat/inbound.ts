/**
 * The neutral message every adapter parses its payload into, and the neutral reply it renders.
 * @module
 */
import { type AskResult, type ReplyBlock } from '../core'

/** What a message carries, as far as the conversation is concerned. */
export type InboundContent =
  | { kind: 'text'; text: string }
  /** A voice message the platform could not transcribe. */
  | { kind: 'voice-unrecognized' }
  /** An image, sticker, file, location…: gets a polite hint. */
  | { kind: 'non-text' }
  /** A new follower or someone opening the chat: gets the welcome. */
  | { kind: 'welcome' }
  /** An event that needs no reply (unsubscribe, a stream poll…). */
  | { kind: 'ignore' }
  /** A slash command (Telegram): `command` without the slash, `args` the rest. */
  | { kind: 'command'; command: string; args: string }
  /** A button press: the value it carries, and the calculator input it answers if any. */
  | { kind: 'choice'; value: string; awaiting?: string }
  /** An inline query (Telegram `@bot 关键词`). */
  | { kind: 'inline'; query: string }
  /**
   * A 👍/👎 button under an answer: on the article it carried, or (no id: the button had no room
   * for one) on the chat's last answer.
   */
  | { kind: 'feedback'; helpful: boolean; articleId?: string }

/**
 * One incoming message. `chatId` and `memberId` are whatever the platform gives; the layer only
 * ever stores or logs digests of them.
 */
export interface InboundMessage {
  platform: string
  chatId: string
  /** The sender; set in groups so each member has their own conversation and limit. */
  memberId?: string
  chatKind: 'private' | 'group'
  /** In groups: was the bot @-mentioned or replied to? (Private chats are always addressed.) */
  addressed: boolean
  /** The platform's retry key ('' when it has none: then no dedup). */
  messageId: string
  /** When the platform says the message was sent (checked against the dedup horizon). */
  sentAt?: Date
  content: InboundContent
}

/** A choice offered under a reply: a button, or a numbered line on text channels. */
export interface Choice {
  label: string
  /** What choosing it sends back (the same as typing it). */
  reply: string
}

/** One neutral reply; platforms render it per markup and length limit. */
export interface Reply {
  kind: 'answer' | 'calc-result' | 'calc-question' | 'more' | 'notice' | 'inline'
  /** A title for channels that show one (Feishu post, DingTalk notification). */
  title?: string
  blocks: ReplyBlock[]
  choices: Choice[]
  /** Sent into a group: ID-card and phone numbers are masked. */
  group: boolean
  /** The question held ID-card or phone numbers: group replies say why they were masked. */
  privacyHint: boolean
  /** The calculator input the reply asks for (Telegram offers quick-pick buttons). */
  awaiting?: string
  /** Telegram's /calc without arguments: offer the calculator menu. */
  calcMenu?: boolean
  /** Telegram's /topics: offer the topic menu. */
  topicMenu?: boolean
  /** Inline queries: the answers to offer as cards. */
  inline?: AskResult[]
  /**
   * The answer asks for 👍/👎 on this article: channels with buttons show two; text channels show
   * the 「回复 1 有用 / 2 没用」 line when `byReply` (the next message's 1 or 2 is then taken as
   * feedback; not when a calculation or a numbered choice waits for that number).
   */
  feedback?: { articleId: string; byReply: boolean }
}

/** A reply of one plain notice. */
export function noticeReply(text: string, group = false): Reply {
  return {
    kind: 'notice',
    blocks: [{ kind: 'text', text }],
    choices: [],
    group,
    privacyHint: false,
  }
}
