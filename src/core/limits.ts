/**
 * The bound on what core reads of one question.
 * @module
 */

/**
 * The longest question core reads, in UTF-16 code units (what `/api/ask` accepts). A longer
 * message is answered from its first MAX_QUESTION_CHARS characters, with a note saying so: a
 * worker's story fits easily, and every step after this is bounded by the question's length.
 */
export const MAX_QUESTION_CHARS = 1000

/**
 * The question trimmed and cut to {@link MAX_QUESTION_CHARS} (never inside a surrogate pair);
 * `truncated` says whether anything was cut. Cheap on any input: one trim and one slice.
 */
export function limitQuestion(question: string): { text: string; truncated: boolean } {
  const q = question.trim()
  if (q.length <= MAX_QUESTION_CHARS) return { text: q, truncated: false }
  let end = MAX_QUESTION_CHARS
  const last = q.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return { text: q.slice(0, end).trimEnd(), truncated: true }
}
