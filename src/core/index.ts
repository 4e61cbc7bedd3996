/**
 * @module core — the one public door into the domain: ask(), the answer and reply layouts,
 * the knowledge library, the calculators and the question extractor. Code outside core imports
 * from here only (a lint rule holds this).
 */
export {
  ask,
  shouldDecline,
  topicsFirst,
  limitQuestion,
  MAX_QUESTION_CHARS,
  MIN_SCORE,
  type AskDeps,
  type CalculateFn,
} from './ask'
export type {
  Answer,
  AnswerBasis,
  AnswerLink,
  AskResult,
  Calculation,
  ClarifyChoice,
  HitSummary,
} from './answer/answer'
export { composeAnswer, answerText } from './answer/compose-answer'
export { citationText, citeBasis, groupCitations, type Citation } from './answer/cite-basis'
export {
  formatCalculation,
  formatValue,
  formatYuan,
  partText,
  stepLine,
} from './answer/format-calculation'
export {
  DISCLAIMER,
  MESSAGES,
  REFERRAL,
  REGION_NAMES,
  VERDICT_LABEL,
  regionName,
} from './answer/messages'
export {
  blockText,
  layoutCalcResult,
  layoutMore,
  layoutShortAnswer,
  MORE_REQUESTS,
  SHORT_ANSWER_MAX_CHARS,
  type LayoutOptions,
  type MoreRequest,
  type ReplyBlock,
} from './answer/reply-layout'
export { AppError } from './errors'
export { createCalculate, paramTableOf } from './calc-bridge'
export { toChinaDate } from './calc/calendar-date'
export { FIELD_LABELS, fieldLabel } from './calc/input-labels'
export type { ParamTable } from './calc/param-table'
export { GUANGDONG_CITIES } from './calc/regions'
export {
  ALL_CALCULATORS,
  allInputSpecs,
  CALCULATOR_NAMES,
  getCalculator,
  inputSpec,
  isCalculatorName,
  runCalculator,
  type CalculatorName,
} from './calc/registry'
export type { Calculator, InputKind, InputSpec } from './calc/define-calculator'
export { isCalcMissing, type CalcOutcome, type CalcResult } from './calc/types'
export {
  buildCalculatorInput,
  calculateFromQuestion,
  chooseCalculator,
  extractFacts,
  findDurations,
  missingInputs,
  MISSING_PARAM_HINTS,
  parseParamValue,
  REQUIRED_INPUTS,
  TOPIC_CALCULATOR,
  type QuestionFacts,
} from './extract'
export type { Article } from './knowledge/article'
export { loadLibrary, type KnowledgeArtifact, type Library } from './knowledge/library'
export { staleFigureTable } from './knowledge/check-figures'
export {
  articleNumber,
  statuteArticleText,
  type Statute,
  type StatuteText,
} from './knowledge/statute'
export {
  getTopic,
  TOPIC_GROUP_NAMES,
  TOPICS,
  type Topic,
  type TopicGroup,
} from './knowledge/topics'
export { retrieve } from './search/retrieve'
