/**
 * The deployer's figures (issue 18), each next to its reference measured in the same run:
 * - start-up to the first answer: `npm start` with a fresh artifact, `node` on the server bundle,
 *   `tsx src/runtimes/node.ts` (the old path), and the floor — a trivial Hono app bundled the same way;
 * - HTTP req/s of POST /api/ask on the bundle vs the trivial app returning one real answer's JSON
 *   (the ceiling), same autocannon settings, one after the other: first with the answer cache off
 *   (ANSWER_CACHE_SIZE=0, every request runs ask(): the headline figure), then with it on as
 *   deployed (the question set repeats, so after its first round every answer comes from the
 *   cache: what a hotline hearing only known questions would see);
 * - Worker start-up CPU from `wrangler check startup` (a local workerd profile).
 * Each start-up sample is a fresh process: from spawn to the first POST /api/ask response.
 */
import autocannon from 'autocannon'
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ensureKnowledge, ensureServer } from '../../scripts/ensure-built.mjs'
import { ROOT } from '../../scripts/lib/read-knowledge'
import { freePort, startProcess } from './processes'

const BIN = (name: string) => join(ROOT, 'node_modules/.bin', name)

/** Median, min and max of a series, in ms (one decimal). */
export interface Spread {
  median: number
  min: number
  max: number
  samples: number
}

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b)
  const r = (x: number) => Math.round(x * 10) / 10
  return {
    median: r(s[Math.floor(s.length / 2)]!),
    min: r(s[0]!),
    max: r(s.at(-1)!),
    samples: s.length,
  }
}

type Command = { cmd: string; args: string[]; env?: Record<string, string>; cwd?: string }

/**
 * Starts a server command on a port, as production would (no Telegram), until it logs
 * "listening". Each start gets its own report database in a temporary folder: the recording path
 * is measured as deployed, but the bench's questions stay out of the project's data/ store, and a
 * server still draining its writes never shares a file with the next one.
 */
async function startServer(command: Command, port: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongyou-bench-db-'))
  try {
    const server = await startProcess(
      command.cmd,
      command.args,
      {
        PORT: String(port),
        HOST: '127.0.0.1',
        TELEGRAM_BOT_TOKEN: '',
        NODE_ENV: 'production',
        DATABASE_PATH: join(dataDir, 'report.sqlite'),
        ...command.env,
      },
      /"listening"/,
      120_000,
      command.cwd
    )
    return {
      ...server,
      stop: async () => {
        await server.stop()
        rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
      },
    }
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
    throw err
  }
}

/**
 * CPU time (ms) a process has used so far, all its threads, from /proc/<pid>/task/<tid>/schedstat
 * (nanoseconds); null where there is no /proc. Unlike wall time it hardly moves when other jobs
 * keep the cores busy.
 */
function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null
  try {
    let ns = 0
    for (const tid of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0])
    return ns / 1e6
  } catch {
    return null
  }
}

/**
 * Spawn → listening line → first POST /api/ask answered (200): wall ms, and the server process's
 * CPU ms at that moment (null for `npm start`, whose server is a grandchild); then stop it.
 */
async function firstAnswerMs(
  command: Command,
  question: string
): Promise<{ wallMs: number; cpuMs: number | null }> {
  const port = await freePort()
  const t0 = performance.now()
  const server = await startServer(command, port)
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: question }),
    })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${command.cmd}: first answer ${res.status}`)
    const wallMs = performance.now() - t0
    return { wallMs, cpuMs: command.cmd === process.execPath ? cpuMsOf(server.child.pid) : null }
  } finally {
    await server.stop()
  }
}

async function reqPerSec(command: Command, bodies: string[], durationS: number) {
  const port = await freePort()
  const server = await startServer(command, port)
  try {
    const url = `http://127.0.0.1:${port}`
    const requests = bodies.map((body) => ({
      method: 'POST' as const,
      path: '/api/ask',
      headers: { 'content-type': 'application/json' },
      body,
    }))
    await autocannon({ url, connections: 4, duration: 2, requests }) // JIT warm-up
    const r = await autocannon({ url, connections: 16, duration: durationS, requests })
    return { reqPerSec: Math.round(r.requests.average), p99Ms: r.latency.p99, non2xx: r.non2xx }
  } finally {
    await server.stop()
  }
}

/** `wrangler check startup`: the profile's active CPU time in ms, or null with the reason. */
export async function workerStartup(): Promise<{ activeMs: number | null; note: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gongyou-startup-'))
  try {
    const { stdout, stderr } = await promisify(execFile)(
      BIN('wrangler'),
      ['check', 'startup', '--outfile', join(dir, 'startup.cpuprofile')],
      {
        cwd: ROOT,
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
        maxBuffer: 16 << 20,
      }
    )
    // eslint-disable-next-line no-control-regex
    const plain = (stdout + stderr).replace(/\u001b\[[0-9;]*m/g, '')
    const active = /Active:\s*([\d.]+)\s*ms/.exec(plain)
    return active
      ? {
          activeMs: Number(active[1]),
          note: 'wrangler check startup: local workerd profile, active CPU',
        }
      : { activeMs: null, note: 'wrangler check startup printed no Active: line' }
  } catch (err) {
    return {
      activeMs: null,
      note: `wrangler check startup failed: ${(err as Error).message.split('\n')[0]}`,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface StartPathFigures {
  /** The server measured as ours: the bundle, or a `before` checkout's tsx entry. */
  server: string
  npmStartMs: Spread
  bundleStartMs: Spread
  tsxStartMs: Spread
  floorStartMs: Spread
  /** bundleStartMs.median / floorStartMs.median (target ≤ 2). */
  bundleOverFloor: number
  /**
   * The server process's CPU ms at its first answer (all threads), bundle and floor: the same
   * comparison less bent by other jobs on the machine. Null without /proc.
   */
  bundleStartCpuMs: Spread | null
  floorStartCpuMs: Spread | null
  bundleCpuOverFloor: number | null
  /** POST /api/ask req/s with the answer cache off: every request runs ask(). */
  httpReqPerSec: number
  ceilingReqPerSec: number
  /** httpReqPerSec / ceilingReqPerSec (target ≥ 0.5). */
  httpOverCeiling: number
  httpP99Ms: number
  /** The same with the answer cache on (default size) and the question set repeating. */
  httpCachedReqPerSec: number
  httpCachedOverCeiling: number
  httpCachedP99Ms: number
  ceilingP99Ms: number
  non2xx: number
  durationS: number
}

/**
 * Start-up and HTTP figures with their references. `answerJson` is one real ask() result: the
 * trivial app returns it, so both servers send the same bytes. With `before` (the root of an
 * older checkout, e.g. `git archive` of the commit before issue 18, node_modules linked), `npm
 * start` and the server are that checkout's (whose production server was `tsx src/runtimes/node.ts`),
 * while the floor and the ceiling are still this tree's: a before/after in the same conditions.
 */
export async function measureStartPath(
  questions: readonly string[],
  answerJson: string,
  runs: number,
  durationS: number,
  before?: string
): Promise<StartPathFigures> {
  // Fresh outputs first: the npm start samples must measure the no-rebuild path.
  let server: Command
  if (before) server = { cmd: BIN('tsx'), args: ['src/runtimes/node.ts'], cwd: before }
  else {
    ensureKnowledge()
    server = { cmd: process.execPath, args: [ensureServer().path] }
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongyou-floor-'))
  try {
    const floorBundle = join(dir, 'trivial.mjs')
    execFileSync(
      BIN('esbuild'),
      [
        'bench/lib/trivial-server.ts',
        '--bundle',
        '--platform=node',
        '--format=esm',
        '--minify',
        '--log-level=warning',
        `--outfile=${floorBundle}`,
      ],
      { cwd: ROOT }
    )
    const responseFile = join(dir, 'response.json')
    writeFileSync(responseFile, answerJson)
    const node = process.execPath
    const commands = {
      npm: { cmd: 'npm', args: ['start', '--silent'], ...(before ? { cwd: before } : {}) },
      bundle: server,
      tsx: { cmd: BIN('tsx'), args: ['src/runtimes/node.ts'], ...(before ? { cwd: before } : {}) },
      floor: { cmd: node, args: [floorBundle], env: { TRIVIAL_RESPONSE: responseFile } },
    }
    const q = questions[0]!
    const samples: Record<keyof typeof commands, number[]> = {
      npm: [],
      bundle: [],
      tsx: [],
      floor: [],
    }
    const cpu: Record<keyof typeof commands, number[]> = { npm: [], bundle: [], tsx: [], floor: [] }
    // Interleaved, so a burst of load from other processes hits every kind alike.
    for (let i = 0; i < runs; i++)
      for (const k of Object.keys(commands) as Array<keyof typeof commands>) {
        const { wallMs, cpuMs } = await firstAnswerMs(commands[k], q)
        samples[k].push(wallMs)
        if (cpuMs !== null) cpu[k].push(cpuMs)
      }

    const bodies = questions.map((question) => JSON.stringify({ q: question }))
    const ceiling = await reqPerSec(commands.floor, bodies, durationS)
    const uncached = { ...commands.bundle, env: { ...commands.bundle.env, ANSWER_CACHE_SIZE: '0' } }
    const ours = await reqPerSec(uncached, bodies, durationS)
    const cached = await reqPerSec(commands.bundle, bodies, durationS)
    const floorStartMs = spread(samples.floor)
    const bundleStartMs = spread(samples.bundle)
    const floorStartCpuMs = cpu.floor.length ? spread(cpu.floor) : null
    const bundleStartCpuMs = cpu.bundle.length ? spread(cpu.bundle) : null
    return {
      server: before ? `tsx src/runtimes/node.ts in ${before}` : 'node src/generated/server.mjs',
      npmStartMs: spread(samples.npm),
      bundleStartMs,
      tsxStartMs: spread(samples.tsx),
      floorStartMs,
      bundleOverFloor: Math.round((bundleStartMs.median / floorStartMs.median) * 100) / 100,
      bundleStartCpuMs,
      floorStartCpuMs,
      bundleCpuOverFloor:
        bundleStartCpuMs && floorStartCpuMs
          ? Math.round((bundleStartCpuMs.median / floorStartCpuMs.median) * 100) / 100
          : null,
      httpReqPerSec: ours.reqPerSec,
      ceilingReqPerSec: ceiling.reqPerSec,
      httpOverCeiling: Math.round((ours.reqPerSec / ceiling.reqPerSec) * 100) / 100,
      httpP99Ms: ours.p99Ms,
      httpCachedReqPerSec: cached.reqPerSec,
      httpCachedOverCeiling: Math.round((cached.reqPerSec / ceiling.reqPerSec) * 100) / 100,
      httpCachedP99Ms: cached.p99Ms,
      ceilingP99Ms: ceiling.p99Ms,
      non2xx: ours.non2xx + cached.non2xx + ceiling.non2xx,
      durationS,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
