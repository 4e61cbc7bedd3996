/**
 * A text message in a conversation: a number picking an offered choice, 「取消」/「重新算」,
 * 「详情」/「要带什么证据」/「找谁」, a reply completing the pending calculation, a fact alone
 * (「广州的」) updating the last one, 「那我能拿多少？」, or a new question.
 * @module
 */
import {
  type AskResult,
  layoutMore,
  layoutShortAnswer,
  isCalculatorName,
  buildCalculatorInput,
  chooseCalculator,
  TOPIC_CALCULATOR,
  extractFacts,
  MISSING_PARAM_HINTS,
  parseParamValue,
  MESSAGES,
} from '../core'
import { applyReply, asksAnotherCalculator, looksLikeQuestion } from './calc-flow'
import { type CalcTurn, calcQuestionReply, proceed } from './calc-turns'
import { type CalcSession, storableParams } from './conversation'
import { type Choice, type Reply, noticeReply } from './inbound'
import { CHAT_TEXT } from './messages'
import { moreChoices, moreRequestOf } from './more'
import type { ChatDeps } from './deps'
import { feedbackReplyOf, giveFeedback } from './feedback'

const CANCEL = /^(取消|算了|不算了|退出|cancel)$/i
const RESTART = /^(重新算|重算|重新计算|重来|再算一次)$/
const NUMBER_CHOICE = /^\s*(\d{1,2})\s*$/
/** 「那我能拿多少？」: a short amount question with no situation of its own. */
const AMOUNT_FOLLOW_UP = /(能拿|拿多少|赔多少|补多少|能赔|给多少|多少钱|怎么算|算一下|帮我算|能补)/
const SHORT = 16

export interface ConverseContext {
  deps: ChatDeps
  /** The calculation context; null when the build has no parameter table. */
  turn: (CalcTurn & { table: NonNullable<CalcTurn['table']> }) | null
  /** The conversation, changed in place (the caller saves it). */
  state: CalcTurn['state']
  group: boolean
  privacyHint: boolean
  /** Set when the message was cut to the question cap. */
  truncatedTo?: number
  /** The channel (for the feedback hook's failure log). */
  platform?: string
}

/** The reply to one text message (already cut to the cap). */
export function converse(text: string, ctx: ConverseContext): Reply {
  const { state, deps } = ctx
  let t = text.trim()
  if (!t) return noticeReply(CHAT_TEXT.emptyQuestion, ctx.group)
  // 「1」/「2」 right after an answer that offered 「回复 1 有用 / 2 没用」 is feedback; the offer
  // lasts for this one message only.
  const rated = state.fb ? feedbackReplyOf(t) : null
  if (rated !== null) return giveFeedback(state.fb, rated, { ...ctx, platform: ctx.platform ?? '' })
  state.fb = undefined
  const today = ctx.turn?.today ?? ''
  const turn = ctx.turn
  // A number picks an offered choice, unless it answers the input a calculation waits for.
  const pick = NUMBER_CHOICE.exec(t)
  const chosen = pick ? state.choices?.[Number(pick[1]) - 1] : undefined
  if (chosen && !(turn && state.calc && applyReply(state.calc, t, today))) {
    t = chosen
    state.calc = undefined
  }
  const normalized = deps.library.normalize(t).trim()

  if (CANCEL.test(normalized) || CANCEL.test(t)) {
    const had = state.calc !== undefined
    state.calc = undefined
    // A cancel also forgets the last calculation's inputs: a later fact starts nothing.
    if (state.last) state.last = { ...state.last, c: undefined, p: undefined }
    return noticeReply(had ? CHAT_TEXT.calcCancelled : CHAT_TEXT.calcNothingToCancel, ctx.group)
  }
  if (RESTART.test(t)) {
    const name = state.calc?.c ?? state.last?.c
    state.calc = undefined
    if (state.last) state.last = { ...state.last, p: undefined }
    if (turn && name) return proceed(turn, name, {}, { g: true, n: 0 })
    return noticeReply(CHAT_TEXT.calcRestart, ctx.group)
  }

  const more = moreRequestOf(t)
  const article = state.last?.article ? deps.library.byId.get(state.last.article) : undefined
  // An offered calculation stays pending while the worker reads more (a guided one does not
  // take these words as its answer either way).
  if (more && article && !state.calc?.g)
    return {
      kind: 'more',
      title: article.title,
      blocks: layoutMore(article, more, articleOptions(deps)),
      choices: [],
      group: ctx.group,
      privacyHint: false,
    }

  if (turn && state.calc) {
    const session = state.calc
    const params = asksAnotherCalculator(session, normalized)
      ? undefined
      : applyReply(session, normalized, today)
    if (params) return proceed(turn, session.c, params, session)
    // An offered follow-up never holds a question back; a guided one asks again unless the
    // message is plainly a new question.
    if (session.g && !looksLikeQuestion(t)) {
      const bad = { ...session, n: session.n + 1 }
      if (bad.n >= 3) {
        state.calc = undefined
        return noticeReply(CHAT_TEXT.calcGaveUp, ctx.group)
      }
      state.calc = bad
      return calcQuestionReply(bad, { problem: CHAT_TEXT.calcBadValue, group: ctx.group })
    }
    state.calc = undefined
  }

  const last = state.last
  if (turn && last?.c && last.p && [...t].length <= SHORT && !looksLikeQuestion(t)) {
    // A fact alone after a calculation (「广州的」「月薪8000」) updates it.
    const facts = factsFor(last.c, normalized, today)
    if (Object.keys(facts).length)
      return proceed(turn, last.c, { ...last.p, ...facts }, { g: false, n: 0 })
  }
  if (turn && last && [...t].length <= SHORT && AMOUNT_FOLLOW_UP.test(t)) {
    // 「那我能拿多少？」 runs the last answer's calculator (or its topic's) with what is known.
    const name = last.c ?? (last.topic ? TOPIC_CALCULATOR[last.topic] : undefined)
    if (name && !chooseCalculator(normalized, [])) {
      const facts = { ...(last.c === name ? last.p : {}), ...factsFor(name, normalized, today) }
      return proceed(turn, name, facts, { g: false, n: 0 })
    }
  }
  return answer(t, normalized, ctx)
}

/** The inputs a short reply gives for calculator `name`, a city alone included. */
function factsFor(name: CalcSession['c'], normalized: string, today: string): CalcSession['p'] {
  const facts = storableParams(buildCalculatorInput(name, extractFacts(normalized, today)).input)
  if (facts['city'] === undefined) {
    const city = parseParamValue('city', normalized, today)
    if (city) Object.assign(facts, city)
  }
  return facts
}

function articleOptions(deps: ChatDeps) {
  return deps.articleUrl ? { articleUrl: deps.articleUrl } : {}
}

/** A new question: the short answer, the pending calculation it offers, the choices it keeps. */
function answer(question: string, normalized: string, ctx: ConverseContext): Reply {
  const { deps, state } = ctx
  const result = deps.ask(question)
  const blocks = layoutShortAnswer(result, { ...articleOptions(deps), hints: MISSING_PARAM_HINTS })
  if (ctx.truncatedTo && !result.truncated)
    blocks.unshift({ kind: 'note', text: MESSAGES.truncated(ctx.truncatedTo) })
  state.calc = undefined
  state.choices = undefined
  if (result.declined) {
    state.last = undefined
    return reply(result, blocks, [], ctx)
  }
  const top = result.hits[0]
  const calc = result.calculation
  const name = calc && isCalculatorName(calc.calculator) ? calc.calculator : undefined
  state.last = {
    ...(result.answer.articleId ? { article: result.answer.articleId } : {}),
    ...(top ? { topic: top.topic } : {}),
    ...(name
      ? {
          c: name,
          p: storableParams(
            buildCalculatorInput(name, extractFacts(normalized, ctx.turn?.today ?? '')).input
          ),
        }
      : {}),
  }
  const offer = ctx.turn ? offeredSession(result) : null
  if (offer) {
    state.calc = offer
    blocks.splice(blocks.length - 1, 0, { kind: 'text', text: CHAT_TEXT.calcFollowUp })
  }
  const clarify = clarifyOf(result)
  const choices: Choice[] = clarify.length
    ? clarify.map((c) => ({ label: c.title, reply: c.title }))
    : moreChoices()
  state.choices = choices.map((c) => c.reply)
  const out = reply(result, blocks, choices, ctx)
  // 👍/👎 on the article answered; by a 1/2 reply only when no calculation or numbered choice
  // waits for a number. Asking back (clarify) is already in the report.
  const articleId = result.answer.articleId
  if (articleId && !clarify.length) {
    const byReply = !offer
    if (byReply) state.fb = articleId
    out.feedback = { articleId, byReply }
  }
  return offer ? { ...out, awaiting: offer.a } : out
}

function reply(
  result: AskResult,
  blocks: Reply['blocks'],
  choices: Choice[],
  ctx: ConverseContext
): Reply {
  return {
    kind: 'answer',
    ...(result.answer.title ? { title: result.answer.title } : {}),
    blocks,
    choices,
    group: ctx.group,
    privacyHint: ctx.privacyHint,
  }
}

/** Clarifying options ranking may attach (`clarify: [{ topic, title }]`); none when absent. */
function clarifyOf(result: AskResult): Array<{ topic: string; title: string }> {
  const raw = (result as { clarify?: unknown }).clarify
  if (!Array.isArray(raw)) return []
  return raw
    .filter(
      (c): c is { topic: string; title: string } =>
        !!c && typeof c.title === 'string' && typeof c.topic === 'string'
    )
    .slice(0, 5)
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
