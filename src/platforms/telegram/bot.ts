import { autoRetry } from '@grammyjs/auto-retry'
import { Bot, type Context, InlineKeyboard } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { AskResult } from '../../core/answer/answer'
import { TOPICS, getTopic } from '../../core/knowledge/topics'
import type { Library } from '../../core/knowledge/library'
import { renderTelegram, type RenderOptions, TELEGRAM_MAX } from './render'
import { TELEGRAM_TEXT } from './messages'
import { inlineCards } from './inline'
import { type DedupStore, createMemoryDedupStore } from '../shared/dedup-store'
import { addressedText, isGroup } from './addressed'
import { createCalcComposer, offeredSession, sessionKeyOf } from './calc-composer'
import { answerKeyboard } from './calc-keyboard'
import { createCalcSessions } from './calc-session'
import { paramTableOf } from '../../core/calc-bridge'
import { toChinaDate } from '../../core/calc/calendar-date'
import { escapeHtml } from '../shared/escape'
import { fnv1a } from '../shared/fingerprint'
import { type KeyValueStore, createMemoryKeyValueStore } from '../shared/kv-store'
import type { RateLimiter } from '../shared/rate-limit'
import { hasSensitiveNumber, maskSensitive } from '../shared/mask'
import { PLATFORM_TEXT } from '../shared/messages'
import { type PlatformLog, admit } from '../shared/platform'

export interface TelegramBotOptions {
  token: string
  username: string
  apiRoot?: string
  /** Answers a question (core ask() bound to its deps). */
  ask: (question: string) => AskResult
  library: Library
  render?: Omit<RenderOptions, 'short'>
  /** Telegram redelivers an update until it gets a 200: each update_id is handled once. */
  dedup?: DedupStore
  /** Where failed updates are reported (no message text, no ids). */
  log?: PlatformLog
  /** Per-chat limit on questions; default: none. */
  rateLimiter?: RateLimiter
  /** Short-lived conversation state (guided follow-ups); default: in memory. */
  store?: KeyValueStore
  /** The clock for relative dates in /calc replies (tests pin it); default: now. */
  now?: () => Date
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

/**
 * Group manners: never echo ID-card or phone numbers into a group, and say why; private chats
 * get the answer as rendered.
 */
export function groupSafe(html: string, question: string, group: boolean): string {
  if (!group) return html
  const masked = maskSensitive(html)
  if (!hasSensitiveNumber(question)) return masked
  const withHint = `<i>${escapeHtml(PLATFORM_TEXT.groupPrivacy)}</i>\n\n${masked}`
  return [...withHint].length <= TELEGRAM_MAX ? withHint : masked
}

/**
 * Builds the bot: /start, /help, /topics, /calc (guided calculators), free text → answer (groups:
 * only when addressed, short, numbers masked), inline mode (`@bot 关键词` → article cards). An
 * answer whose calculation lacks inputs offers the same follow-up as /calc.
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
  // A malformed update or a failed Bot API call is logged and acknowledged (200): rethrowing
  // would make the webhook answer 5xx and Telegram redeliver the same bad update for hours.
  // grammY only calls bot.catch() when polling, so webhooks get the same guard as a middleware.
  const log: PlatformLog =
    options.log ??
    ((level, msg, fields) => console.error(JSON.stringify({ level, msg, ...fields })))
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
      report(err)
    }
  })
  const dedup = options.dedup ?? createMemoryDedupStore()
  bot.use(async (ctx, next) => {
    // A redelivery is byte-identical, so the key is the update_id plus a digest of the update.
    if (await dedup.seen(`telegram:${ctx.update.update_id}:${fnv1a(JSON.stringify(ctx.update))}`))
      return
    await next()
  })
  /**
   * Counts a question against the chat's limit (only questions the bot would answer, so group
   * chatter never triggers a notice). True when the caller should stop; the one notice is sent here.
   */
  const overLimit = async (ctx: Context): Promise<boolean> => {
    if (!ctx.chat) return false
    const decision = admit(
      { ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}), log },
      'telegram',
      ctx.chat.id
    )
    if (decision === 'allow') return false
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: PLATFORM_TEXT.rateLimited })
    else if (decision === 'notice') await ctx.reply(PLATFORM_TEXT.rateLimited)
    return true
  }
  const now = options.now ?? (() => new Date())
  const sessions = createCalcSessions(options.store ?? createMemoryKeyValueStore())
  const table = options.library.params ? paramTableOf(options.library) : null
  const reply = async (ctx: Context, question: string) => {
    if (await overLimit(ctx)) return
    const result = options.ask(question)
    // Missing inputs: the next reply may give them (see calc-composer), so remember what is known.
    const key = sessionKeyOf(ctx)
    const offer = table && key ? offeredSession(result) : null
    if (offer && key) await sessions.save(key, offer)
    const render = {
      ...options.render,
      short: isGroup(ctx),
      ...(offer ? { followUp: TELEGRAM_TEXT.calcFollowUp } : {}),
    }
    const html = groupSafe(renderTelegram(result, render), question, isGroup(ctx))
    return ctx.reply(html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(offer
        ? { reply_markup: answerKeyboard(offer.a, Number(toChinaDate(now()).slice(0, 4))) }
        : {}),
      ...(ctx.message ? { reply_parameters: { message_id: ctx.message.message_id } } : {}),
    })
  }

  // Before the other handlers: /calc, /cancel, their buttons, and replies to an awaited input.
  bot.use(
    createCalcComposer({
      library: options.library,
      table,
      username: options.username,
      sessions,
      now,
      ask: options.ask,
      overLimit,
    })
  )
  bot.command('start', (ctx) => ctx.reply(TELEGRAM_TEXT.start))
  bot.command('help', (ctx) => ctx.reply(TELEGRAM_TEXT.help))
  bot.command('topics', (ctx) => {
    const keyboard = new InlineKeyboard()
    TOPICS.forEach((t, i) => {
      keyboard.text(t.name, `topic:${t.id}`)
      if (i % 2 === 1) keyboard.row()
    })
    return ctx.reply(TELEGRAM_TEXT.topics, { reply_markup: keyboard })
  })
  bot.command('ask', (ctx) =>
    ctx.match.trim() ? reply(ctx, ctx.match) : ctx.reply(TELEGRAM_TEXT.askUsage)
  )
  bot.callbackQuery(/^topic:([a-z-]+)$/, async (ctx) => {
    if (await overLimit(ctx)) return
    const topic = getTopic(ctx.match[1]!)
    await ctx.answerCallbackQuery()
    const article =
      topic && options.library.articles.find((a) => a.topic === topic.id && a.kind !== 'case')
    if (!article) return
    const result = options.ask(article.title)
    await ctx.reply(renderTelegram(result, { ...options.render, short: isGroup(ctx) }), {
      parse_mode: 'HTML',
    })
  })
  bot.on('message:text', (ctx) => {
    if (ctx.message.text.startsWith('/'))
      return isGroup(ctx) ? undefined : ctx.reply(TELEGRAM_TEXT.unknownCommand)
    const question = addressedText(ctx, options.username)
    if (!question) return undefined
    return reply(ctx, question)
  })
  bot.on('message', (ctx) => (isGroup(ctx) ? undefined : ctx.reply(TELEGRAM_TEXT.nonText)))
  bot.on('inline_query', (ctx) => {
    const query = ctx.inlineQuery.query.trim()
    if (!query) return ctx.answerInlineQuery([], { cache_time: 300 })
    return ctx.answerInlineQuery(
      inlineCards(query.slice(0, 200), options.ask, options.render ?? {}),
      { cache_time: 300 }
    )
  })
  return bot
}
