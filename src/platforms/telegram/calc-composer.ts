/**
 * `/calc`: the calculators as a guided conversation. `/calc` lists them as buttons; `/calc <name>
 * [key=value …]` or `/calc <情况>` starts one; the bot asks for the first missing input (with
 * quick-pick buttons when the values are few), the next reply or button press fills it, and so
 * on until the result. State lives in `CalcSessions` (15 minutes); `/cancel` or 取消 ends it.
 * @module
 */
import { Composer, type Context, type InlineKeyboard } from 'grammy'
import type { AskResult } from '../../core/answer/answer'
import { toChinaDate } from '../../core/calc/calendar-date'
import type { ParamTable } from '../../core/calc/param-table'
import { isCalculatorName } from '../../core/calc/registry'
import { type CalcResult, type CalculatorName, isCalcMissing } from '../../core/calc/types'
import {
  buildCalculatorInput,
  calculateFromQuestion,
} from '../../core/extract/calculate-from-question'
import { extractFacts } from '../../core/extract/extract-facts'
import type { Library } from '../../core/knowledge/library'
import { addressedText, isGroup } from './addressed'
import {
  advance,
  applyReply,
  asksAnotherCalculator,
  looksLikeQuestion,
  parseCalcArgs,
} from './calc-flow'
import { answerKeyboard, calculatorMenu } from './calc-keyboard'
import {
  CALC_MAX_BAD_REPLIES,
  type CalcSession,
  type CalcSessions,
  calcSessionKey,
  storableParams,
} from './calc-session'
import { TELEGRAM_TEXT } from './messages'
import { renderCalcQuestion, renderCalcResult } from './render-calc'

export interface CalcComposerOptions {
  library: Library
  /** The parameter table; null turns the calculators off (the artifact has none). */
  table: ParamTable | null
  username: string
  sessions: CalcSessions
  now: () => Date
  /** core ask(), used only for the topics of a free-text `/calc`. */
  ask: (question: string) => AskResult
  /** Counts a message against the chat's rate limit; true when the caller should stop. */
  overLimit: (ctx: Context) => Promise<boolean>
}

const CANCEL_WORDS = /^(取消|算了|不算了|退出|cancel)$/i

/** The session key for this update: the chat, and in groups also the member. */
export function sessionKeyOf(ctx: Context): string | null {
  if (!ctx.chat) return null
  return calcSessionKey(ctx.chat.id, isGroup(ctx) ? ctx.from?.id : undefined)
}

/**
 * The follow-up an answer offers when its calculation lacks inputs: awaiting the first one,
 * started from what the question already gave. Null when there is nothing to follow up.
 */
export function offeredSession(result: AskResult): CalcSession | null {
  const calc = result.calculation
  const missing = calc?.['missing']
  if (result.declined || !calc || !isCalculatorName(calc.calculator) || !Array.isArray(missing))
    return null
  const first: unknown = missing[0]
  if (typeof first !== 'string') return null
  const params = (calc['params'] ?? {}) as Record<string, unknown>
  return { c: calc.calculator, p: storableParams(params), a: first, g: false, n: 0 }
}

export function createCalcComposer(options: CalcComposerOptions): Composer<Context> {
  const { library, table, sessions, now, overLimit } = options
  const composer = new Composer<Context>()
  const today = () => toChinaDate(now())
  const year = () => Number(today().slice(0, 4))

  const send = (ctx: Context, html: string, keyboard?: InlineKeyboard) =>
    ctx.reply(html, {
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

  const showResult = (ctx: Context, result: CalcResult) =>
    send(ctx, renderCalcResult(result, library, { short: isGroup(ctx) }))

  /** Runs the calculator or asks for the next input, saving or clearing the state. */
  const proceed = async (
    ctx: Context,
    key: string,
    name: CalculatorName,
    params: Record<string, unknown>,
    prev: Pick<CalcSession, 'g' | 'n'>
  ) => {
    const step = advance(name, params, prev, { table: table!, today: now() })
    if (step.kind === 'done') {
      await sessions.clear(key)
      return showResult(ctx, step.result)
    }
    const session =
      step.problem === undefined ? step.session : { ...step.session, n: step.session.n + 1 }
    if (session.g && session.n >= CALC_MAX_BAD_REPLIES) {
      await sessions.clear(key)
      return ctx.reply(TELEGRAM_TEXT.calcGaveUp)
    }
    await sessions.save(key, session)
    const problem = step.problem === undefined ? {} : { problem: step.problem }
    return send(
      ctx,
      renderCalcQuestion(session, { ...problem, group: isGroup(ctx) }),
      answerKeyboard(session.a, year())
    )
  }

  composer.command('calc', async (ctx) => {
    const key = sessionKeyOf(ctx)
    if (!key || (await overLimit(ctx))) return
    if (!table) return ctx.reply(TELEGRAM_TEXT.calcUnavailable)
    const args = parseCalcArgs(ctx.match)
    if (!args.name && !args.text)
      return ctx.reply(TELEGRAM_TEXT.calcMenu, { reply_markup: calculatorMenu() })
    if (args.name) {
      const facts = args.text
        ? buildCalculatorInput(args.name, extractFacts(library.normalize(args.text), today())).input
        : {}
      return proceed(ctx, key, args.name, { ...facts, ...args.params }, { g: true, n: 0 })
    }
    // Free text: the same extractor as a question, with retrieval's topics as a hint.
    const answer = options.ask(args.text)
    const topics = answer.declined ? [] : answer.hits.map((h) => h.topic)
    const calc = calculateFromQuestion(library.normalize(args.text), {
      topics,
      today: now(),
      table,
    })
    if (!calc) return ctx.reply(TELEGRAM_TEXT.calcNotUnderstood, { reply_markup: calculatorMenu() })
    if (isCalcMissing(calc))
      return proceed(ctx, key, calc.calculator, calc.params, { g: true, n: 0 })
    await sessions.clear(key)
    return showResult(ctx, calc)
  })

  composer.command('cancel', async (ctx) => {
    const key = sessionKeyOf(ctx)
    if (!key) return
    const had = await sessions.get(key)
    // A bare /cancel in a group may be meant for another bot: answer it only if it was ours.
    if (!had) return isGroup(ctx) ? undefined : ctx.reply(TELEGRAM_TEXT.calcNothingToCancel)
    await sessions.clear(key)
    return ctx.reply(TELEGRAM_TEXT.calcCancelled)
  })

  composer.callbackQuery(/^cs:([a-z-]{1,40})$/, async (ctx) => {
    const key = sessionKeyOf(ctx)
    if (!key || (await overLimit(ctx))) return
    await ctx.answerCallbackQuery()
    const name = ctx.match[1]!
    if (!table || !isCalculatorName(name))
      return ctx.reply(table ? TELEGRAM_TEXT.calcExpired : TELEGRAM_TEXT.calcUnavailable)
    return proceed(ctx, key, name, {}, { g: true, n: 0 })
  })

  composer.callbackQuery(/^cv:([A-Za-z]{1,40}):(.{1,20})$/, async (ctx) => {
    const key = sessionKeyOf(ctx)
    const session = key ? await sessions.get(key) : null
    // A button under an older question (or someone else's, in a group) must not fill this one.
    if (!key || !session || session.a !== ctx.match[1] || !table)
      return ctx.answerCallbackQuery({ text: TELEGRAM_TEXT.calcExpired })
    if (await overLimit(ctx)) return
    await ctx.answerCallbackQuery()
    const params = applyReply(session, ctx.match[2]!, today())
    if (!params) return proceed(ctx, key, session.c, session.p, session)
    return proceed(ctx, key, session.c, params, session)
  })

  composer.callbackQuery('cx', async (ctx) => {
    const key = sessionKeyOf(ctx)
    if (key) await sessions.clear(key)
    await ctx.answerCallbackQuery({ text: TELEGRAM_TEXT.calcCancelled })
    // Take the buttons off the question so they cannot be pressed again.
    await ctx.editMessageReplyMarkup().catch(() => undefined)
  })

  // A reply to the awaited input. Anything else (no follow-up, a new question) goes on to the
  // ordinary question handler.
  composer.on('message:text', async (ctx, next) => {
    const text = addressedText(ctx, options.username)
    const key = sessionKeyOf(ctx)
    if (!text || text.startsWith('/') || !key || !table) return next()
    const session = await sessions.get(key)
    if (!session) return next()
    const normalized = library.normalize(text)
    if (CANCEL_WORDS.test(normalized.trim())) {
      await sessions.clear(key)
      return ctx.reply(TELEGRAM_TEXT.calcCancelled)
    }
    const params = asksAnotherCalculator(session, normalized)
      ? undefined
      : applyReply(session, normalized, today())
    if (params) {
      if (await overLimit(ctx)) return
      return proceed(ctx, key, session.c, params, session)
    }
    // An offered follow-up never holds a question back; a guided one asks again unless the
    // message is plainly a new question.
    if (!session.g || looksLikeQuestion(text)) {
      await sessions.clear(key)
      return next()
    }
    if (await overLimit(ctx)) return
    const bad = { ...session, n: session.n + 1 }
    if (bad.n >= CALC_MAX_BAD_REPLIES) {
      await sessions.clear(key)
      return ctx.reply(TELEGRAM_TEXT.calcGaveUp)
    }
    await sessions.save(key, bad)
    return send(
      ctx,
      renderCalcQuestion(bad, { problem: TELEGRAM_TEXT.calcBadValue, group: isGroup(ctx) }),
      answerKeyboard(bad.a, year())
    )
  })

  return composer
}
