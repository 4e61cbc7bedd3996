// @ts-check
/**
 * Builds what `npm start` needs only when its inputs changed:
 * - the knowledge artifact (src/generated/knowledge.json), stamped with a content hash of
 *   knowledge/, scripts/, src/core/ and package-lock.json as its first field, `inputHash`;
 * - the Node server bundle (src/generated/server.mjs, esbuild of src/runtimes/node.ts), stamped
 *   with a content hash of src/ and package-lock.json on its first line.
 * A missing, unstamped or differently stamped output is rebuilt; a fresh one costs a hash of the
 * inputs and a read of the output's first bytes.
 *
 * Plain JavaScript on purpose: `npm start` runs it with plain `node`, where loading tsx or Node's
 * type stripping would cost more than the whole fresh-start path (about 100–300 ms).
 *
 * CLI: `node scripts/ensure-built.mjs [--force] [knowledge] [server]` (both when neither is named).
 */
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** The project root (this file lives in scripts/). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Inputs of `npm run build`: what the knowledge artifact is made from. */
export const KNOWLEDGE_INPUTS = ['knowledge', 'scripts', 'src/core', 'package-lock.json']
/** Inputs of the server bundle (src/generated/ is output, never input). */
export const SERVER_INPUTS = [
  'src',
  'package-lock.json',
  'scripts/ensure-built.mjs',
  'scripts/lib/node-http.cjs',
]
/** Environment variables the knowledge build reads (scripts/build-knowledge.ts). */
const KNOWLEDGE_ENV = ['GONGYOU_COMMON_WORDS']
/** A walk over more files than this is a mistake (a stray node_modules), not a project. */
const MAX_FILES = 20_000

const STAMP_KEY = 'inputHash'
const SERVER_STAMP = '// gongyou-inputs: '

/**
 * sha256 over the relative path and content of every file under `inputs` (files or folders,
 * relative to `root`), in sorted order, plus `extra` strings. Missing inputs hash as absent.
 * `contents` holds files already read in this run, by relative path (the knowledge and server
 * checks of one start share src/core/ and the lock file): each is read once.
 * @param {string} root
 * @param {readonly string[]} inputs
 * @param {readonly string[]} [extra]
 * @param {Map<string, Buffer>} [contents]
 * @returns {string}
 */
export function hashInputs(root, inputs, extra = [], contents = new Map()) {
  const files = []
  for (const input of inputs) {
    const path = join(root, input)
    if (!existsSync(path)) continue
    if (!statSync(path).isDirectory()) {
      files.push(input)
      continue
    }
    // Entries carry their type: no stat per file (a symbolic link is followed, as before).
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      const rel = relative(root, join(entry.parentPath, entry.name))
      if (rel.split(sep).includes('generated') || rel.split(sep).includes('node_modules')) continue
      if (files.length >= MAX_FILES) throw new Error(`more than ${MAX_FILES} files under ${input}`)
      const file = entry.isSymbolicLink() ? statSync(join(root, rel)).isFile() : entry.isFile()
      if (file) files.push(rel)
    }
  }
  const hash = createHash('sha256')
  for (const rel of files.sort()) {
    const content = contents.get(rel) ?? readFileSync(join(root, rel))
    contents.set(rel, content)
    // Path and length first, so moving bytes between files changes the hash.
    hash.update(`${rel.split(sep).join('/')}\0${content.length}\0`).update(content)
  }
  for (const e of extra) hash.update(`\0${e}`)
  return hash.digest('hex')
}

/**
 * The stamp at the start of a file, or null when the file is missing or carries none.
 * @param {string} path
 * @param {string} prefix the text just before the hash
 * @returns {string | null}
 */
export function readStamp(path, prefix) {
  if (!existsSync(path)) return null
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(prefix.length + 64)
    const n = readSync(fd, head, 0, head.length, 0)
    const text = head.subarray(0, n).toString('utf8')
    if (!text.startsWith(prefix)) return null
    const hash = text.slice(prefix.length, prefix.length + 64)
    return /^[0-9a-f]{64}$/.test(hash) ? hash : null
  } finally {
    closeSync(fd)
  }
}

/**
 * Whether the file's last byte is `last` (a file cut short after its stamp is not fresh).
 * @param {string} path
 * @param {string} last one ASCII character
 */
function endsWith(path, last) {
  const fd = openSync(path, 'r')
  try {
    const size = statSync(path).size
    const tail = Buffer.alloc(1)
    return size > 0 && readSync(fd, tail, 0, 1, size - 1) === 1 && tail.toString() === last
  } finally {
    closeSync(fd)
  }
}

/** `{"inputHash":"` — the artifact's stamp is its first field. */
export const ARTIFACT_STAMP = `{"${STAMP_KEY}":"`

/**
 * Puts `hash` in front of the artifact's JSON as its first field (replacing an older stamp) and
 * writes it atomically, so a concurrent start never reads half a file.
 * @param {string} path
 * @param {string} hash
 */
export function stampArtifact(path, hash) {
  const json = readFileSync(path, 'utf8')
  const body = readStamp(path, ARTIFACT_STAMP)
    ? json.slice(ARTIFACT_STAMP.length + 64 + 2) // past `<hash>",`
    : json.slice(1) // past `{`
  const rest = body.trimStart().startsWith('}') ? body : `,${body}`
  writeAtomically(path, `${ARTIFACT_STAMP}${hash}"${rest}`)
}

/**
 * @param {string} path
 * @param {string} text
 */
function writeAtomically(path, text) {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

/**
 * @typedef {object} EnsureOptions
 * @property {string} [root] project root (tests pass a copy)
 * @property {boolean} [force] build even when fresh
 * @property {(root: string) => void} [build] makes the output; throws on failure
 * @property {(msg: string) => void} [say] progress (default: stderr)
 * @property {Map<string, Buffer>} [contents] input files read so far (see hashInputs)
 */

/**
 * The hash the knowledge artifact is stamped with: its inputs and the build's environment.
 * @param {string} [root]
 * @param {Map<string, Buffer>} [contents]
 * @returns {string}
 */
export function knowledgeHash(root = ROOT, contents = new Map()) {
  return hashInputs(
    root,
    KNOWLEDGE_INPUTS,
    KNOWLEDGE_ENV.map((k) => `${k}=${process.env[k] ?? ''}`),
    contents
  )
}

/**
 * Builds the knowledge artifact unless its stamp matches the inputs' hash.
 * @param {EnsureOptions} [options]
 * @returns {{ built: boolean, hash: string, path: string }}
 */
export function ensureKnowledge(options = {}) {
  const root = options.root ?? ROOT
  const path = join(root, 'src/generated/knowledge.json')
  const hash = knowledgeHash(root, options.contents)
  if (!options.force && readStamp(path, ARTIFACT_STAMP) === hash && endsWith(path, '}'))
    return { built: false, hash, path }
  const say = options.say ?? ((msg) => process.stderr.write(`${msg}\n`))
  say(existsSync(path) ? 'knowledge changed: rebuilding the artifact' : 'building the artifact')
  ;(options.build ?? buildKnowledge)(root)
  // The hash of the inputs as they were before the build: an edit during it rebuilds next time.
  stampArtifact(path, hash)
  return { built: true, hash, path }
}

/**
 * Where a build's code lives, next to the entry, named by its input hash: the main module and the
 * folder of chunks it imports (code splitting: what the server imports dynamically — grammY for
 * Telegram, the Feishu and DingTalk connections — is only read when first used). Named by the
 * hash so an older server still running keeps its own files while a newer build writes the next.
 * The main module sits beside the entry, so its `../generated/knowledge.json` URL still resolves.
 * @param {string} entry the bundle's entry (src/generated/server.mjs)
 * @param {string} hash
 * @returns {{ main: string, chunks: string }}
 */
export function buildFiles(entry, hash) {
  const base = join(dirname(entry), `server-${hash.slice(0, 16)}`)
  return { main: `${base}.mjs`, chunks: base }
}

/**
 * Builds the server bundle unless its stamp matches the hash of src/ and the files it loads are
 * there.
 * @param {EnsureOptions} [options]
 * @returns {{ built: boolean, hash: string, path: string }}
 */
export function ensureServer(options = {}) {
  const root = options.root ?? ROOT
  const path = join(root, 'src/generated/server.mjs')
  const hash = hashInputs(root, SERVER_INPUTS, [], options.contents)
  const { main, chunks } = buildFiles(path, hash)
  const fresh = readStamp(path, SERVER_STAMP) === hash && existsSync(main) && existsSync(chunks)
  if (!options.force && fresh) return { built: false, hash, path }
  const say = options.say ?? ((msg) => process.stderr.write(`${msg}\n`))
  say(existsSync(path) ? 'source changed: rebuilding the server bundle' : 'bundling the server')
  ;(options.build ?? ((r) => bundleServer(r, path, hash)))(root)
  return { built: true, hash, path }
}

/**
 * `spawnSync`, loaded only when something is built: a fresh start never spawns, and importing
 * node:child_process costs about 3 ms.
 * @type {(...args: Parameters<typeof import('node:child_process').spawnSync>) => import('node:child_process').SpawnSyncReturns<Buffer>}
 */
const spawnSync = (...args) => process.getBuiltinModule('node:child_process').spawnSync(...args)

/** @param {string} root */
function buildKnowledge(root) {
  const tsx = join(root, 'node_modules/.bin/tsx')
  const r = spawnSync(tsx, ['scripts/build-knowledge.ts'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) throw new Error(`knowledge build failed (exit ${r.status ?? r.signal})`)
}

/**
 * The entry `npm start` runs: turns on Node's compile cache (code compiled by an earlier start of
 * the same files is reused, about 10 ms a start; Node checks each file's content, and
 * NODE_COMPILE_CACHE / NODE_DISABLE_COMPILE_CACHE still apply), then loads the build's main
 * module. The cache can only help modules loaded after it is on, hence this small first file.
 * @param {string} hash
 * @param {string} mainName the main module's file name, beside the entry
 */
function entrySource(hash, mainName) {
  return `${SERVER_STAMP}${hash}
import { enableCompileCache } from 'node:module'
enableCompileCache?.()
await import('./${mainName}')
`
}

/**
 * esbuild of src/runtimes/node.ts into ES modules next to the artifact (buildFiles). Dependencies
 * are bundled too: Node then resolves and reads a few files instead of hundreds.
 *
 * Written into a temporary folder first, then moved into place chunks first and the entry last,
 * so a start never finds an entry without its files. Files of builds before the previous one are
 * removed (the previous one may belong to a server still running).
 * @param {string} root
 * @param {string} outfile
 * @param {string} hash
 */
function bundleServer(root, outfile, hash) {
  const esbuild = join(root, 'node_modules/.bin/esbuild')
  const outdir = dirname(outfile)
  const tmp = join(outdir, `.server-build-${process.pid}`)
  const files = buildFiles(outfile, hash)
  const name = relative(outdir, files.chunks)
  const previous = readStamp(outfile, SERVER_STAMP)
  rmSync(tmp, { recursive: true, force: true })
  try {
    const r = spawnSync(
      esbuild,
      [
        'src/runtimes/node.ts',
        '--bundle',
        '--splitting',
        '--platform=node',
        '--format=esm',
        '--target=node22',
        '--minify',
        // CJK text as UTF-8, not \u escapes: a smaller file to read and parse.
        '--charset=utf8',
        '--log-level=warning',
        // tr46 (via grammY's node-fetch) requires 'punycode': the npm package, not Node's deprecated builtin.
        '--alias:punycode=punycode/',
        // node:http through require, not an ES import: see scripts/lib/node-http.cjs.
        '--alias:node:http=./scripts/lib/node-http.cjs',
        `--outdir=${relative(root, tmp)}`,
        `--entry-names=${name}`,
        `--chunk-names=${name}/[name]-[hash]`,
        '--out-extension:.js=.mjs',
        // CommonJS dependencies call require(); an ES module has none of its own (chunks too).
        `--banner:js=import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);`,
      ],
      { cwd: root, stdio: 'inherit' }
    )
    if (r.status !== 0) throw new Error(`server bundle failed (exit ${r.status ?? r.signal})`)
    rmSync(files.chunks, { recursive: true, force: true })
    renameSync(join(tmp, name), files.chunks)
    renameSync(join(tmp, `${name}.mjs`), files.main)
    writeAtomically(outfile, entrySource(hash, `${name}.mjs`))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  const keep = new Set([name, previous && `server-${previous.slice(0, 16)}`])
  for (const entry of readdirSync(outdir)) {
    const build = /^(server-[0-9a-f]{16})(\.mjs)?$/.exec(entry)?.[1]
    if (build && !keep.has(build)) rmSync(join(outdir, entry), { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const named = args.filter((a) => !a.startsWith('--'))
  const all = named.length === 0
  try {
    if (all || named.includes('knowledge')) ensureKnowledge({ force })
    if (all || named.includes('server')) ensureServer({ force })
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(1)
  }
}
