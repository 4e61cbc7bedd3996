/**
 * Worker figures: the bundle wrangler would upload (`wrangler deploy --dry-run --outdir`), and
 * per-request time inside workerd under `wrangler dev` on 127.0.0.1.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { ROOT } from '../../scripts/lib/read-knowledge'
import { percentile } from './timing'
import { freePort, startProcess } from './processes'

const WRANGLER = join(ROOT, 'node_modules/.bin/wrangler')
const ENV = { WRANGLER_SEND_METRICS: 'false', CI: '1' }
/** `wrangler dev` logs "Ready on" at info; the dry run must not get WRANGLER_LOG (4.156 then prints no size). */
const DEV_ENV = { ...ENV, WRANGLER_LOG: 'info' }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]
  )
}

export interface BundleFigures {
  /** wrangler's printed gzip size (what Cloudflare checks) in bytes; else our own level-9 gzip of the output. */
  gzipBytes: number
  /** Sum over the output files (the worker script and any modules) of each file gzipped at level 9. */
  ownGzipBytes: number
  rawBytes: number
  /** wrangler's own "Total Upload: … / gzip: …" line, in KiB. */
  wranglerGzipKiB: number | null
  wranglerUploadKiB: number | null
}

export async function measureBundle(): Promise<BundleFigures> {
  const out = mkdtempSync(join(tmpdir(), 'gongyou-bundle-'))
  try {
    const { stdout, stderr } = await promisify(execFile)(
      WRANGLER,
      ['deploy', '--dry-run', '--outdir', out],
      {
        cwd: ROOT,
        env: { ...process.env, ...ENV },
        maxBuffer: 16 << 20,
      }
    )
    // eslint-disable-next-line no-control-regex
    const plain = (stdout + stderr).replace(/\u001b\[[0-9;]*m/g, '')
    const printed = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(plain)
    let gzipBytes = 0
    let rawBytes = 0
    for (const f of files(out).filter((f) => !f.endsWith('.map') && !f.endsWith('README.md'))) {
      const buf = readFileSync(f)
      rawBytes += buf.length
      gzipBytes += gzipSync(buf, { level: 9 }).length
    }
    return {
      gzipBytes: printed ? Math.round(Number(printed[2]) * 1024) : gzipBytes,
      ownGzipBytes: gzipBytes,
      rawBytes,
      wranglerUploadKiB: printed ? Number(printed[1]) : null,
      wranglerGzipKiB: printed ? Number(printed[2]) : null,
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

export interface WorkerTiming {
  /** Median wall time of POST /api/ask minus that of GET /healthz (the routing and proxy cost). */
  cpuMs: number | null
  askP50Ms: number | null
  healthzP50Ms: number | null
  requests: number
  note: string
}

/**
 * Sequential requests against `wrangler dev` (workerd). workerd's performance.now() does not
 * advance during synchronous code (a Spectre mitigation), so the time cannot be taken inside the
 * Worker; this takes it outside, one request at a time, and subtracts a trivial route's time.
 */
export async function measureWorkerd(
  questions: readonly string[],
  rounds = 3
): Promise<WorkerTiming> {
  const port = await freePort()
  const inspector = await freePort()
  let dev
  try {
    dev = await startProcess(
      WRANGLER,
      [
        'dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(port),
        '--inspector-port',
        String(inspector),
        '--log-level',
        'info',
      ],
      DEV_ENV,
      /Ready on/,
      90_000
    )
  } catch (err) {
    return {
      cpuMs: null,
      askP50Ms: null,
      healthzP50Ms: null,
      requests: 0,
      note: `wrangler dev did not start: ${(err as Error).message.split('\n')[0]}`,
    }
  }
  try {
    const base = `http://127.0.0.1:${port}`
    const ask = (q: string) =>
      fetch(`${base}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ q }),
      }).then(async (r) => {
        await r.arrayBuffer()
        if (r.status !== 200) throw new Error(`workerd /api/ask → ${r.status}`)
      })
    const health = () => fetch(`${base}/healthz`).then((r) => r.arrayBuffer())
    for (const q of questions.slice(0, 20)) await ask(q) // warm-up (and the isolate's first request)
    const askT: number[] = []
    const healthT: number[] = []
    for (let r = 0; r < rounds; r++)
      for (const q of questions) {
        let t0 = performance.now()
        await health()
        healthT.push(performance.now() - t0)
        t0 = performance.now()
        await ask(q)
        askT.push(performance.now() - t0)
      }
    const a = percentile(askT, 50)
    const h = percentile(healthT, 50)
    return {
      cpuMs: Math.max(0, a - h),
      askP50Ms: a,
      healthzP50Ms: h,
      requests: askT.length + healthT.length,
      note: 'wall time outside workerd: median(POST /api/ask) − median(GET /healthz), sequential, warm isolate',
    }
  } finally {
    await dev.stop()
  }
}
