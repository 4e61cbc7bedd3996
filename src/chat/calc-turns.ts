/**
 * The calculation side of a conversation: the question for the next missing input, the finished
 * result, and /calc (Telegram's guided start). State changes go into the conversation passed in.
 * @module
 */
import {
  formatValue,
  layoutCalcResult,
  fieldLabel,
  type ParamTable,
  getCalculator,
  isCalculatorName,
  type CalcResult,
  type CalculatorName,
  isCalcMissing,
  buildCalculatorInput,
  calculateFromQuestion,
  extractFacts,
  MISSING_PARAM_HINTS,
  type Library,
} from '../core'
import { advance, parseCalcArgs } from './calc-flow'
import { CALC_MAX_BAD_REPLIES, type CalcSession, type Conversation } from './conversation'
import { type Choice, type Reply, noticeReply } from './inbound'
import { CHAT_TEXT } from './messages'
import { moreChoices } from './more'

/** What a calculation turn needs. */
export interface CalcTurn {
  library: Library
  table: ParamTable
  now: Date
  /** YYYY-MM-DD in China. */
  today: string
  group: boolean
  /** The conversation, changed in place (the caller saves it). */
  state: Conversation
}

const title = (name: string): string => getCalculator(name)?.title ?? name

/** The question for the awaited input: what is known so far, what is needed, an example. */
export function calcQuestionReply(
  session: CalcSession,
  options: { problem?: string; group: boolean }
): Reply {
  const known = Object.entries(session.p).map(
    ([k, v]) =>
      `${fieldLabel(k)} ${/元/.test(fieldLabel(k)) ? formatValue(v) : v === true ? CHAT_TEXT.yes : v === false ? CHAT_TEXT.no : String(v)}`
  )
  const blocks: Reply['blocks'] = [{ kind: 'heading', text: title(session.c) }]
  if (known.length) blocks.push({ kind: 'text', text: CHAT_TEXT.calcKnown(known.join('；')) })
  if (options.problem !== undefined)
    blocks.push({ kind: 'text', text: `⚠ ${options.problem || CHAT_TEXT.calcBadInput}` })
  const label = fieldLabel(session.a)
  blocks.push({ kind: 'heading', text: CHAT_TEXT.calcNeed(label) })
  blocks.push({ kind: 'text', text: MISSING_PARAM_HINTS[session.a] ?? CHAT_TEXT.calcAsk(label) })
  blocks.push({
    kind: 'note',
    text: options.group ? CHAT_TEXT.calcReplyGroup : CHAT_TEXT.calcReplyPrivate,
  })
  return {
    kind: 'calc-question',
    title: title(session.c),
    blocks,
    choices: [],
    group: options.group,
    privacyHint: false,
    awaiting: session.a,
  }
}

/** The finished calculation, with the answer's follow-up requests when an article is known. */
export function calcResultReply(
  result: CalcResult,
  turn: CalcTurn,
  inputs?: Readonly<Record<string, unknown>>
): Reply {
  const choices: Choice[] = turn.state.last?.article ? moreChoices() : []
  turn.state.choices = choices.length ? choices.map((c) => c.reply) : undefined
  return {
    kind: 'calc-result',
    title: title(result.calculator),
    blocks: layoutCalcResult(result, turn.library, {
      short: turn.group,
      ...(inputs ? { inputs } : {}),
    }),
    choices,
    group: turn.group,
    privacyHint: false,
  }
}

/**
 * Runs calculator `name` with `params`, or asks for the next missing input; keeps the pending
 * calculation (or, when done, the inputs used, so a later 「广州的」 can update them).
 */
export function proceed(
  turn: CalcTurn,
  name: CalculatorName,
  params: Readonly<Record<string, unknown>>,
  prev: Pick<CalcSession, 'g' | 'n'>
): Reply {
  const step = advance(name, params, prev, { table: turn.table, today: turn.now })
  if (step.kind === 'done') {
    turn.state.calc = undefined
    turn.state.last = { ...turn.state.last, c: name, p: { ...params } as CalcSession['p'] }
    return calcResultReply(step.result, turn, params)
  }
  const session =
    step.problem === undefined ? step.session : { ...step.session, n: step.session.n + 1 }
  if (session.g && session.n >= CALC_MAX_BAD_REPLIES) {
    turn.state.calc = undefined
    return noticeReply(CHAT_TEXT.calcGaveUp, turn.group)
  }
  turn.state.calc = session
  turn.state.choices = undefined
  return calcQuestionReply(session, {
    ...(step.problem === undefined ? {} : { problem: step.problem }),
    group: turn.group,
  })
}

/**
 * `/calc`: the menu without arguments; `/calc <name> [key=value …]` starts that calculator;
 * `/calc <情况>` reads the situation like a question.
 * @param topics retrieval's topics for the free text (a hint for choosing the calculator)
 */
export function startCalc(turn: CalcTurn, args: string, topics: () => string[]): Reply {
  const parsed = parseCalcArgs(args)
  if (!parsed.name && !parsed.text)
    return { ...noticeReply(CHAT_TEXT.calcMenu, turn.group), calcMenu: true }
  if (parsed.name) {
    const facts = parsed.text
      ? buildCalculatorInput(
          parsed.name,
          extractFacts(turn.library.normalize(parsed.text), turn.today)
        ).input
      : {}
    return proceed(turn, parsed.name, { ...facts, ...parsed.params }, { g: true, n: 0 })
  }
  const calc = calculateFromQuestion(turn.library.normalize(parsed.text), {
    topics: topics(),
    today: turn.now,
    table: turn.table,
  })
  if (!calc) return { ...noticeReply(CHAT_TEXT.calcNotUnderstood, turn.group), calcMenu: true }
  if (isCalcMissing(calc)) return proceed(turn, calc.calculator, calc.params, { g: true, n: 0 })
  turn.state.calc = undefined
  return calcResultReply(calc, turn)
}

/** A /calc menu button: starts calculator `name` from nothing. */
export function startNamedCalc(turn: CalcTurn, name: string): Reply {
  if (!isCalculatorName(name)) return noticeReply(CHAT_TEXT.calcExpired, turn.group)
  return proceed(turn, name, {}, { g: true, n: 0 })
}
