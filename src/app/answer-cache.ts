/**
 * POST /api/ask's answers for repeated identical questions, kept in memory: a hotline FAQ bot is
 * asked the same questions again and again, and ask() costs several times what the rest of a
 * request does (issue 18).
 * @module
 */
import QuickLRU from 'quick-lru'
import { type AskResult, toChinaDate } from '../core'
import type { RecordableAnswer } from './report'

/** One answer as the route sends it, and what the report recorder reads of it. */
export interface CachedAnswer {
  /** `JSON.stringify` of the AskResult: the response body, byte for byte. */
  json: string
  record: RecordableAnswer
}

export interface AnswerCacheOptions {
  /** Answers kept; 0 turns the cache off (every question is answered afresh). */
  maxEntries: number
  /** ask() with the day it answers for. */
  ask: (question: string, today: Date) => AskResult
  now: () => Date
}

/**
 * `answer(question)` for POST /api/ask, through a bounded LRU cache (quick-lru: it holds at most
 * twice `maxEntries` while one generation replaces the other).
 *
 * The key is the China calendar day and the exact question text (as validated: trimmed). ask()
 * reads nothing else that varies — the clock enters only as the China day (relative dates,
 * figures in force) — so a hit sends the very bytes a fresh answer would. The text is the key, not
 * its normalised form: the response echoes the question (`q`), so two spellings that normalise
 * alike still get their own answers. No user or chat id is part of it; entries live in this
 * process only, never persisted or logged.
 */
export function createAnswerCache(options: AnswerCacheOptions): (question: string) => CachedAnswer {
  const { ask, now } = options
  const fresh = (question: string, today: Date): CachedAnswer => {
    const result = ask(question, today)
    const { q, declined, clarify, confidence, hits } = result
    return { json: JSON.stringify(result), record: { q, declined, clarify, confidence, hits } }
  }
  if (options.maxEntries <= 0) return (question) => fresh(question, now())
  const cache = new QuickLRU<string, CachedAnswer>({ maxSize: options.maxEntries })
  return (question) => {
    // One reading of the clock for the key and the answer: at midnight both name the same day.
    const today = now()
    const key = `${toChinaDate(today)}\n${question}`
    let answer = cache.get(key)
    if (!answer) cache.set(key, (answer = fresh(question, today)))
    return answer
  }
}
