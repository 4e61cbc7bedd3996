/**
 * The one place an incoming chat message is handled, for every channel: group addressing,
 * dedup (committed only once the reply is sent), rate limit, the question cap, then the
 * conversation — commands, calculations, follow-ups, `ask` — with a kind fallback and a log
 * line that holds no text and no ids.
 * @module
 */
import {
  limitQuestion,
  MAX_QUESTION_CHARS,
  MESSAGES,
  toChinaDate,
  paramTableOf,
  type AskResult,
  getTopic,
} from '../core'
import { type CalcTurn, startCalc, startNamedCalc } from './calc-turns'
import { type Conversation, conversationKey } from './conversation'
import { converse } from './converse'
import type { ChatDeps } from './deps'
import { type InboundMessage, type Reply, noticeReply } from './inbound'
import { admitMessage } from './limits'
import { hasSensitiveNumber } from './mask'
import { CHAT_TEXT } from './messages'
import { giveFeedback } from './feedback'

/** Most inline cards offered per query (Telegram allows 50; hotline staff want a short list). */
export const INLINE_MAX_CARDS = 5

const COUNTED = new Set(['text', 'command', 'choice', 'inline', 'feedback'])

/** The reply could not be sent; the dedup mark was released so the platform's retry is answered. */
export class ChatSendError extends Error {
  override readonly name = 'ChatSendError'
  readonly code = 'send-failed'
}

export interface HandleInboundOptions {
  /**
   * Sends the reply (platforms that answer through an API: Feishu, Telegram). The message counts
   * as answered only once this resolves; when it throws, the failure is logged, the dedup mark
   * released and a {@link ChatSendError} thrown, so the adapter can let the platform retry.
   * Without it the reply travels in the webhook response and is marked answered on return.
   */
  send?: (reply: Reply) => Promise<void>
}

/**
 * Handles one inbound message: the reply to render, or null for none.
 * @example const reply = await handleInbound(message, deps)
 */
export async function handleInbound(
  message: InboundMessage,
  deps: ChatDeps,
  options: HandleInboundOptions = {}
): Promise<Reply | null> {
  const { platform, content } = message
  if (!message.addressed || content.kind === 'ignore') return null
  const group = message.chatKind === 'group'
  const now = deps.now().getTime()
  if (message.sentAt && message.sentAt.getTime() < deps.dedup.horizon(now)) {
    // Older than what the dedup store remembers: it may have been answered already.
    deps.log?.('info', 'beyond dedup horizon', { platform })
    return null
  }
  const dedupKey = message.messageId ? `${platform}:${message.messageId}` : null
  if (dedupKey && (await deps.dedup.claim(dedupKey)) === 'seen') return null
  let reply: Reply | null
  try {
    reply = await respond(message, deps)
    if (reply && options.send) await options.send(reply)
  } catch (err) {
    // Not answered: forget the claim so the platform's retry is.
    if (dedupKey) await deps.dedup.release(dedupKey)
    deps.log?.('warn', 'reply failed', {
      platform,
      error: err instanceof Error ? err.name : 'unknown',
    })
    throw new ChatSendError(`${platform}: reply not sent`, { cause: err })
  }
  if (dedupKey) await deps.dedup.commit(dedupKey)
  deps.log?.('info', 'message', {
    platform,
    kind: content.kind,
    group,
    replied: reply !== null,
  })
  return reply
}

/** The reply before sending: rate limit, then the content's handler; failures become the fallback. */
async function respond(message: InboundMessage, deps: ChatDeps): Promise<Reply | null> {
  const { platform, content } = message
  const group = message.chatKind === 'group'
  // What costs work counts: questions, commands, buttons, inline queries (not hints or welcomes).
  if (COUNTED.has(content.kind) && deps.limits) {
    const gate = admitMessage(deps.limits, platform, message.chatId, message.memberId, group)
    if (gate !== 'allow')
      deps.log?.('info', 'rate limited', { platform, notice: gate === 'notice' })
    if (gate === 'drop') return null
    if (gate === 'notice')
      return content.kind === 'inline' ? null : noticeReply(CHAT_TEXT.rateLimited, group)
  }
  try {
    switch (content.kind) {
      case 'welcome':
        return noticeReply(CHAT_TEXT.welcome, group)
      case 'non-text':
        return noticeReply(CHAT_TEXT.nonText, group)
      case 'voice-unrecognized':
        return noticeReply(CHAT_TEXT.voiceUnrecognized, group)
      case 'inline':
        return inlineReply(content.query, deps)
      case 'ignore':
        return null
      default:
        return await withConversation(message, deps)
    }
  } catch (err) {
    deps.log?.('error', 'handling failed', {
      platform,
      error: err instanceof Error ? err.name : 'unknown',
    })
    return noticeReply(MESSAGES.fallback, group)
  }
}

/** Loads the conversation, runs the message through it, saves it. */
async function withConversation(message: InboundMessage, deps: ChatDeps): Promise<Reply | null> {
  const group = message.chatKind === 'group'
  const key = conversationKey(
    message.platform,
    message.chatId,
    group ? (message.memberId ?? '') : undefined
  )
  const state: Conversation = await deps.conversations.get(key)
  const now = deps.now()
  const table = deps.library.params ? paramTableOf(deps.library) : null
  const turn: CalcTurn | null = table
    ? { library: deps.library, table, now, today: toChinaDate(now), group, state }
    : null
  const reply = dispatch(message, deps, state, turn)
  await deps.conversations.save(key, state)
  return reply
}

function dispatch(
  message: InboundMessage,
  deps: ChatDeps,
  state: Conversation,
  turn: CalcTurn | null
): Reply | null {
  const { content } = message
  const group = message.chatKind === 'group'
  const text = (raw: string) => {
    // Cut before any work (core's bound); the answer says so.
    const { text: question, truncated: cut } = limitQuestion(raw)
    return converse(question, {
      deps,
      turn,
      state,
      group,
      platform: message.platform,
      privacyHint: group && hasSensitiveNumber(question),
      ...(cut ? { truncatedTo: MAX_QUESTION_CHARS } : {}),
    })
  }
  switch (content.kind) {
    case 'text':
      return text(content.text)
    case 'choice':
      // A quick-pick under an older question (or someone else's) must not fill this one.
      if (content.awaiting !== undefined && state.calc?.a !== content.awaiting)
        return noticeReply(CHAT_TEXT.calcExpired, group)
      return text(content.value)
    case 'command':
      return command(content.command, content.args, message, deps, state, turn)
    case 'feedback':
      return giveFeedback(content.articleId ?? state.fb, content.helpful, {
        deps,
        state,
        group,
        platform: message.platform,
      })
    default:
      return null
  }
}

function command(
  name: string,
  args: string,
  message: InboundMessage,
  deps: ChatDeps,
  state: Conversation,
  turn: CalcTurn | null
): Reply | null {
  const group = message.chatKind === 'group'
  const ask = (q: string) =>
    converse(q, {
      deps,
      turn,
      state,
      group,
      platform: message.platform,
      privacyHint: group && hasSensitiveNumber(q),
    })
  switch (name) {
    case 'start':
      return noticeReply(CHAT_TEXT.start, group)
    case 'help':
      return noticeReply(CHAT_TEXT.help, group)
    case 'topics':
      return { ...noticeReply(CHAT_TEXT.topics, group), topicMenu: true }
    case 'ask':
      return args.trim() ? ask(args) : noticeReply(CHAT_TEXT.askUsage, group)
    case 'topic': {
      const topic = getTopic(args)
      const article =
        topic && deps.library.articles.find((a) => a.topic === topic.id && a.kind !== 'case')
      return article ? ask(article.title) : null
    }
    case 'calc':
      if (!turn) return noticeReply(CHAT_TEXT.calcUnavailable, group)
      return startCalc(turn, args, () => {
        const r = deps.ask(args)
        return r.declined ? [] : r.hits.map((h) => h.topic)
      })
    case 'calc-start':
      return turn ? startNamedCalc(turn, args) : noticeReply(CHAT_TEXT.calcUnavailable, group)
    case 'cancel': {
      // A bare /cancel in a group may be meant for another bot: answer it only if it was ours.
      if (!state.calc) return group ? null : noticeReply(CHAT_TEXT.calcNothingToCancel, group)
      state.calc = undefined
      return noticeReply(CHAT_TEXT.calcCancelled, group)
    }
    default:
      return group ? null : noticeReply(CHAT_TEXT.unknownCommand, group)
  }
}

/** Inline mode: the answer itself, then up to four related questions, as cards. */
function inlineReply(query: string, deps: ChatDeps): Reply {
  const q = query.trim().slice(0, 200)
  const results: AskResult[] = []
  if (q) {
    const main = deps.ask(q)
    results.push(main)
    const seen = new Set([main.answer.articleId])
    if (!main.declined)
      for (const rel of main.answer.related) {
        if (results.length >= INLINE_MAX_CARDS) break
        if (seen.has(rel.id)) continue
        seen.add(rel.id)
        const r = deps.ask(rel.title)
        if (!r.declined) results.push(r)
      }
  }
  return {
    kind: 'inline',
    blocks: [],
    choices: [],
    group: false,
    privacyHint: false,
    inline: results,
  }
}
