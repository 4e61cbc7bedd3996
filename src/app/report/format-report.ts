/**
 * The report as terminal text (`npm run report`) and as CSV (/admin/report.csv): one source of
 * wording for both, so the page and the terminal say the same thing.
 * @module
 */
import type { QuestionKind, ReportData } from './report-store'

/** Labels for the kinds, as editors read them. */
export const KIND_LABEL: Record<QuestionKind, string> = {
  declined: '未回答',
  clarifying: '追问',
  'low-confidence': '低置信',
}

/** Topic label for questions with no hit at all. */
export const NO_TOPIC = '(无相近主题)'

/** The report as lines of text: clusters, 👎 ranking, then the figure table given. */
export function formatReportText(data: ReportData, figures: readonly string[]): string[] {
  const lines: string[] = [`gongyou report since ${data.since}`, '']
  const total = data.clusters.reduce((n, c) => n + c.count, 0)
  lines.push(`unanswered or weakly answered questions: ${total}, by nearest topic`)
  if (!data.clusters.length) lines.push('  (none)')
  for (const c of data.clusters) {
    const kinds = (Object.keys(KIND_LABEL) as QuestionKind[])
      .filter((k) => c.kinds[k])
      .map((k) => `${KIND_LABEL[k]} ${c.kinds[k]}`)
      .join(', ')
    lines.push(`  ${c.topic ?? NO_TOPIC}: ${c.count} (${kinds})`)
    for (const e of c.examples) lines.push(`    - ${e}`)
  }
  lines.push('', 'articles by share of 👎 (down / all feedback)')
  if (!data.articles.length) lines.push('  (none)')
  for (const a of data.articles)
    lines.push(`  ${a.articleId} [${a.topic}]: 👎 ${a.down} / 👍 ${a.up} = ${pct(a.downShare)}`)
  lines.push('', ...(figures.length ? figures : ['no figure is past its validTo']))
  return lines
}

/** One CSV for a spreadsheet: a `section` column tells clusters from feedback rows. */
export function formatReportCsv(data: ReportData): string {
  const rows: unknown[][] = [
    [
      'section',
      'topic',
      'article_id',
      'count',
      'declined',
      'clarifying',
      'low_confidence',
      'up',
      'down',
      'down_share',
      'examples',
    ],
  ]
  for (const c of data.clusters)
    rows.push([
      'unanswered',
      c.topic ?? '',
      '',
      c.count,
      c.kinds.declined,
      c.kinds.clarifying,
      c.kinds['low-confidence'],
      '',
      '',
      '',
      c.examples.join(' | '),
    ])
  for (const a of data.articles)
    rows.push([
      'feedback',
      a.topic,
      a.articleId,
      a.up + a.down,
      '',
      '',
      '',
      a.up,
      a.down,
      a.downShare,
      '',
    ])
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * RFC 4180 quoting, and a leading ' before = + - @ (and tab / CR) so a spreadsheet never runs a
 * worker's question as a formula.
 */
export function csvCell(value: unknown): string {
  let s = String(value ?? '')
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`
}
