/**
 * `tsx bench/http-ceiling.ts [seconds]`: how much of an HTTP request's cost is ask() and how much
 * the server stack. Two parts:
 * - in process, per call (median of many): ask() alone, JSON.stringify of its result, and Hono's
 *   app.fetch for GET /healthz and POST /api/ask (routing, body parsing, zod, JSON response), the
 *   latter with the answer cache off (askFetchMs) and on (askFetchCachedMs: the question set
 *   repeats, so every timed call is a hit);
 * - over HTTP: autocannon (16 connections, after a 2 s warm-up) against the server bundle in a
 *   child process, first GET /healthz (the stack's ceiling: no ask()), then POST /api/ask with the
 *   question set in turn, answer cache off (askReqPerSec, what `npm run bench` leads with) and on
 *   (askCachedReqPerSec). Server and load generator share the machine's cores.
 */
import autocannon from 'autocannon'
import { ask } from '../src/core/ask'
import { createCalculate } from '../src/core/calc-bridge'
import { createApp } from '../src/app/create-app'
import { parseConfig } from '../src/app/config'
import { loadBuiltLibrary } from '../scripts/lib/load-library'
import { startNodeServer } from './lib/http-load'
import { loadQuestions } from './lib/questions'
import { percentile } from './lib/timing'

const seconds = Number(process.argv[2] ?? 10)
const questions = loadQuestions().rows.map((r) => r.q)
const bodies = questions.map((q) => JSON.stringify({ q }))

async function inProcess(): Promise<Record<string, number>> {
  const library = loadBuiltLibrary()
  const calculate = createCalculate(library)
  const appWith = (ANSWER_CACHE_SIZE: string) =>
    createApp({
      library,
      config: parseConfig({ NODE_ENV: 'production', ANSWER_CACHE_SIZE }),
      ...(calculate ? { calculate } : {}),
    })
  const app = appWith('0')
  const cachedApp = appWith('1000')
  const deps = { library, ...(calculate ? { calculate } : {}) }
  const rounds = 20
  const median = async (fn: (i: number) => unknown): Promise<number> => {
    for (let i = 0; i < questions.length; i++) await fn(i)
    const xs: number[] = []
    for (let r = 0; r < rounds; r++)
      for (let i = 0; i < questions.length; i++) {
        const t0 = performance.now()
        await fn(i)
        xs.push(performance.now() - t0)
      }
    return percentile(xs, 50)
  }
  const askRequest = (i: number) =>
    new Request('http://x/api/ask', {
      method: 'POST',
      // With its length declared, as the load generator sends it (bodyLimit then reads no stream).
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(bodies[i]!)),
      },
      body: bodies[i],
    })
  const results = questions.map((q) => ask(q, deps))
  const sizes = results.map((r) => Buffer.byteLength(JSON.stringify(r)))
  return {
    askMs: await median((i) => ask(questions[i]!, deps)),
    stringifyMs: await median((i) => JSON.stringify(results[i])),
    healthzFetchMs: await median(async () =>
      (await app.fetch(new Request('http://x/healthz'))).text()
    ),
    askFetchMs: await median(async (i) => (await app.fetch(askRequest(i))).text()),
    askFetchCachedMs: await median(async (i) => (await cachedApp.fetch(askRequest(i))).text()),
    // What the POST costs before the app sees it: building the Request and reading its JSON body.
    requestJsonMs: await median((i) => askRequest(i).json()),
    responseBytesMedian: percentile(sizes, 50),
    responseBytesMax: Math.max(...sizes),
  }
}

async function overHttp(cache: 'off' | 'on'): Promise<Record<string, number>> {
  const { port, server } = await startNodeServer(
    cache === 'on' ? { ANSWER_CACHE_SIZE: '1000' } : {}
  )
  try {
    const url = `http://127.0.0.1:${port}`
    const requests = bodies.map((body) => ({
      method: 'POST' as const,
      path: '/api/ask',
      headers: { 'content-type': 'application/json' },
      body,
    }))
    const run = (
      opts: { path?: string; requests?: typeof requests },
      duration: number,
      connections = 16
    ) =>
      autocannon({
        url: url + (opts.path ?? ''),
        connections,
        duration,
        ...(opts.requests ? { requests: opts.requests } : {}),
      })
    await run({ requests }, 2, 4)
    const asks = await run({ requests }, seconds)
    if (cache === 'on')
      return {
        askCachedReqPerSec: Math.round(asks.requests.average),
        askCachedP99Ms: asks.latency.p99,
        non2xxCached: asks.non2xx,
      }
    await run({ path: '/healthz' }, 2, 4)
    const health = await run({ path: '/healthz' }, seconds)
    return {
      healthzReqPerSec: Math.round(health.requests.average),
      healthzP99Ms: health.latency.p99,
      askReqPerSec: Math.round(asks.requests.average),
      askP99Ms: asks.latency.p99,
      non2xx: health.non2xx + asks.non2xx,
    }
  } finally {
    await server.stop()
  }
}

const inproc = await inProcess()
console.error('in process:', JSON.stringify(inproc))
const http = process.env.NO_HTTP ? {} : { ...(await overHttp('off')), ...(await overHttp('on')) }
console.log(JSON.stringify({ ...inproc, ...http, seconds }))
