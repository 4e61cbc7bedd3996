/**
 * The platform-neutral answer: what ask() returns and every renderer consumes.
 * @module
 */

export interface AnswerBasis {
  law: string
  article?: string
  /** Full name and document number from the statute registry. */
  citation: string
}

export interface AnswerLink {
  id: string
  title: string
}

/** A short second section for a second problem clearly present in the question. */
export interface SecondIssue {
  articleId: string
  topic: string
  title: string
  summary: string
  citations: string[]
  /** Its first next step, if the article gives steps. */
  step: string | null
}

/** One problem of a story with several: the entitlement, its basis and the next step. */
export interface ProblemSection {
  /** The problem kind (problems.ts PROBLEM_IDS). */
  id: string
  title: string
  /** What the worker is entitled to, with the amount when the facts give it. */
  text: string
  /** The amount the section's calculator gave (CNY), when the facts were enough. */
  amount?: number
  calculator?: string
  /** Short basis, one statute at a time: 《劳动合同法》第十条、第八十二条. */
  citation: string
  step: string
}

/** A composed answer; `text` is the plain-text rendering (CLI, API, copy-to-chat). */
export interface Answer {
  text: string
  articleId: string | null
  title: string | null
  /** One line answering the question as asked, shown first (article `verdict`). */
  verdict?: string
  /** The figures in force on the day asked, with earlier ones as history (shown before the summary). */
  figures?: string[]
  /** A second problem the question clearly raises, answered briefly after the main one. */
  also?: SecondIssue
  /**
   * A story with several problems (no contract + no social insurance + deposit …): one short
   * section each, shown after the verdict. Absent for a question with fewer than two.
   */
  problems?: ProblemSection[]
  summary: string
  keyPoints: string[]
  basis: AnswerBasis[]
  /** The basis for display, one line per statute: 《…》第三十九条、第四十条（document number）. */
  citations: string[]
  steps: string[]
  evidence: string[]
  region: string | null
  related: AnswerLink[]
  referral: Array<{ name: string; contact: string }>
  disclaimer: string
}

export interface HitSummary {
  id: string
  topic: string
  title: string
  score: number
}

/** One choice of a clarifying question: a topic and its short Chinese name. */
export interface ClarifyChoice {
  topic: string
  title: string
}

/** A calculator's result, or what it still needs (filled by the calculators; null if none). */
export type Calculation = Record<string, unknown> & { calculator: string }

/** What ask() returns; also the JSON of POST /api/ask and `npm run ask -- --json`. */
export interface AskResult {
  /** The question as read: trimmed, and cut to MAX_QUESTION_CHARS. */
  q: string
  /** Present (true) when the question was longer than MAX_QUESTION_CHARS and was cut. */
  truncated?: boolean
  declined: boolean
  /**
   * When the top two topics are close: 2–4 topics to ask the user to choose from (best first),
   * else empty. The answer is still composed for the best one. Empty when declined (out of scope).
   */
  clarify: ClarifyChoice[]
  confidence: number
  hits: HitSummary[]
  answer: Answer
  calculation: Calculation | null
}
