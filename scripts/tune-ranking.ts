/**
 * npm run tune:ranking [-- --grid | --grid3 | --set=k=v,… [--diff]] [--base=k=v,…]: the ranking's figures on every labelled set, through the same
 * ask() as every channel, so a change to the shipped RankingParams (src/core/search/ranking.ts) is
 * judged reproducibly: each setting is its own library (loadLibrary(artifact, { ranking })).
 * It reads the shipped artifact's topic model, which was trained on tests/real (in-sample there):
 * the yardstick for real questions is `npm run eval`'s cross-validation.
 *
 * Sets: "choose" = ../shared/eval/dev-questions.jsonl (when present) + the tests/golden files
 * except the held-out ones; "held-out" = tests/golden/held-out-*.jsonl, never used for choosing.
 * Without flags: one table for the shipped setting. With --grid: a one-at-a-time sweep around
 * the shipped setting (then pairs of the best moves), ranked on the choose sets (top-1 + top-3
 * hits, then MRR); a setting is ACCEPTED only if held-out-stories holds or improves and no set
 * (held-out included, out-of-scope declines included) loses more than one question. --grid3: a
 * joint grid over the families that moved the choose sets (body-only damping × phrase bonus ×
 * tail boost). --set: the table of one other setting; --diff lists the questions it changes.
 * This round: npm run -s tune:ranking -- --base=bodyOnlyFactor=1,phraseBonusPerChar=0.3 --grid3
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ask } from '../src/core/ask'
import { type KnowledgeArtifact, loadLibrary } from '../src/core/knowledge/library'
import { RANKING, type RankingParams } from '../src/core/search/ranking'
import { readArtifact } from './lib/load-library'
import { ROOT } from './lib/read-knowledge'

interface Row {
  q: string
  topics?: string[]
  declined?: boolean
}
interface SetScore {
  /** Per row the rank of the first right topic (-1: none; -2: out-of-scope row). */
  ranks: number[]
  n: number
  top1: number
  top3: number
  rr: number
  /** Labelled questions declined by mistake. */
  falseDeclines: number
  /** Out-of-scope rows, and those declined. */
  oos: number
  oosOk: number
}

const read = (f: string): Row[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)

const goldenDir = join(ROOT, 'tests/golden')
const sets: { name: string; rows: Row[]; heldOut: boolean }[] = []
const dev = resolve(ROOT, '../shared/eval/dev-questions.jsonl')
if (existsSync(dev)) sets.push({ name: 'dev', rows: read(dev), heldOut: false })
for (const f of readdirSync(goldenDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort())
  sets.push({
    name: f.replace(/\.jsonl$/, ''),
    rows: read(join(goldenDir, f)),
    heldOut: f.startsWith('held-out'),
  })

/** A copy of `params` with `key=value[,key=value]` applied (fieldWeights.body=0.5 reaches inside). */
function withSettings(params: RankingParams, settings: string): RankingParams {
  const p = structuredClone(params) as unknown as Record<string, unknown>
  for (const kv of settings.split(',')) {
    const [path, value] = kv.split('=') as [string, string]
    const keys = path.split('.')
    let o = p
    for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>
    if (!(keys[keys.length - 1]! in o)) throw new Error(`no ranking parameter ${path}`)
    o[keys[keys.length - 1]!] = value === 'true' ? true : value === 'false' ? false : Number(value)
  }
  return p as unknown as RankingParams
}

const artifact: KnowledgeArtifact = readArtifact()
// --base=key=value,...: judge against another setting than the shipped one (the setting before
// this tuning round: --base=bodyOnlyFactor=1,phraseBonusPerChar=0.3).
const baseArg = process.argv.find((a) => a.startsWith('--base='))
const shipped: RankingParams = baseArg
  ? withSettings(RANKING, baseArg.slice(7))
  : structuredClone(RANKING)

function evaluate(params: RankingParams): SetScore[] {
  const library = loadLibrary(artifact, { ranking: params })
  const out = sets.map(({ rows }) => {
    const s: SetScore = {
      ranks: [],
      n: 0,
      top1: 0,
      top3: 0,
      rr: 0,
      falseDeclines: 0,
      oos: 0,
      oosOk: 0,
    }
    for (const row of rows) {
      const res = ask(row.q, { library })
      if (row.declined) {
        s.ranks.push(res.declined ? -2 : -3)
        s.oos++
        if (res.declined) s.oosOk++
        continue
      }
      s.n++
      if (res.declined) s.falseDeclines++
      const rank = res.declined ? -1 : res.hits.findIndex((h) => row.topics!.includes(h.topic))
      s.ranks.push(rank)
      if (rank === 0) s.top1++
      if (rank >= 0 && rank < 3) s.top3++
      if (rank >= 0) s.rr += 1 / (rank + 1)
    }
    return s
  })
  return out
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '  - ')
function table(scores: SetScore[]): string {
  return sets
    .map(({ name, heldOut }, i) => {
      const s = scores[i]!
      const parts = [`${(heldOut ? '* ' : '  ') + name.padEnd(26)}`]
      if (s.n)
        parts.push(
          `in-scope ${s.n}  top-1 ${s.top1}/${s.n} ${pct(s.top1, s.n)}%  top-3 ${s.top3}/${s.n} ${pct(s.top3, s.n)}%  MRR ${(s.rr / s.n).toFixed(3)}  false declines ${s.falseDeclines}`
        )
      if (s.oos) parts.push(`out-of-scope declined ${s.oosOk}/${s.oos}`)
      return parts.join('  ')
    })
    .join('\n')
}
/** Choose-set objective: top-1 + top-3 hits + out-of-scope declines, then MRR. */
function objective(scores: SetScore[]): number {
  let v = 0
  scores.forEach((s, i) => {
    if (!sets[i]!.heldOut) v += s.top1 + s.top3 + s.oosOk + s.rr / 1000 - 2 * s.falseDeclines
  })
  return v
}
/** Accepted: held-out-stories holds or improves (top-1 and top-3), no set loses more than one question. */
function accepted(base: SetScore[], cand: SetScore[]): boolean {
  return sets.every(({ name }, i) => {
    const b = base[i]!
    const c = cand[i]!
    if (name === 'held-out-stories' && (c.top1 < b.top1 || c.top3 < b.top3)) return false
    return (
      c.top1 >= b.top1 - 1 &&
      c.top3 >= b.top3 - 1 &&
      c.oosOk >= b.oosOk - 1 &&
      c.falseDeclines <= b.falseDeclines
    )
  })
}

const base = evaluate(shipped)
console.log(
  `${baseArg ? baseArg.slice(7) : 'shipped setting'} (* = held out, never used for choosing):`
)
console.log(table(base))

// --set=key=value[,key=value]: the table for another setting (fieldWeights.body=0.5 reaches inside).
const setArg = process.argv.find((a) => a.startsWith('--set='))
if (setArg) {
  const p = withSettings(shipped, setArg.slice(6))
  const s = evaluate(p as unknown as RankingParams)
  console.log(
    `\n${setArg.slice(6)}: ${accepted(base, s) ? 'ACCEPTED' : 'rejected'} (choose Δ ${(objective(s) - objective(base)).toFixed(2)})`
  )
  console.log(table(s))
  if (process.argv.includes('--diff'))
    sets.forEach(({ name, rows }, i) =>
      rows.forEach((row, j) => {
        const a = base[i]!.ranks[j]!
        const b = s[i]!.ranks[j]!
        if (a !== b && (a === 0 || b === 0 || a < 3 !== b < 3 || a < 0 || b < 0))
          console.log(`  ${name}: rank ${a} → ${b}  ${row.q.slice(0, 70)}`)
      })
    )
}

if (process.argv.includes('--grid3')) {
  // A joint grid over the three families that moved the choose sets in the one-at-a-time sweep:
  // body-only damping, phrase bonus, tail boost. Picked by the choose objective alone (MRR breaks
  // ties); held-out is only reported.
  const rows: { label: string; s: SetScore[]; obj: number }[] = []
  for (const bo of [0.4, 0.5, 0.6, 1])
    for (const pb of [0.35, 0.4, 0.45, 0.5, 0.55])
      for (const [tb, tc, tm] of [
        [1, 1, 0],
        ...[1.25, 1.5].flatMap((tb) =>
          [1, 2].flatMap((tc) => [40, 50, 60].map((tm) => [tb, tc, tm]))
        ),
      ] as [number, number, number][]) {
        const p = {
          ...structuredClone(shipped),
          bodyOnlyFactor: bo,
          phraseBonusPerChar: pb,
          tailBoost: tb,
          tailClauses: tc,
          tailMinChars: tm,
        }
        const s = evaluate(p)
        rows.push({
          label: `bodyOnlyFactor=${bo},phraseBonusPerChar=${pb},tailBoost=${tb},tailClauses=${tc},tailMinChars=${tm}`,
          s,
          obj: objective(s),
        })
      }
  rows.sort((a, b) => b.obj - a.obj)
  const baseObj = objective(base)
  const ho = sets.findIndex((x) => x.name === 'held-out-stories')
  for (const r of rows.slice(0, 25))
    console.log(
      `${r.label.padEnd(90)} choose Δ ${(r.obj - baseObj).toFixed(5)}  held-out-stories ${r.s[ho]!.top1}/${r.s[ho]!.top3}  ${accepted(base, r.s) ? 'ACCEPT' : 'reject'}`
    )
  console.log(`\nchosen (best on the choose sets): ${rows[0]!.label}`)
  console.log(table(rows[0]!.s))
}

if (process.argv.includes('--grid')) {
  type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> }
  type Move = { label: string; apply: (p: Mutable<RankingParams>) => void }
  const moves: Move[] = []
  const num = (key: keyof RankingParams, values: number[]) => {
    for (const v of values)
      moves.push({ label: `${key}=${v}`, apply: (p) => ((p[key] as number) = v) })
  }
  num('k1', [0.6, 0.9, 1.5, 2])
  num('b', [0.5, 0.6, 0.9, 1])
  num('headTermBoost', [1.3, 2, 2.5])
  num('bodyOnlyFactor', [0.3, 0.4, 0.5, 0.7, 0.85])
  // The tail of long questions: boost × clauses × minimum length, as one family.
  for (const tb of [1.25, 1.5, 2])
    for (const c of [1, 2])
      for (const chars of [0, 30, 40, 50, 60])
        moves.push({
          label: `tailBoost=${tb},tailClauses=${c},tailMinChars=${chars}`,
          apply: (p) => ((p.tailBoost = tb), (p.tailClauses = c), (p.tailMinChars = chars)),
        })
  num('topicSupport', [0.25, 0.75, 1])
  num('phraseBonusPerChar', [0.2, 0.4, 0.5])
  num('phraseBonusCap', [3, 5, 6])
  num('loosePhraseShare', [0.25, 0.75])
  num('subwordWeight', [0.3, 0.7])
  num('singleCharWeight', [0.3, 0.7])
  for (const [f, vs] of [
    ['body', [0.5, 0.7, 1.5]],
    ['summary', [1, 1.5, 3]],
    ['title', [2, 4]],
    ['keywords', [2, 4]],
  ] as const)
    for (const v of vs) moves.push({ label: `${f}=${v}`, apply: (p) => (p.fieldWeights[f] = v) })

  const baseObj = objective(base)
  const results = moves.map((m) => {
    const p: Mutable<RankingParams> = structuredClone(shipped)
    m.apply(p)
    const s = evaluate(p)
    return { m, s, obj: objective(s) }
  })
  const line = (label: string, s: SetScore[], obj: number) => {
    const ho = s[sets.findIndex((x) => x.name === 'held-out-stories')]!
    return `${label.padEnd(44)} choose Δ ${(obj - baseObj).toFixed(2).padStart(6)}  held-out-stories ${ho.top1}/${ho.top3} of ${ho.n}  ${accepted(base, s) ? 'ACCEPT' : 'reject'}`
  }
  console.log(`\nbase: choose objective ${baseObj.toFixed(2)}`)
  results.sort((a, b) => b.obj - a.obj)
  for (const r of results) console.log(line(r.m.label, r.s, r.obj))
  // Pairs of the moves that help on the choose sets (different constants).
  const good = results.filter((r) => r.obj > baseObj).slice(0, 8)
  const pairs: { label: string; s: SetScore[]; obj: number; p: RankingParams }[] = []
  for (let i = 0; i < good.length; i++)
    for (let j = i + 1; j < good.length; j++) {
      if (good[i]!.m.label.split('=')[0] === good[j]!.m.label.split('=')[0]) continue
      const p: Mutable<RankingParams> = structuredClone(shipped)
      good[i]!.m.apply(p)
      good[j]!.m.apply(p)
      const s = evaluate(p)
      pairs.push({ label: `${good[i]!.m.label} + ${good[j]!.m.label}`, s, obj: objective(s), p })
    }
  pairs.sort((a, b) => b.obj - a.obj)
  console.log('\npairs:')
  for (const r of pairs) console.log(line(r.label, r.s, r.obj))
  const best = [...results.map((r) => ({ label: r.m.label, s: r.s, obj: r.obj })), ...pairs]
    .filter((r) => accepted(base, r.s) && r.obj > baseObj)
    .sort((a, b) => b.obj - a.obj)[0]
  if (best) {
    console.log(`\nbest accepted: ${best.label}`)
    console.log(table(best.s))
  } else
    console.log('\nno setting beats the shipped one on the choose sets and is accepted on held-out')
}
