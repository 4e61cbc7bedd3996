/**
 * `tsx bench/rank-dump.ts <out.json> [--compare <before.json>] [--x100]`: per question (dev set
 * and tests/golden), the index's top 10 (doc, exact score, matched terms), retrieve()'s hits and
 * confidence, and ask()'s whole JSON with a pinned clock; the same over a 10× synthetic base
 * (top 5 per question), and with --x100 over the 100× one too. With --compare, reports the
 * differences (scores to 1e-9); exits 1 when the real library's differ.
 * For checking that a speed change leaves ranking and answers alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ask } from '../src/core/ask'
import { createCalculate } from '../src/core/calc-bridge'
import { loadLibrary, type Library } from '../src/core/knowledge/library'
import { queryGroups, retrieve } from '../src/core/search/retrieve'
import { createNormalizer } from '../src/core/segment/normalize'
import { readArtifact } from '../scripts/lib/load-library'
import { ROOT } from '../scripts/lib/read-knowledge'
import { DEV_QUESTIONS } from './lib/questions'
import { createBuildSegment, libraryOf, splitArticles, synthesize } from './lib/synthetic'

type Row = Record<string, unknown>
const TODAY = new Date('2026-06-15T04:00:00Z')

function questions(): string[] {
  const read = (p: string) =>
    readFileSync(p, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q)
  const dir = join(ROOT, 'tests/golden')
  const golden = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => read(join(dir, f)))
  let dev: string[] = []
  try {
    dev = read(DEV_QUESTIONS)
  } catch {
    /* no dev set */
  }
  return [...dev, ...golden]
}

function dump(lib: Library, qs: readonly string[], full: boolean, top: number): Row[] {
  const calculate = createCalculate(lib)
  return qs.map((q) => {
    const groups = queryGroups(lib.segmenter.cut(lib.normalize(q.trim())), lib)
    const all = lib.index.search(groups)
    const index = all.slice(0, top)
    const r = retrieve(q.trim(), lib)
    const row: Row = {
      q,
      index: index.map((s) => [s.doc, s.score, s.matched]),
      // Documents with a score (the FlexSearch candidates of old also held some with none).
      ...(full ? { candidates: all.filter((s) => s.score > 0).length } : {}),
      hits: r.hits.map((h) => [h.article.id, h.score, h.matched]),
      confidence: r.confidence,
    }
    if (full)
      row.ask = JSON.stringify(
        ask(q, { library: lib, today: TODAY, ...(calculate ? { calculate } : {}) })
      )
    return row
  })
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) > 1e-9) out.push(`${path}: ${a} → ${b}`)
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} → ${b.length}`)
    for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out)
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      diff((a as Row)[k], (b as Row)[k], `${path}.${k}`, out)
  } else if (a !== b)
    out.push(`${path}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`)
}

const argv = process.argv.slice(2)
const X100 = argv.includes('--x100')
const [outPath, flag, before] = argv.filter((a) => a !== '--x100')
if (!outPath) throw new Error('usage: rank-dump.ts <out.json> [--compare <before.json>] [--x100]')
const artifact = readArtifact()
const qs = questions()
const real = dump(loadLibrary(artifact), qs, true, 10)
const units = splitArticles(artifact.articles, createBuildSegment(artifact))
const kb = synthesize(units, 10, createNormalizer(artifact.normalize))
const x10 = dump((await libraryOf(artifact, kb)).library, qs, false, 5)
const x100 = X100
  ? dump(
      (await libraryOf(artifact, synthesize(units, 100, createNormalizer(artifact.normalize))))
        .library,
      qs,
      false,
      5
    )
  : undefined
const result = { questions: qs.length, real, x10, ...(x100 ? { x100 } : {}) }
writeFileSync(outPath, JSON.stringify(result))
console.log(`${qs.length} questions dumped to ${outPath}`)
if (flag === '--compare' && before) {
  const was = JSON.parse(readFileSync(before, 'utf8')) as typeof result
  const real: string[] = []
  const syn: string[] = []
  diff(was.real, result.real, '.real', real)
  diff(was.x10, result.x10, '.x10', syn)
  for (const line of real.slice(0, 40)) console.log(line)
  const top1 = result.x10.filter(
    (r, i) =>
      JSON.stringify((r.hits as unknown[])[0]) !==
      JSON.stringify((was.x10[i]!.hits as unknown[])[0])
  ).length
  console.log(`real library: ${real.length ? `${real.length} differences` : 'identical'}`)
  console.log(
    `10× synthetic: ${syn.length} differences, top hit differs for ${top1} of ${qs.length} questions`
  )
  if (was.x100 && result.x100) {
    const big: string[] = []
    diff(was.x100, result.x100, '.x100', big)
    for (const line of big.slice(0, 10)) console.log(line)
    console.log(`100× synthetic: ${big.length ? `${big.length} differences` : 'identical'}`)
  }
  if (real.length) process.exit(1)
}
