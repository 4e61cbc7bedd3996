/**
 * The real Node entry in a child process, on a free port, for the tests that need a whole server
 * (signals, restarts, outbound connections). One process — `node --import tsx`, not tsx's wrapper,
 * whose SIGKILL left the node grandchild running.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { type AddressInfo, createServer } from 'node:net'
import { until } from './until'

export const NODE = process.execPath
export const ENTRY = ['--import', 'tsx', 'src/runtimes/node.ts']

/** A started entry: its base URL, the process, everything it printed, and its exit code. */
export interface Entry {
  base: string
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return port
}

const running: ChildProcess[] = []

/** SIGKILLs every entry still running (call it from afterEach). */
export function killEntries(): void {
  for (const c of running.splice(0)) if (c.exitCode === null) c.kill('SIGKILL')
}

/**
 * Starts the entry (node's arguments; default the source through tsx) with only PATH, HOST, PORT
 * and `env`; resolves once /healthz answers 200.
 */
export async function startEntry(
  env: Record<string, string>,
  args: readonly string[] = ENTRY
): Promise<Entry> {
  const port = await freePort()
  const child = spawn(NODE, args, {
    env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  const base = `http://127.0.0.1:${port}`
  await until(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok === true, 20_000)
  return { base, child, output: () => out, exited }
}

/** GET /healthz, parsed. */
export async function health(base: string) {
  return (await (await fetch(`${base}/healthz`)).json()) as {
    ok: boolean
    articles: number
    platforms: Record<string, string>
  }
}

/** Whether POST /api/ask answers an in-scope question (the HTTP API is up and answering). */
export async function asks(base: string): Promise<boolean> {
  const res = await fetch(`${base}/api/ask`, {
    method: 'POST',
    body: JSON.stringify({ q: '公司不给我交社保怎么办' }),
    headers: { 'content-type': 'application/json' },
  })
  return res.status === 200 && ((await res.json()) as { declined: boolean }).declined === false
}
