/**
 * npm run -s ask -- "问题"          prints the answer text
 * npm run -s ask -- --json "问题"   prints one JSON object (the same as POST /api/ask)
 * npm run -s ask -- --json < file   batch: one question per line in, one JSON object per line out
 */
import { createInterface } from 'node:readline'
import { ask } from '../src/core/ask'
import { createCalculate } from '../src/core/calc-bridge'
import { loadBuiltLibrary } from './lib/load-library'

const args = process.argv.slice(2)
const json = args.includes('--json')
const question = args
  .filter((a) => a !== '--json')
  .join(' ')
  .trim()
const library = loadBuiltLibrary()
const calculate = createCalculate(library)
const answer = (q: string) => ask(q, { library, ...(calculate ? { calculate } : {}) })

if (question) {
  const result = answer(question)
  console.log(json ? JSON.stringify(result) : result.answer.text)
} else if (json) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of rl) {
    const q = line.trim()
    if (q) process.stdout.write(JSON.stringify(answer(q.slice(0, 1000))) + '\n')
  }
} else {
  console.error(
    'usage: npm run -s ask -- [--json] "问题"   (with --json and no question: one question per line on stdin)'
  )
  process.exit(2)
}
