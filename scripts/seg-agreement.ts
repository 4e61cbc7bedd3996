/**
 * Measures how the runtime segmenter (jieba's route over the index vocabulary) agrees with
 * nodejieba on a question file: token agreement on index-vocabulary tokens (the ones that can
 * match), exact-sequence agreement, and timing.  npm run -s seg:agreement [file.jsonl]
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadJieba } from './lib/jieba'
import { readArtifact } from './lib/load-library'
import { ROOT } from './lib/read-knowledge'
import { createDagSegmenter, unpackVocabulary } from '../src/core/segment/dag-segmenter'
import { createNormalizer } from '../src/core/segment/normalize'

const file = resolve(process.argv[2] ?? resolve(ROOT, '../shared/eval/dev-questions.jsonl'))
if (!existsSync(file)) {
  console.error(`no question file at ${file}`)
  process.exit(2)
}
const questions = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { q: string }).q)
const artifact = readArtifact()
const normalize = createNormalizer(artifact.normalize)
const t0 = performance.now()
const dag = createDagSegmenter(artifact.segmenter)
const first = dag.cut(normalize(questions[0]!))
const firstMs = performance.now() - t0
const jieba = loadJieba(
  existsSync(resolve(ROOT, 'knowledge/userdict.txt'))
    ? resolve(ROOT, 'knowledge/userdict.txt')
    : null
)
const vocabulary = unpackVocabulary(artifact.segmenter)
const inVocab = (w: string) => vocabulary.has(w) && w.length > 1

let same = 0
let jiebaTokens = 0
let matchedTokens = 0
let ourTokens = 0
const diffs: string[] = []
for (const q of questions) {
  const text = normalize(q)
  const a = jieba.cut(text).filter((w) => /[\u4e00-\u9fff\w]/.test(w))
  const b = dag.cut(text)
  if (a.join('/') === b.join('/')) same++
  else if (diffs.length < 12) diffs.push(`  jieba: ${a.join('/')}\n  ours : ${b.join('/')}`)
  const va = a.filter(inVocab)
  const vb = b.filter(inVocab)
  jiebaTokens += va.length
  ourTokens += vb.length
  const bag = new Map<string, number>()
  for (const w of vb) bag.set(w, (bag.get(w) ?? 0) + 1)
  for (const w of va)
    if ((bag.get(w) ?? 0) > 0) {
      matchedTokens++
      bag.set(w, bag.get(w)! - 1)
    }
}
const t1 = performance.now()
for (let i = 0; i < 10; i++) for (const q of questions) dag.cut(normalize(q))
const perCut = (performance.now() - t1) / (10 * questions.length)
console.log(`questions: ${questions.length}; vocabulary: ${vocabulary.size} words`)
console.log(
  `identical segmentation: ${same}/${questions.length} (${((100 * same) / questions.length).toFixed(1)}%)`
)
console.log(
  `index-vocabulary tokens: recall ${((100 * matchedTokens) / jiebaTokens).toFixed(1)}% precision ${((100 * matchedTokens) / ourTokens).toFixed(1)}%`
)
console.log(
  `first cut (incl. building the segmenter): ${firstMs.toFixed(2)} ms (${first.length} tokens); per question after: ${(perCut * 1000).toFixed(1)} µs`
)
console.log('first differences:\n' + diffs.join('\n'))
