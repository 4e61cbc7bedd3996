/**
 * Child process for the cold-start figure: `tsx bench/cold-start.ts <artifact.json> <question>`.
 * Times, with performance.now, from before reading the artifact file to after the first answer,
 * doing what src/runtimes/node.ts does (read, parse, loadLibrary, createCalculate) plus one ask().
 * Module loading happens before the clock starts; it is reported separately as `importMs`.
 * Prints one JSON line.
 */
const t00 = performance.now()
const { readFileSync } = await import('node:fs')
const { loadLibrary } = await import('../src/core/knowledge/library')
const { createCalculate } = await import('../src/core/calc-bridge')
const { ask } = await import('../src/core/ask')
import type { KnowledgeArtifact } from '../src/core/knowledge/library'

const [path, question] = process.argv.slice(2)
if (!path || !question) throw new Error('usage: cold-start.ts <artifact.json> <question>')

const t0 = performance.now()
const text = readFileSync(path, 'utf8')
const t1 = performance.now()
const artifact = JSON.parse(text) as KnowledgeArtifact
const t2 = performance.now()
const library = loadLibrary(artifact)
const calculate = createCalculate(library)
const t3 = performance.now()
const result = ask(question, { library, ...(calculate ? { calculate } : {}) })
const t4 = performance.now()
console.log(
  JSON.stringify({
    coldStartMs: t4 - t0,
    readMs: t1 - t0,
    parseMs: t2 - t1,
    loadLibraryMs: t3 - t2,
    firstAskMs: t4 - t3,
    importMs: t0 - t00,
    declined: result.declined,
  })
)
