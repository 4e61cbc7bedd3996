/**
 * `tsx bench/profile-ask.ts [rounds] [--calc]`: where ask()'s tail goes. Per question, the median
 * CPU time (process.cpuUsage, so waiting for a core on a shared machine does not count) of ask()
 * and of its stages, taken apart the way ask() runs them: normalise, segment, query groups,
 * BM25F candidates, retrieve() as a whole, the topic model, composeAnswer, clarify. Prints the
 * slowest questions by ask() with their stage medians, and the p50/p99 of each stage over all.
 * Questions: tests/real (dev + train) and tests/golden, so it runs in a fresh clone.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ask } from '../src/core/ask'
import { composeAnswer } from '../src/core/answer/compose-answer'
import { createCalculate } from '../src/core/calc-bridge'
import { clarifyChoices } from '../src/core/clarify'
import { queryGroups, retrieve } from '../src/core/search/retrieve'
import { topicFeatures } from '../src/core/search/topic-model'
import { loadBuiltLibrary } from '../scripts/lib/load-library'
import { ROOT } from '../scripts/lib/read-knowledge'
import { percentile } from './lib/timing'

const args = process.argv.slice(2)
const ROUNDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 15)
const WITH_CALC = args.includes('--calc')

function jsonl(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q)
}
const golden = join(ROOT, 'tests/golden')
const questions = [
  ...jsonl(join(ROOT, 'tests/real/dev-questions.jsonl')),
  ...jsonl(join(ROOT, 'tests/real/train-questions.jsonl')),
  ...readdirSync(golden)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => jsonl(join(golden, f))),
]

const library = loadBuiltLibrary()
const calculate = WITH_CALC ? createCalculate(library) : undefined
const deps = { library, ...(calculate ? { calculate } : {}) }

/** CPU ms of one call. */
function cpu(fn: () => unknown): number {
  const s = process.cpuUsage()
  fn()
  const d = process.cpuUsage(s)
  return (d.user + d.system) / 1000
}

type Stage =
  'ask' | 'normalize' | 'segment' | 'groups' | 'rank' | 'retrieve' | 'model' | 'compose' | 'clarify'
const STAGES: Stage[] = [
  'ask',
  'normalize',
  'segment',
  'groups',
  'rank',
  'retrieve',
  'model',
  'compose',
  'clarify',
]

function stagesOf(q: string): Record<Stage, number> {
  const lib = library
  let normalized = ''
  let tokens: string[] = []
  let groups: ReturnType<typeof queryGroups> = []
  let r: ReturnType<typeof retrieve> | undefined
  const t: Record<Stage, number> = {
    ask: cpu(() => ask(q, deps)),
    normalize: cpu(() => (normalized = lib.normalize(q))),
    segment: cpu(() => (tokens = lib.segmenter.cut(normalized))),
    groups: cpu(() => (groups = queryGroups(tokens, lib, normalized))),
    rank: cpu(() => lib.index.rank(groups, { unordered: true })),
    retrieve: cpu(() => (r = retrieve(q, lib, { limit: 10 }))),
    model: cpu(() => lib.topicModel.predict(topicFeatures(normalized, tokens))),
    compose: 0,
    clarify: 0,
  }
  t.compose = cpu(() => composeAnswer(r!, lib, { declined: false, calculation: null }))
  t.clarify = cpu(() => clarifyChoices(r!.hits))
  return t
}

for (const q of questions) stagesOf(q) // warm-up
const per = questions.map(() => Object.fromEntries(STAGES.map((s) => [s, [] as number[]])))
for (let round = 0; round < ROUNDS; round++)
  questions.forEach((q, i) => {
    const t = stagesOf(q)
    for (const s of STAGES) per[i]![s]!.push(t[s])
  })
const med = per.map((p) => Object.fromEntries(STAGES.map((s) => [s, percentile(p[s]!, 50)])))
const order = questions.map((_, i) => i).sort((a, b) => med[b]!.ask! - med[a]!.ask!)
const f = (x: number) => x.toFixed(3).padStart(6)
console.log(`${questions.length} questions × ${ROUNDS} rounds, CPU ms medians per question`)
console.log(STAGES.map((s) => s.padStart(9)).join('') + '  chars  question')
for (const i of order.slice(0, 25))
  console.log(
    STAGES.map((s) => f(med[i]![s]!).padStart(9)).join('') +
      String(questions[i]!.length).padStart(7) +
      '  ' +
      questions[i]!.slice(0, 40)
  )
console.log('\nover all samples (CPU ms):')
for (const s of STAGES) {
  const all = per.flatMap((p) => p[s]!)
  console.log(`${s.padStart(9)}  p50 ${f(percentile(all, 50))}  p99 ${f(percentile(all, 99))}`)
}
