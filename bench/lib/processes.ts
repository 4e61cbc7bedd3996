/** Child processes for the bench: start one, wait for a line, stop it by its own pid. */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { ROOT } from '../../scripts/lib/read-knowledge'

/** A free TCP port on 127.0.0.1 (listen on 0, read, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
  })
}

export interface Started {
  child: ChildProcess
  /** Everything the child printed so far. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Spawns a command from the project root (in its own process group) and resolves once its
 * output matches `ready`; rejects on exit or after `timeoutMs`.
 */
export function startProcess(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
  cwd = ROOT
): Promise<Started> {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let out = ''
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch {
        resolve()
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          /* already gone */
        }
      }, 5000).unref()
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`${cmd} not ready after ${timeoutMs} ms:\n${out.slice(-2000)}`))
    }, timeoutMs)
    const onData = (d: Buffer) => {
      out += d.toString()
      if (ready.test(out)) {
        clearTimeout(timer)
        resolve({ child, output: () => out, stop })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${cmd} exited with ${code}:\n${out.slice(-2000)}`))
    })
  })
}
