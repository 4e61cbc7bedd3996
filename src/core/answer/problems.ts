/**
 * The problems a worker's story can hold at once (no written contract, no social insurance, a
 * deposit taken, documents held, resignation "not allowed", wages unpaid), each with its legal
 * basis and the calculator that prices it. Detection reads the kind of situation from the
 * question's words; the wording shown lives in messages.ts (PROBLEM_MESSAGES).
 * @module
 */
import type { CalculatorName } from '../calc/types'
import { findUnpaidMonths } from '../extract/parse-arrears'

/** One problem kind, in the order the reply lists them. */
export const PROBLEM_IDS = [
  'no-contract',
  'no-social-insurance',
  'wage-arrears',
  'deposit',
  'documents-held',
  'resignation-blocked',
] as const
export type ProblemId = (typeof PROBLEM_IDS)[number]

/** Law short names are the statute registry's `name`s; articles in Chinese numerals. */
export interface ProblemRule {
  id: ProblemId
  /** True when the (normalised) question describes this problem. */
  detect: (text: string) => boolean
  basis: ReadonlyArray<{ law: string; article: string }>
  /** The calculator whose amount the section shows, when the facts give its inputs. */
  calculator?: CalculatorName
  /** Knowledge topics that explain the same problem (their second-issue section would repeat it). */
  topics: readonly string[]
}

// A clause: the words between two sentence marks, so "辞职" and "不批" must be said together.
const CLAUSE = '[^。！？!?；;]'
// A phrase: not across a comma either (合同签了，社保不给交 is not "no contract").
const PHRASE = '[^。！？!?；;,，]'
const NOT = '(?:没有?|未|不|从没|从来没|一直没|都没|也没|还没)'
const TO_ME = '(?:跟我|和我|与我|给我|帮我|替我|为我|给)?'

const NO_CONTRACT = new RegExp(
  `${NOT}\\s*${TO_ME}\\s*(?:签|签订|订立|签署|续签)(?:过)?\\s*(?:书面的?)?\\s*(?:劳动)?合同|没合同|无合同|合同${PHRASE}{0,6}(?:没|没有|未|不)\\s*(?:签|给)`
)
const NO_INSURANCE = new RegExp(
  `${NOT}\\s*${TO_ME}\\s*(?:买|购买|交|缴|缴纳|上|办|参加)(?:过)?\\s*(?:社保|社会保险|五险|养老保险)|(?:社保|社会保险|五险)\\s*(?:也|都|一直|还|从来){0,2}\\s*(?:没|没有|不|未)\\s*(?:买|交|缴|上|办)|没社保|无社保`
)
const ARREARS =
  /拖欠工资|欠薪|欠工资|欠我工资|工资.{0,6}(?:没发|不发|拖欠|欠着|拖着|拖了|压着|压了)|(?:没|没有|未)发(?:过)?工资|拖欠.{0,6}(?:工资|工钱)/
const DEPOSIT = /押金|保证金|抵押金|风险金|担保金/
const DOCUMENTS = new RegExp(
  `(?:扣|押|收|拿)(?:了|着|走)?(?:我的?)?(?:身份证|证件|毕业证|学历证|资格证|技能证)|(?:身份证|证件|毕业证|学历证)${PHRASE}{0,6}(?:扣|押)(?:了|着|住|走)`
)
const RESIGN_BLOCKED_G = new RegExp(
  `(?:辞职|离职|辞工|走人)${CLAUSE}{0,12}(?:不批|不准|不让|不同意|不给走|不放人|不放我|拒绝|卡着)|(?:不批|不准|不让|不同意|不放)${CLAUSE}{0,6}(?:辞职|离职|辞工|走人|我走)`,
  'g'
)

// The employer pushing the worker out (逼我辞职，我不同意) is the opposite of a blocked resignation.
const PUSHED_OUT = /(?:逼|劝|让|要|叫|催)\s*(?:员工|我|我们|他|她)?\s*(?:主动|自己)?\s*$/

/** A resignation the employer will not accept, not one the employer is forcing. */
function resignationBlocked(text: string): boolean {
  for (const m of text.matchAll(RESIGN_BLOCKED_G))
    if (!PUSHED_OUT.test(text.slice(Math.max(0, m.index - 6), m.index))) return true
  return false
}

/** The rules, in reply order. */
export const PROBLEM_RULES: readonly ProblemRule[] = [
  {
    id: 'no-contract',
    topics: ['contract-written'],
    detect: (t) => NO_CONTRACT.test(t),
    basis: [
      { law: '劳动合同法', article: '第十条' },
      { law: '劳动合同法', article: '第八十二条' },
    ],
    calculator: 'double-wage-no-contract',
  },
  {
    id: 'no-social-insurance',
    topics: ['social-insurance'],
    detect: (t) => NO_INSURANCE.test(t),
    basis: [
      { law: '社会保险法', article: '第六十条' },
      { law: '社会保险法', article: '第六十三条' },
      { law: '劳动合同法', article: '第三十八条' },
      { law: '劳动合同法', article: '第四十六条' },
    ],
    calculator: 'severance',
  },
  {
    id: 'wage-arrears',
    topics: ['wage-arrears'],
    detect: (t) => ARREARS.test(t) || findUnpaidMonths(t) !== undefined,
    basis: [
      { law: '劳动合同法', article: '第三十条' },
      { law: '劳动合同法', article: '第三十八条' },
      { law: '劳动合同法', article: '第八十五条' },
    ],
    calculator: 'wage-arrears',
  },
  {
    id: 'deposit',
    topics: ['wage-deduction'],
    detect: (t) => DEPOSIT.test(t),
    basis: [
      { law: '劳动合同法', article: '第九条' },
      { law: '劳动合同法', article: '第八十四条' },
    ],
  },
  {
    id: 'documents-held',
    topics: ['wage-deduction'],
    detect: (t) => DOCUMENTS.test(t),
    basis: [
      { law: '劳动合同法', article: '第九条' },
      { law: '劳动合同法', article: '第八十四条' },
    ],
  },
  {
    id: 'resignation-blocked',
    topics: ['resignation'],
    detect: resignationBlocked,
    basis: [
      { law: '劳动合同法', article: '第三十七条' },
      { law: '劳动合同法', article: '第三十八条' },
    ],
  },
]

/** The knowledge topics the given problems already cover. */
export function problemTopics(ids: readonly string[]): Set<string> {
  return new Set(PROBLEM_RULES.filter((r) => ids.includes(r.id)).flatMap((r) => r.topics))
}

/** The problems a question describes, in reply order (each at most once). */
export function detectProblems(text: string): ProblemId[] {
  return PROBLEM_RULES.filter((r) => r.detect(text)).map((r) => r.id)
}
