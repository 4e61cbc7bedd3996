/**
 * The Telegram bot (grammY): each update becomes a neutral inbound message for the conversation
 * layer, and its reply goes back as HTML with buttons. Used by the webhook route and by long
 * polling alike.
 * @module
 */
import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, type Context, GrammyError, HttpError } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import {
  type ChatDeps,
  ChatSendError,
  type InboundContent,
  type InboundMessage,
  type Reply,
  createConversations,
  createMemoryDedupStore,
  createMemoryKeyValueStore,
  fnv1a,
  handleInbound,
} from '../../chat'
import { toChinaDate } from '../../core'
import type { PlatformLog } from '../shared/platform'
import { addressedText, isGroup } from './addressed'
import { CALC_CALLBACK } from './calc-keyboard'
import { FEEDBACK_CALLBACK, feedbackContent } from './feedback'
import { inlineCard, renderTelegram, replyKeyboard } from './render'

/** The bot's options: the conversation layer's deps (in-memory defaults) and the bot's identity. */
export interface TelegramBotOptions extends Omit<ChatDeps, 'now' | 'conversations' | 'dedup'> {
  token: string
  username: string
  apiRoot?: string
  now?: () => Date
  conversations?: ChatDeps['conversations']
  dedup?: ChatDeps['dedup']
  /** Where failed updates are reported (no message text, no ids). */
  log?: PlatformLog
  /**
   * Longest one Bot API call may take, in seconds; default {@link API_TIMEOUT_SECONDS}. Long
   * polling passes more (getUpdates is held open).
   */
  timeoutSeconds?: number
}

/** Default limit on one Bot API call, in seconds. */
export const API_TIMEOUT_SECONDS = 3

/**
 * Limit on one reply with its retry, in ms: inside webhookCallback's 10 s, so the webhook answers
 * in time. (auto-retry pauses again after the last failed attempt before giving up; the budget
 * cuts that pause short.)
 */
export const REPLY_BUDGET_MS = 8000

/**
 * Retries a reply the Bot API refused with 5xx or 429 (honouring `retry_after` up to 3 s),
 * once: bounded so that a webhook still answers in time. Network failures and timeouts are not
 * retried (the time is spent already). getUpdates is left to the poller, which has its own backoff.
 */
const retryReplies = autoRetry({
  maxRetryAttempts: 1,
  maxDelaySeconds: 3,
  rethrowHttpErrors: true,
})

/**
 * A preset botInfo, so a cold isolate makes no getMe call before checking the secret
 * (webhookCallback awaits bot.init() first; toolchain.md §7). The id is the token's prefix.
 */
export function presetBotInfo(token: string, username: string): UserFromGetMe {
  return {
    id: Number(token.split(':')[0]),
    is_bot: true,
    first_name: '工友',
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  }
}

export { addressedText } from './addressed'

/** What an update says, for the conversation layer; null for updates it does not handle. */
export function telegramContent(
  ctx: Context,
  username: string
): { content: InboundContent; addressed: boolean } | null {
  const group = isGroup(ctx)
  if (ctx.inlineQuery)
    return { content: { kind: 'inline', query: ctx.inlineQuery.query }, addressed: true }
  const data = ctx.callbackQuery?.data
  if (data !== undefined) {
    const [prefix = '', ...rest] = data.split(':')
    const arg = rest.join(':')
    const content: InboundContent | null =
      prefix === 'topic'
        ? { kind: 'command', command: 'topic', args: arg }
        : prefix === CALC_CALLBACK.start
          ? { kind: 'command', command: 'calc-start', args: arg }
          : prefix === CALC_CALLBACK.cancel
            ? { kind: 'command', command: 'cancel', args: '' }
            : prefix === CALC_CALLBACK.value && rest.length >= 2
              ? { kind: 'choice', awaiting: rest[0]!, value: rest.slice(1).join(':') }
              : prefix === CALC_CALLBACK.choice
                ? { kind: 'choice', value: arg }
                : prefix === FEEDBACK_CALLBACK
                  ? feedbackContent(rest)
                  : null
    return content ? { content, addressed: true } : null
  }
  const msg = ctx.message
  if (!msg) return null
  const text = msg.text
  if (text === undefined) return { content: { kind: 'non-text' }, addressed: !group }
  const command = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/.exec(text)
  if (command) {
    // A command for another bot in the same group is not ours.
    const to = command[2]
    if (to && to.toLowerCase() !== username.toLowerCase()) return null
    return {
      content: { kind: 'command', command: command[1]!.toLowerCase(), args: command[3] ?? '' },
      addressed: true,
    }
  }
  const question = addressedText(ctx, username)
  return { content: { kind: 'text', text: question ?? '' }, addressed: question !== null }
}

/** The neutral message of an update (the member is set in groups). */
export function telegramInbound(ctx: Context, username: string): InboundMessage | null {
  const read = telegramContent(ctx, username)
  if (!read) return null
  const chatId = String(ctx.chat?.id ?? ctx.from?.id ?? '')
  return {
    platform: 'telegram',
    chatId,
    ...(isGroup(ctx) && ctx.from ? { memberId: String(ctx.from.id) } : {}),
    chatKind: isGroup(ctx) ? 'group' : 'private',
    addressed: read.addressed,
    // A redelivery is byte-identical, so the key is the update_id plus a digest of the update.
    // No sentAt: the secret token, not a timestamp, guards the webhook, and updates queued while
    // the bot was down must still be answered.
    messageId: `${ctx.update.update_id}:${fnv1a(JSON.stringify(ctx.update))}`,
    content: read.content,
  }
}

/**
 * True for failures worth a redelivery: the network, a timeout, a 5xx, 429 Too Many Requests.
 * Only the Bot API's own refusal (400, 403 …) would fail the same way again.
 */
function isTransient(err: unknown): boolean {
  if (err instanceof HttpError) return true
  return !(err instanceof GrammyError && err.error_code < 500 && err.error_code !== 429)
}

/**
 * Builds the bot: every update (messages, commands, buttons, inline queries) goes through
 * handleInbound; the reply is sent as HTML with its buttons.
 */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, {
    botInfo: presetBotInfo(options.token, options.username),
    client: {
      timeoutSeconds: options.timeoutSeconds ?? API_TIMEOUT_SECONDS,
      ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    },
  })
  bot.api.config.use((prev, method, payload, signal) => {
    if (method === 'getUpdates') return prev(method, payload, signal)
    const budget = AbortSignal.timeout(REPLY_BUDGET_MS)
    // Only a native signal can be combined; a caller's shim signal (none today) yields to the budget.
    const given = signal as unknown
    const bounded = given instanceof AbortSignal ? AbortSignal.any([given, budget]) : budget
    return retryReplies(prev, method, payload, bounded as unknown as typeof signal)
  })
  const now = options.now ?? (() => new Date())
  const log: PlatformLog =
    options.log ??
    ((level, msg, fields) => console.error(JSON.stringify({ level, msg, ...fields })))
  const deps: ChatDeps = {
    ...options,
    now,
    log,
    conversations: options.conversations ?? createConversations(createMemoryKeyValueStore()),
    dedup: options.dedup ?? createMemoryDedupStore({ now: () => now().getTime() }),
  }
  // A malformed update or a failed Bot API call is logged and acknowledged (200): rethrowing
  // would make the webhook answer 5xx and Telegram redeliver the same bad update for hours.
  // grammY only calls bot.catch() when polling, so webhooks get the same guard as a middleware.
  const report = (err: unknown) =>
    log('error', 'telegram update failed', { error: err instanceof Error ? err.name : 'unknown' })
  bot.catch((err) => report(err.error))
  // webhookCallback hands any parsed JSON (even `null` or `[]`) to handleUpdate, which throws
  // before the first middleware runs; acknowledge such bodies instead of answering 5xx.
  const handleUpdate = bot.handleUpdate.bind(bot)
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    if (
      !update ||
      typeof update !== 'object' ||
      !Number.isSafeInteger((update as { update_id?: unknown }).update_id)
    ) {
      report(new TypeError('not an Update'))
      return
    }
    return handleUpdate(update, webhookReplyEnvelope)
  }
  bot.use(async (_ctx, next) => {
    try {
      await next()
    } catch (err) {
      // A reply the Bot API could not take for a passing reason (network, 5xx, 429) is the one
      // failure Telegram should redeliver (the dedup mark was released): answer 5xx. Anything
      // else (a 400, an update with no chat to reply to) would fail again: acknowledge it.
      if (err instanceof ChatSendError && isTransient(err.cause)) throw err
      report(err)
    }
  })
  bot.use(async (ctx) => {
    const message = telegramInbound(ctx, options.username)
    if (!message) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery()
      return
    }
    const reply = await handleInbound(message, deps, { send: (r) => send(ctx, r) })
    if (ctx.callbackQuery && !reply) await ctx.answerCallbackQuery()
  })

  async function send(ctx: Context, reply: Reply): Promise<void> {
    if (reply.kind === 'inline') {
      await ctx.answerInlineQuery(
        (reply.inline ?? []).map((r, i) => inlineCard(r.answer.articleId ?? `answer-${i}`, r)),
        { cache_time: 300 }
      )
      return
    }
    // An update with no chat to answer in (a malformed one) gets nothing: retrying cannot help.
    if (!ctx.chat) return
    if (ctx.callbackQuery) {
      // A notice on a button press (cancelled, expired, slow down) is a toast, not a message.
      const notice = reply.kind === 'notice' ? reply.blocks[0] : undefined
      await ctx.answerCallbackQuery(notice?.kind === 'text' ? { text: notice.text } : undefined)
      // A cancel takes the buttons off the question so they cannot be pressed again.
      if (ctx.callbackQuery.data === CALC_CALLBACK.cancel)
        await ctx.editMessageReplyMarkup().catch(() => undefined)
      if (notice) return
    }
    const keyboard = replyKeyboard(reply, Number(toChinaDate(now()).slice(0, 4)))
    await ctx.reply(renderTelegram(reply), {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
      ...(ctx.message
        ? {
            reply_parameters: {
              message_id: ctx.message.message_id,
              allow_sending_without_reply: true,
            },
          }
        : {}),
    })
  }
  return bot
}
