/**
 * The report store: what editors need to improve the knowledge base, and nothing that
 * identifies a worker. One implementation over {@link SqlDriver}, so SQLite and D1 share it.
 * @module
 */
import type { SqlDriver } from './sql-driver'

/** Why a question is in the report. */
export type QuestionKind = 'declined' | 'clarifying' | 'low-confidence'

/** One recorded question: already masked, with its day (not time) and no chat or user id. */
export interface QuestionRecord {
  day: string
  platform: string
  kind: QuestionKind
  /** The question text with personal data masked (maskPersonal). */
  question: string
  /** The top hits: article id, topic and score. */
  hits: Array<{ id: string; topic: string; score: number }>
  confidence: number
}

/** One 👍/👎 on an answer. */
export interface FeedbackRecord {
  day: string
  platform: string
  articleId: string
  topic: string
  helpful: boolean
}

/** Unanswered questions grouped by the topic they came closest to (null: no hit at all). */
export interface UnansweredCluster {
  topic: string | null
  count: number
  kinds: Record<QuestionKind, number>
  /** The newest distinct examples, at most EXAMPLES_PER_CLUSTER. */
  examples: string[]
}

/** An article's feedback, ranked by the share of 👎. */
export interface ArticleFeedback {
  articleId: string
  topic: string
  up: number
  down: number
  /** down / (up + down), rounded to 3 places. */
  downShare: number
}

/** What the report shows for rows on or after `since`. */
export interface ReportData {
  since: string
  clusters: UnansweredCluster[]
  articles: ArticleFeedback[]
}

export interface ReportStore {
  recordQuestion(row: QuestionRecord): Promise<void>
  recordFeedback(row: FeedbackRecord): Promise<void>
  /** Deletes rows with a day before `before` (YYYY-MM-DD); returns how many went. */
  sweep(before: string): Promise<number>
  /** The report over rows on or after `since`. */
  read(since: string): Promise<ReportData>
}

/** Examples kept per cluster in the report. */
export const EXAMPLES_PER_CLUSTER = 5
/** The most question rows one report scans for examples (keeps the page bounded). */
const MAX_EXAMPLE_ROWS = 5000
/** Hits stored per question. */
const HITS_KEPT = 3

/** The report store over a migrated database. */
export function createReportStore(db: SqlDriver): ReportStore {
  return {
    async recordQuestion(row) {
      await db.run(
        'INSERT INTO report_questions (day, platform, kind, question, topic, hits, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          row.day,
          row.platform,
          row.kind,
          row.question,
          row.hits[0]?.topic ?? null,
          JSON.stringify(row.hits.slice(0, HITS_KEPT)),
          row.confidence,
        ]
      )
    },
    async recordFeedback(row) {
      await db.run(
        'INSERT INTO report_feedback (day, platform, article_id, topic, helpful) VALUES (?, ?, ?, ?, ?)',
        [row.day, row.platform, row.articleId, row.topic, row.helpful ? 1 : 0]
      )
    },
    async sweep(before) {
      const q = await db.run('DELETE FROM report_questions WHERE day < ?', [before])
      const f = await db.run('DELETE FROM report_feedback WHERE day < ?', [before])
      return q + f
    },
    async read(since) {
      const counts = await db.all<{ topic: string | null; kind: QuestionKind; n: number }>(
        'SELECT topic, kind, COUNT(*) AS n FROM report_questions WHERE day >= ? GROUP BY topic, kind',
        [since]
      )
      const recent = await db.all<{ topic: string | null; question: string }>(
        'SELECT topic, question FROM report_questions WHERE day >= ? ORDER BY day DESC, id DESC LIMIT ?',
        [since, MAX_EXAMPLE_ROWS]
      )
      const feedback = await db.all<{
        article_id: string
        topic: string
        up: number
        down: number
      }>(
        `SELECT article_id, MAX(topic) AS topic, SUM(helpful) AS up, SUM(1 - helpful) AS down
         FROM report_feedback WHERE day >= ? GROUP BY article_id`,
        [since]
      )
      return { since, clusters: clustersOf(counts, recent), articles: rankByDown(feedback) }
    },
  }
}

function clustersOf(
  counts: Array<{ topic: string | null; kind: QuestionKind; n: number }>,
  recent: Array<{ topic: string | null; question: string }>
): UnansweredCluster[] {
  const byTopic = new Map<string | null, UnansweredCluster>()
  for (const c of counts) {
    let cluster = byTopic.get(c.topic)
    if (!cluster) {
      cluster = {
        topic: c.topic,
        count: 0,
        kinds: { declined: 0, clarifying: 0, 'low-confidence': 0 },
        examples: [],
      }
      byTopic.set(c.topic, cluster)
    }
    cluster.count += Number(c.n)
    cluster.kinds[c.kind] += Number(c.n)
  }
  for (const r of recent) {
    const cluster = byTopic.get(r.topic)
    if (
      cluster &&
      cluster.examples.length < EXAMPLES_PER_CLUSTER &&
      !cluster.examples.includes(r.question)
    )
      cluster.examples.push(r.question)
  }
  return [...byTopic.values()].sort(
    (a, b) => b.count - a.count || String(a.topic).localeCompare(String(b.topic))
  )
}

function rankByDown(
  rows: Array<{ article_id: string; topic: string; up: number; down: number }>
): ArticleFeedback[] {
  return rows
    .map((r) => {
      const up = Number(r.up)
      const down = Number(r.down)
      return {
        articleId: r.article_id,
        topic: r.topic,
        up,
        down,
        downShare: Math.round((down / (up + down)) * 1000) / 1000,
      }
    })
    .sort(
      (a, b) =>
        b.downShare - a.downShare || b.down - a.down || a.articleId.localeCompare(b.articleId)
    )
}
