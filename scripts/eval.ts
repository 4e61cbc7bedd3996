/**
 * npm run eval [file.jsonl]: top-1 / top-3 topic accuracy and MRR over labelled questions,
 * through the same ask() as every channel. Default: ../shared/eval/dev-questions.jsonl.
 * Lines with "declined": true count as correct when the bot declines.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ask } from '../src/core/ask'
import { loadBuiltLibrary } from './lib/load-library'
import { ROOT } from './lib/read-knowledge'

interface Row {
  q: string
  topics?: string[]
  declined?: boolean
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const quiet = process.argv.includes('--quiet')
const target = files[0] ? resolve(files[0]) : resolve(ROOT, '../shared/eval/dev-questions.jsonl')
if (!existsSync(target)) {
  console.error(`no question file at ${target}; pass one: npm run eval -- path/to/questions.jsonl`)
  process.exit(2)
}

const rows: Row[] = readFileSync(target, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row)
const library = loadBuiltLibrary()
let top1 = 0
let top3 = 0
let rr = 0
let labelled = 0
let declineRows = 0
let declinedOk = 0
let falseDeclines = 0
const misses: string[] = []
const missByTopic = new Map<string, number>()
for (const row of rows) {
  const result = ask(row.q, { library })
  if (row.declined) {
    declineRows++
    if (result.declined) declinedOk++
    else misses.push(`  [should decline] ${row.q} → ${result.hits[0]?.topic}`)
    continue
  }
  labelled++
  const topics = result.declined ? [] : result.hits.map((h) => h.topic)
  const rank = topics.findIndex((t) => row.topics!.includes(t))
  if (result.declined) falseDeclines++
  if (rank === 0) top1++
  if (rank >= 0 && rank < 3) top3++
  if (rank >= 0) rr += 1 / (rank + 1)
  if (rank !== 0) {
    misses.push(
      `  [${row.topics!.join('|')}] ${row.q.slice(0, 60)} → ${result.declined ? 'DECLINED' : topics.slice(0, 3).join(', ')}`
    )
    for (const t of row.topics!.slice(0, 1)) missByTopic.set(t, (missByTopic.get(t) ?? 0) + 1)
  }
}
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : 'n/a')
console.log(`file: ${target}`)
if (labelled) {
  console.log(
    `questions: ${labelled}  top-1: ${pct(top1, labelled)}  top-3: ${pct(top3, labelled)}  MRR: ${(rr / labelled).toFixed(3)}  declined: ${falseDeclines}`
  )
}
if (declineRows)
  console.log(`out-of-scope: ${declineRows}  declined: ${pct(declinedOk, declineRows)}`)
if (!quiet && misses.length) {
  console.log(`misses (${misses.length}):`)
  console.log(misses.join('\n'))
  console.log(
    'misses by expected topic: ' +
      [...missByTopic]
        .sort((a, b) => b[1] - a[1])
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')
  )
}
