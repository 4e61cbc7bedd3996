import { Bot, type Context, InlineKeyboard } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { AskResult } from '../../core/answer/answer'
import { TOPICS, getTopic } from '../../core/knowledge/topics'
import type { Library } from '../../core/knowledge/library'
import { renderTelegram, type RenderOptions } from './render'
import { TELEGRAM_TEXT } from './messages'

export interface TelegramBotOptions {
  token: string
  username: string
  apiRoot?: string
  /** Answers a question (core ask() bound to its deps). */
  ask: (question: string) => AskResult
  library: Library
  render?: Omit<RenderOptions, 'short'>
}

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

function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup'
}

/** In groups the bot speaks only when addressed: an @mention or a reply to one of its messages. */
export function addressedText(ctx: Context, username: string): string | null {
  const msg = ctx.message
  const text = msg?.text
  if (!msg || !text) return null
  if (!isGroup(ctx)) return text
  const mention = `@${username}`.toLowerCase()
  if (text.toLowerCase().includes(mention)) return text.replace(new RegExp(`@${username}`, 'ig'), ' ').trim()
  if (msg.reply_to_message?.from?.username?.toLowerCase() === username.toLowerCase()) return text
  return null
}

/** Builds the bot: /start, /help, /topics, free text → answer (groups: only when addressed). */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, {
    botInfo: presetBotInfo(options.token, options.username),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  })
  const reply = (ctx: Context, question: string) => {
    const result = options.ask(question)
    const html = renderTelegram(result, { ...options.render, short: isGroup(ctx) })
    return ctx.reply(html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(ctx.message ? { reply_parameters: { message_id: ctx.message.message_id } } : {}),
    })
  }

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
  bot.command('ask', (ctx) => (ctx.match.trim() ? reply(ctx, ctx.match) : ctx.reply(TELEGRAM_TEXT.askUsage)))
  bot.callbackQuery(/^topic:([a-z-]+)$/, async (ctx) => {
    const topic = getTopic(ctx.match[1]!)
    await ctx.answerCallbackQuery()
    const article = topic && options.library.articles.find((a) => a.topic === topic.id && a.kind !== 'case')
    if (!article) return
    const result = options.ask(article.title)
    await ctx.reply(renderTelegram(result, { ...options.render, short: isGroup(ctx) }), { parse_mode: 'HTML' })
  })
  bot.on('message:text', (ctx) => {
    if (ctx.message.text.startsWith('/')) return isGroup(ctx) ? undefined : ctx.reply(TELEGRAM_TEXT.unknownCommand)
    const question = addressedText(ctx, options.username)
    if (!question) return undefined
    return reply(ctx, question)
  })
  bot.on('message', (ctx) => (isGroup(ctx) ? undefined : ctx.reply(TELEGRAM_TEXT.nonText)))
  return bot
}
