/**
 * HTTP throughput: the real Node entry as `npm start` runs it (node on the esbuild bundle of
 * src/runtimes/node.ts, rebuilt first if stale) in a child process on 127.0.0.1
 * and a free port, loaded by autocannon from this process (so server and load generator get
 * one core each), POST /api/ask with the question set's bodies in turn.
 */
import autocannon from 'autocannon'
import { ensureKnowledge, ensureServer } from '../../scripts/ensure-built.mjs'
import { freePort, startProcess } from './processes'

export interface HttpFigures {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
  connections: number
  durationS: number
}

/**
 * The server bundle in a child process on 127.0.0.1 and a free port, once it is listening. The
 * answer cache is off unless `env` turns it on: these figures are for requests that run ask().
 */
export async function startNodeServer(env: Record<string, string> = {}) {
  ensureKnowledge()
  const { path } = ensureServer()
  const port = await freePort()
  const server = await startProcess(
    process.execPath,
    [path],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      TELEGRAM_BOT_TOKEN: '',
      NODE_ENV: 'production',
      ANSWER_CACHE_SIZE: '0',
      ...env,
    },
    /"listening"/
  )
  return { port, server }
}

export async function measureHttp(
  questions: readonly string[],
  durationS = 10,
  connections = 16
): Promise<HttpFigures> {
  const { port, server } = await startNodeServer()
  try {
    const requests = questions.map((q) => ({
      method: 'POST' as const,
      path: '/api/ask',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q }),
    }))
    // Warm the server's JIT before the measured run.
    await autocannon({ url: `http://127.0.0.1:${port}`, connections: 4, duration: 2, requests })
    const r = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: durationS,
      requests,
    })
    return {
      reqPerSec: r.requests.average,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
      connections,
      durationS,
    }
  } finally {
    await server.stop()
  }
}
