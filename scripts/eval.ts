/**
 * npm run eval [-- file.jsonl] [--folds=N] [--seed=N] [--quiet]: topic accuracy over labelled questions,
 * through the same ask() as every channel.
 *
 * Without a file: k-fold cross-validation (default 10 folds) over the real questions in
 * tests/real/ (dev + train). The topic model is retrained inside each fold on the articles and
 * the other folds' questions, and the nearest-question vote reads only those questions, so neither
 * scores a question it has seen (--seed sets the
 * training order's seed, for the run-to-run spread; default the build's). Prints top-1,
 * top-3, MRR, wrong declines, per-topic top-1 and the misses.
 *
 * With a file: the shipped artifact's model on that file (the golden files are regression
 * tests; a file the model was trained on, such as tests/real/*, would be scored in-sample).
 * Lines with "declined": true count as correct when the bot declines.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ask } from '../src/core/ask'
import { type Library, loadLibrary } from '../src/core/knowledge/library'
import { buildNeighbourData } from '../src/core/search/neighbours'
import { readArtifact } from './lib/load-library'
import {
  type LabelledQuestion,
  readJsonl,
  readRealQuestions,
  REAL_DIR,
  trainLibraryModel,
} from './lib/topic-training'

const args = process.argv.slice(2)
const files = args.filter((a) => !a.startsWith('--'))
const quiet = args.includes('--quiet')
const folds = Number(args.find((a) => a.startsWith('--folds='))?.slice(8) ?? 10)
const seedArg = args.find((a) => a.startsWith('--seed='))?.slice(7)
const seed = seedArg === undefined ? undefined : Number(seedArg)
if (!Number.isInteger(folds) || folds < 2 || (seed !== undefined && !Number.isInteger(seed))) {
  console.error('--folds must be an integer ≥ 2 and --seed an integer')
  process.exit(2)
}

interface Outcome {
  row: LabelledQuestion
  declined: boolean
  topics: string[]
  clarify: string[]
}

const artifact = readArtifact()
const outcomes: Outcome[] = []
const run = (row: LabelledQuestion, library: Library): Outcome => {
  const r = ask(row.q, { library })
  return {
    row,
    declined: r.declined,
    topics: r.hits.map((h) => h.topic),
    clarify: r.clarify.map((c) => c.topic),
  }
}

if (files[0]) {
  const target = resolve(files[0])
  if (!existsSync(target)) {
    console.error(`no question file at ${target}`)
    process.exit(2)
  }
  console.log(`file: ${target} (shipped model)`)
  const library = loadLibrary(artifact)
  for (const row of readJsonl(target)) outcomes.push(run(row, library))
} else {
  const rows = readRealQuestions()
  console.log(
    `${folds}-fold cross-validation over ${rows.length} questions in ${REAL_DIR}` +
      (seed === undefined ? '' : ` (training seed ${seed})`)
  )
  // The library without a model only supplies the normaliser and segmenter for training.
  const base = loadLibrary(artifact)
  // Fold of row i: i mod folds, so each fold mixes dev and train rows.
  for (let k = 0; k < folds; k++) {
    const training = rows.filter((_, i) => i % folds !== k)
    const model = trainLibraryModel(base, training, seed === undefined ? {} : { seed })
    // The nearest-question vote, too, knows only the other folds' questions.
    const neighbours = buildNeighbourData(training, base.normalize)
    const library = loadLibrary({ ...artifact, topicModel: model, neighbours })
    rows.forEach((row, i) => {
      if (i % folds === k) outcomes.push(run(row, library))
    })
  }
}
report(outcomes)

function report(all: readonly Outcome[]): void {
  let labelled = 0
  let top1 = 0
  let top3 = 0
  let rr = 0
  let wrongDeclines = 0
  let oos = 0
  let oosOk = 0
  const misses: string[] = []
  const perTopic = new Map<string, { n: number; ok: number }>()
  // Clarifying questions: how often, how often the right topic is among the choices, and top-1
  // on the questions answered straight away.
  let asked = 0
  let askedOk = 0
  let askedTop1 = 0
  let straightTop1 = 0
  for (const { row, declined, topics, clarify } of all) {
    if (row.declined) {
      oos++
      if (declined) oosOk++
      else misses.push(`  [should decline] ${row.q.slice(0, 60)} → ${topics[0]}`)
      continue
    }
    labelled++
    const rank = declined ? -1 : topics.findIndex((t) => row.topics!.includes(t))
    if (declined) wrongDeclines++
    if (rank === 0) top1++
    if (rank >= 0 && rank < 3) top3++
    if (rank >= 0) rr += 1 / (rank + 1)
    if (clarify.length) {
      asked++
      if (clarify.some((t) => row.topics!.includes(t))) askedOk++
      if (rank === 0) askedTop1++
    } else if (rank === 0) straightTop1++
    const lead = row.topics![0]!
    const t = perTopic.get(lead) ?? { n: 0, ok: 0 }
    t.n++
    if (rank === 0) t.ok++
    perTopic.set(lead, t)
    if (rank !== 0)
      misses.push(
        `  [${row.topics!.join('|')}] ${row.q.slice(0, 60)} → ${declined ? 'DECLINED' : topics.slice(0, 3).join(', ')}`
      )
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : 'n/a')
  if (labelled)
    console.log(
      `questions: ${labelled}  top-1: ${pct(top1, labelled)}  top-3: ${pct(top3, labelled)}  MRR: ${(rr / labelled).toFixed(3)}  wrong declines: ${wrongDeclines}`
    )
  if (labelled)
    console.log(
      `clarify: asked on ${asked} (${pct(asked, labelled)}), right topic among the choices ${pct(askedOk, asked)} (top-1 there ${pct(askedTop1, asked)}); answered straight: top-1 ${pct(straightTop1, labelled - asked)}`
    )
  if (oos) console.log(`out-of-scope: ${oos}  declined: ${pct(oosOk, oos)}`)
  if (quiet) return
  console.log('per-topic top-1 (leading topic):')
  for (const [topic, { n, ok }] of [...perTopic].sort((a, b) => b[1].n - a[1].n))
    console.log(`  ${topic.padEnd(26)} ${ok}/${n}  ${pct(ok, n)}`)
  if (misses.length) console.log(`misses (${misses.length}):\n${misses.join('\n')}`)
}
