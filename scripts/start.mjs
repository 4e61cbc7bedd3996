// @ts-check
/**
 * `npm start`: the production path. Rebuilds the knowledge artifact and the server bundle only if
 * their inputs changed (scripts/ensure-built.mjs), then runs the bundle in this process — plain
 * `node` on compiled JavaScript, no tsx. Development keeps tsx: `npm run dev`.
 */
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { ensureKnowledge, ensureServer } from './ensure-built.mjs'

let entry
try {
  // One read of each input file for both checks (they share src/core/ and the lock file).
  const contents = new Map()
  ensureKnowledge({ contents })
  entry = ensureServer({ contents }).path
} catch (err) {
  // A failed build must not start a server on an old artifact: that would answer from stale text.
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
}
await import(pathToFileURL(entry).href)
