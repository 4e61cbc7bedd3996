/**
 * The questions the bench times and scores: ../shared/eval/dev-questions.jsonl when present,
 * else the project's tests/golden/*.jsonl.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AskResult } from '../../src/core/answer/answer'
import { ROOT } from '../../scripts/lib/read-knowledge'

export interface QuestionRow {
  q: string
  topics?: string[]
  declined?: boolean
}

export const DEV_QUESTIONS = resolve(ROOT, '../shared/eval/dev-questions.jsonl')

function readJsonl(path: string): QuestionRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QuestionRow)
}

/** The question set and where it came from. */
export function loadQuestions(): { source: string; rows: QuestionRow[] } {
  if (existsSync(DEV_QUESTIONS)) return { source: DEV_QUESTIONS, rows: readJsonl(DEV_QUESTIONS) }
  const dir = join(ROOT, 'tests/golden')
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
    : []
  const rows = files.flatMap((f) => readJsonl(join(dir, f)))
  if (rows.length === 0)
    throw new Error(`no questions: neither ${DEV_QUESTIONS} nor tests/golden/*.jsonl`)
  return { source: dir, rows }
}

/**
 * Top-1 topic accuracy over the labelled rows, scored as scripts/eval.ts scores it: a declined
 * answer has no topics, a hit counts when the first topic is one of the row's topics.
 * @param rank the ranked topics for a question, [] when declined.
 */
export function top1Of(rows: readonly QuestionRow[], rank: (q: string) => string[]): number {
  let labelled = 0
  let hits = 0
  for (const row of rows) {
    if (row.declined || !row.topics) continue
    labelled++
    const topics = rank(row.q)
    if (topics.length && row.topics.includes(topics[0]!)) hits++
  }
  return labelled ? hits / labelled : 0
}

/** ask()'s ranked topics the way scripts/eval.ts reads them. */
export function askTopics(result: AskResult): string[] {
  return result.declined ? [] : result.hits.map((h) => h.topic)
}
