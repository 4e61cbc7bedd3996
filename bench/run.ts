/**
 * npm run bench [-- --json] [-- --quick]: speed and size figures for gongyou, next to a
 * MiniSearch BM25 baseline over the same articles and tokens, measured in the same run.
 * Prints a table; with --json the last line of stdout is one JSON object (docs/bench.md).
 * Progress goes to stderr.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { ask } from '../src/core/ask'
import { loadLibrary, type Library } from '../src/core/knowledge/library'
import { retrieve } from '../src/core/search/retrieve'
import { createNormalizer } from '../src/core/segment/normalize'
import { buildArtifact } from '../scripts/build-knowledge'
import { knowledgeHash, stampArtifact } from '../scripts/ensure-built.mjs'
import { ROOT } from '../scripts/lib/read-knowledge'
import { createMiniSearchBaseline } from './lib/baseline'
import {
  measureStartPath,
  type Spread,
  type StartPathFigures,
  workerStartup,
} from './lib/start-path'
import { cpuEach, hostileInputs, LONG_MESSAGES, withLongMessages } from './lib/hostile'
import { measureHttp } from './lib/http-load'
import { askTopics, loadQuestions, top1Of } from './lib/questions'
import {
  checkSentencePath,
  createBuildSegment,
  libraryOf,
  splitArticles,
  synthesize,
} from './lib/synthetic'
import { ms3, timeEach } from './lib/timing'
import { measureRecording, type RecordingFigures } from './lib/recording'
import { measureBundle, measureWorkerd } from './lib/worker'

const args = process.argv.slice(2)
const JSON_OUT = args.includes('--json')
const QUICK = args.includes('--quick')
const say = (msg: string) => process.stderr.write(`bench: ${msg}\n`)
setFlagsFromString('--expose-gc')
/** A full GC before each timed series, so one series does not pay for the previous one's garbage. */
const gc = runInNewContext('gc') as () => void
const ROUNDS = { x1: QUICK ? 5 : 30, x10: QUICK ? 3 : 10, x100: QUICK ? 2 : 5 }

async function main(): Promise<void> {
  const { source, rows } = loadQuestions()
  const questions = rows.map((r) => r.q)
  say(`${rows.length} questions from ${source}`)

  // Build (the same function as npm run build), written where the runtimes read it.
  const t0 = performance.now()
  const { artifact, errors } = await buildArtifact()
  const buildMs = performance.now() - t0
  if (errors.length) throw new Error(`knowledge build failed:\n${errors.join('\n')}`)
  const json = JSON.stringify(artifact)
  const artifactPath = join(ROOT, 'src/generated/knowledge.json')
  mkdirSync(join(ROOT, 'src/generated'), { recursive: true })
  writeFileSync(artifactPath, json)
  // Stamped as npm run build stamps it, so npm start (and the start-up figures) need no rebuild.
  stampArtifact(artifactPath, knowledgeHash())
  const artifactBytes = Buffer.byteLength(json)
  const artifactGzipBytes = gzipSync(json).length
  say(`built ${artifact.articles.length} articles in ${buildMs.toFixed(0)} ms`)

  // In-process ask() over the question set, real knowledge base.
  const library = loadLibrary(artifact)
  gc()
  const ask1 = timeEach(questions, ROUNDS.x1, (q) => ask(q, { library }))
  const retrieve1 = timeEach(questions, ROUNDS.x1, (q) => retrieve(q, library))
  const top1 = top1Of(rows, (q) => askTopics(ask(q, { library })))
  say(
    `ask p50 ${ask1.p50.toFixed(3)} ms, p99 ${ask1.p99.toFixed(3)} ms, top-1 ${(top1 * 100).toFixed(1)}%`
  )

  // Hostile input (issue 11): 1,000 random 1,000-character questions, and two long messages.
  const hostile = hostileInputs()
  gc()
  const hostile1 = timeEach(hostile, 1, (q) => ask(q, { library }))
  const longMessageMs = Object.fromEntries(
    Object.entries(LONG_MESSAGES).map(([name, q]) => {
      const t = performance.now()
      ask(q, { library })
      return [name, ms3(performance.now() - t)]
    })
  )
  const askCpu = cpuEach(questions, ROUNDS.x1, (q) => ask(q, { library }))
  const hostileCpu = cpuEach(hostile, 1, (q) => ask(q, { library }))
  say(
    `hostile ask p99 ${hostile1.p99.toFixed(3)} ms (${(hostile1.p99 / ask1.p99).toFixed(1)}× normal); CPU time p99 ${hostileCpu.p99.toFixed(3)} ms (${(hostileCpu.p99 / askCpu.p99).toFixed(1)}× normal)`
  )

  // The chat answer path with the report recorder on and off (issue 16), interleaved.
  gc()
  const recording = await measureRecording(library, questions, QUICK ? 2 : 6)
  say(
    `chat answer p99 recording on ${recording.on.p99Ms} ms, off ${recording.off.p99Ms} ms (${recording.rowsWritten} rows written)`
  )

  // Synthetic knowledge bases through the build's segmentation and buildSearchData.
  const segment = createBuildSegment(artifact)
  const units = splitArticles(artifact.articles, segment)
  const samePath = await checkSentencePath(units, artifact)
  say(`sentence-wise segmentation reproduces the artifact's index: ${samePath}`)
  const normalize = createNormalizer(artifact.normalize)

  const kb1 = synthesize(units, 1, normalize)
  const mini1 = createMiniSearchBaseline(kb1.articles, kb1.docs, library)
  gc()
  const miniAsk1 = timeEach(questions, ROUNDS.x1, (q) => mini1.rank(q))
  const miniTop1 = top1Of(rows, (q) => mini1.rank(q))
  say(`minisearch p99 ${miniAsk1.p99.toFixed(3)} ms, top-1 ${(miniTop1 * 100).toFixed(1)}%`)

  const scaled = async (factor: number, rounds: number) => {
    const kb = synthesize(units, factor, normalize)
    const { library: lib, indexMs } = await libraryOf(artifact, kb)
    gc()
    const lat = timeEach(questions, rounds, (q) => ask(q, { library: lib }))
    const ret = timeEach(questions, rounds, (q) => retrieve(q, lib))
    say(
      `${factor}×: ${kb.articles.length} articles, index ${indexMs.toFixed(0)} ms, ask p99 ${lat.p99.toFixed(3)} ms`
    )
    return { kb, lib, lat, ret, indexMs }
  }
  const x10 = await scaled(10, ROUNDS.x10)
  const x100 = await scaled(100, ROUNDS.x100)
  const mini100 = createMiniSearchBaseline(x100.kb.articles, x100.kb.docs, x100.lib as Library)
  gc()
  const miniAsk100 = timeEach(questions, ROUNDS.x100, (q) => mini100.rank(q))
  say(
    `minisearch 100×: index ${mini100.buildMs.toFixed(0)} ms, p99 ${miniAsk100.p99.toFixed(3)} ms`
  )

  // A fresh Node process per sample: read the artifact, load, answer the first question.
  const cold = await coldStart(artifactPath, questions[0]!, QUICK ? 3 : 7)
  say(`cold start median ${cold.coldStartMs.toFixed(1)} ms`)

  say('wrangler deploy --dry-run …')
  const bundle = await measureBundle()
  say(`worker bundle ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip; wrangler dev …`)
  const workerd = await measureWorkerd(questions, QUICK ? 1 : 3)
  say(
    `workerd ${workerd.cpuMs === null ? workerd.note : workerd.cpuMs.toFixed(2) + ' ms'}; HTTP load …`
  )
  const startup = await workerStartup()
  say(
    `worker startup ${startup.activeMs ?? startup.note}; start-up and HTTP vs a trivial Hono app …`
  )
  const answerJson = JSON.stringify(ask(questions[0]!, { library }))
  const start = await measureStartPath(questions, answerJson, QUICK ? 3 : 5, QUICK ? 3 : 10)
  say(
    `npm start ${start.npmStartMs.median} ms, bundle ${start.bundleStartMs.median} ms, floor ${start.floorStartMs.median} ms; ` +
      `HTTP ${start.httpReqPerSec} req/s (answer cache off; on: ${start.httpCachedReqPerSec}) vs ceiling ${start.ceilingReqPerSec}`
  )
  const httpMix = await measureHttp(withLongMessages(questions), QUICK ? 3 : 10)
  say(`HTTP with 2 % 1,000-char questions: ${httpMix.reqPerSec.toFixed(0)} req/s`)

  const result = {
    articles: artifact.articles.length,
    questions: rows.length,
    askP50Ms: ms3(ask1.p50),
    askP99Ms: ms3(ask1.p99),
    hostileAskP99Ms: ms3(hostile1.p99),
    hostileRatio: Math.round((hostile1.p99 / ask1.p99) * 100) / 100,
    hostileCpuRatio: Math.round((hostileCpu.p99 / askCpu.p99) * 100) / 100,
    longMessageMs,
    httpMixReqPerSec: Math.round(httpMix.reqPerSec),
    chatP99Ms_recordingOn: recording.on.p99Ms,
    chatP99Ms_recordingOff: recording.off.p99Ms,
    askP99Ms_10x: ms3(x10.lat.p99),
    askP99Ms_100x: ms3(x100.lat.p99),
    buildMs: Math.round(buildMs),
    artifactBytes,
    artifactGzipBytes,
    coldStartMs: ms3(cold.coldStartMs),
    workerBundleGzipBytes: bundle.gzipBytes,
    workerCpuMs: ms3(workerd.cpuMs),
    workerStartupMs: startup.activeMs,
    npmStartMs: start.npmStartMs.median,
    startMs: start.bundleStartMs.median,
    floorStartMs: start.floorStartMs.median,
    httpReqPerSec: start.httpReqPerSec,
    ceilingReqPerSec: start.ceilingReqPerSec,
    httpP99Ms: start.httpP99Ms,
    httpCachedReqPerSec: start.httpCachedReqPerSec,
    top1: Math.round(top1 * 1000) / 1000,
    baseline: {
      name: mini1.name,
      askP99Ms: ms3(miniAsk1.p99),
      askP99Ms_100x: ms3(miniAsk100.p99),
      top1: Math.round(miniTop1 * 1000) / 1000,
      askP50Ms: ms3(miniAsk1.p50),
      askP50Ms_100x: ms3(miniAsk100.p50),
      buildMs_100x: Math.round(mini100.buildMs),
    },
    detail: {
      node: process.version,
      questionSource: source,
      rounds: ROUNDS,
      samples: { x1: ask1.samples, x10: x10.lat.samples, x100: x100.lat.samples },
      askP50Ms_10x: ms3(x10.lat.p50),
      askP50Ms_100x: ms3(x100.lat.p50),
      retrieveP50Ms: ms3(retrieve1.p50),
      retrieveP99Ms: ms3(retrieve1.p99),
      retrieveP99Ms_10x: ms3(x10.ret.p99),
      retrieveP99Ms_100x: ms3(x100.ret.p99),
      articles_10x: x10.kb.articles.length,
      articles_100x: x100.kb.articles.length,
      indexMs_10x: Math.round(x10.indexMs),
      indexMs_100x: Math.round(x100.indexMs),
      synthesisMatchesBuild: samePath,
      coldStart: cold,
      bundle,
      workerd,
      workerStartup: startup,
      start,
      httpMix,
      hostileSamples: hostile1.samples,
      hostileAskP50Ms: ms3(hostile1.p50),
      askCpu: { p50Ms: ms3(askCpu.p50), p99Ms: ms3(askCpu.p99), samples: askCpu.samples },
      hostileCpu: { p50Ms: ms3(hostileCpu.p50), p99Ms: ms3(hostileCpu.p99) },
      recording,
    },
  }
  printTable(result)
  if (JSON_OUT) console.log(JSON.stringify(result))
}

type Result = {
  articles: number
  askP50Ms: number | null
  askP99Ms: number | null
  hostileAskP99Ms: number | null
  hostileRatio: number
  hostileCpuRatio: number
  longMessageMs: Record<string, number | null>
  httpMixReqPerSec: number
  chatP99Ms_recordingOn: number
  chatP99Ms_recordingOff: number
  askP99Ms_10x: number | null
  askP99Ms_100x: number | null
  buildMs: number
  artifactGzipBytes: number
  coldStartMs: number | null
  workerBundleGzipBytes: number
  workerCpuMs: number | null
  workerStartupMs: number | null
  httpReqPerSec: number
  ceilingReqPerSec: number
  httpP99Ms: number
  httpCachedReqPerSec: number
  top1: number
  baseline: { name: string; askP99Ms: number | null; askP99Ms_100x: number | null; top1: number }
  detail: {
    recording: RecordingFigures
    articles_100x: number
    workerd: { note: string }
    workerStartup: { note: string }
    start: StartPathFigures
  }
}

function printTable(r: Result): void {
  const speedup =
    r.askP99Ms_100x && r.baseline.askP99Ms_100x ? r.baseline.askP99Ms_100x / r.askP99Ms_100x : NaN
  const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`
  const st = r.detail.start
  const spreadOf = (x: Spread) => `${x.median} ms (${x.min}–${x.max}, n=${x.samples})`
  const ok = (pass: boolean | null) => (pass === null ? '–' : pass ? 'yes' : 'NO')
  const rows: Array<[string, string, string, string]> = [
    ['articles', String(r.articles), '', ''],
    ['ask() p50', `${r.askP50Ms} ms`, '', ''],
    ['ask() p99', `${r.askP99Ms} ms`, '< 1 ms', ok(r.askP99Ms !== null && r.askP99Ms < 1)],
    [
      'ask() p99, 1,000 hostile 1,000-char inputs',
      `${r.hostileAskP99Ms} ms (${r.hostileRatio}× normal)`,
      '≤ 5× normal p99',
      ok(r.hostileRatio <= 5),
    ],
    [
      '  the same in CPU time (p99 ratio)',
      `${r.hostileCpuRatio}× normal`,
      '≤ 5×',
      ok(r.hostileCpuRatio <= 5),
    ],
    ...Object.entries(r.longMessageMs).map(([name, ms]): [string, string, string, string] => [
      `  ask(), ${name}`,
      `${ms} ms`,
      '',
      '',
    ]),
    [
      'chat answer p99 (/api/chat), recording on',
      `${r.chatP99Ms_recordingOn} ms (off: ${r.chatP99Ms_recordingOff} ms; ${r.detail.recording.rowsWritten} rows, insert p99 ${r.detail.recording.write.p99Ms} ms)`,
      '≤ 1.2× off',
      ok(r.chatP99Ms_recordingOn <= r.chatP99Ms_recordingOff * 1.2),
    ],
    ['ask() p99, 10× articles', `${r.askP99Ms_10x} ms`, '', ''],
    [
      `ask() p99, 100× (${r.detail.articles_100x})`,
      `${r.askP99Ms_100x} ms`,
      '< 5 ms',
      ok(r.askP99Ms_100x !== null && r.askP99Ms_100x < 5),
    ],
    [
      '  baseline p99, 100×',
      `${r.baseline.askP99Ms_100x} ms (${speedup.toFixed(1)}× ours)`,
      '≥ 3× ours',
      ok(speedup >= 3),
    ],
    ['  baseline p99', `${r.baseline.askP99Ms} ms`, '', ''],
    ['top-1 (dev set)', pct(r.top1), '≥ baseline', ok(r.top1 >= r.baseline.top1)],
    ['  baseline top-1', pct(r.baseline.top1), '', ''],
    ['build', `${r.buildMs} ms`, '', ''],
    ['artifact gzip', kib(r.artifactGzipBytes), '', ''],
    [
      'cold start (fresh Node)',
      `${r.coldStartMs} ms`,
      '< 30 ms',
      ok(r.coldStartMs !== null && r.coldStartMs < 30),
    ],
    [
      'npm start → first answer (fresh artifact)',
      spreadOf(st.npmStartMs),
      '< 300 ms',
      ok(st.npmStartMs.median < 300),
    ],
    [
      'node on the bundle → first answer',
      `${spreadOf(st.bundleStartMs)} (${st.bundleOverFloor}× floor)`,
      '≤ 2× floor',
      ok(st.bundleOverFloor <= 2),
    ],
    ['  floor: trivial Hono, same way', spreadOf(st.floorStartMs), '', ''],
    [
      '  CPU to first answer, bundle vs floor',
      st.bundleStartCpuMs && st.floorStartCpuMs
        ? `${spreadOf(st.bundleStartCpuMs)} vs ${spreadOf(st.floorStartCpuMs)} (${st.bundleCpuOverFloor}×)`
        : 'null (no /proc)',
      '',
      '',
    ],
    ['  tsx src/runtimes/node.ts (dev)', spreadOf(st.tsxStartMs), '', ''],
    [
      'Worker bundle gzip',
      kib(r.workerBundleGzipBytes),
      '< 600 KiB',
      ok(r.workerBundleGzipBytes < 600 * 1024),
    ],
    [
      'Worker startup CPU (check startup)',
      r.workerStartupMs === null
        ? `null (${r.detail.workerStartup.note})`
        : `${r.workerStartupMs} ms`,
      '< 25 ms',
      ok(r.workerStartupMs === null ? null : r.workerStartupMs < 25),
    ],
    [
      'Worker ms/request (workerd)',
      r.workerCpuMs === null ? `null (${r.detail.workerd.note})` : `${r.workerCpuMs} ms`,
      '',
      '',
    ],
    [
      `HTTP req/s (16 conns, ${st.durationS} s, bundle, answer cache off)`,
      `${r.httpReqPerSec} (${st.httpOverCeiling} of ceiling)`,
      '≥ 0.5 of ceiling',
      ok(st.httpOverCeiling >= 0.5),
    ],
    [
      '  answer cache on, question set repeating',
      `${st.httpCachedReqPerSec} (${st.httpCachedOverCeiling} of ceiling)`,
      '',
      '',
    ],
    ['  ceiling: trivial Hono, same JSON', String(r.ceilingReqPerSec), '', ''],
    ['HTTP p99', `${r.httpP99Ms} ms (ceiling ${st.ceilingP99Ms} ms)`, '', ''],
    ['HTTP req/s, 2 % 1,000×"x" questions', String(r.httpMixReqPerSec), '', ''],
    ['HTTP non-2xx', String(st.non2xx), '0', ok(st.non2xx === 0)],
  ]
  const w = [0, 1, 2].map((i) =>
    Math.max(...rows.map((row) => width(row[i]!)), width(['metric', 'value', 'target'][i]!))
  )
  const line = (c: string[]) =>
    c.map((x, i) => (i < 3 ? x + ' '.repeat(w[i]! - width(x)) : x)).join('  ')
  console.log(line(['metric', 'value', 'target', 'met']))
  console.log(line(w.map((n) => '-'.repeat(n)).concat('---')))
  for (const row of rows) console.log(line(row))
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let n = 0
  for (const ch of s) n += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1
  return n
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

async function coldStart(artifactPath: string, question: string, runs: number) {
  const samples: Array<Record<string, number>> = []
  for (let i = 0; i < runs; i++) {
    const { stdout } = await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['bench/cold-start.ts', artifactPath, question],
      { cwd: ROOT }
    )
    samples.push(JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>)
  }
  const med = (k: string) => {
    const xs = samples.map((s) => s[k]!).sort((a, b) => a - b)
    return xs[Math.floor(xs.length / 2)]!
  }
  return {
    runs,
    coldStartMs: med('coldStartMs'),
    readMs: med('readMs'),
    parseMs: med('parseMs'),
    loadLibraryMs: med('loadLibraryMs'),
    firstAskMs: med('firstAskMs'),
    importMs: med('importMs'),
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err)
  process.exit(1)
})
