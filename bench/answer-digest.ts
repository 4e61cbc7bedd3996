/**
 * `tsx bench/answer-digest.ts [out.json]`: a fingerprint of every answer, to show that a speed
 * change changed no answer. Each question of tests/real, tests/golden and (when present)
 * ../shared/eval goes through the app as a client sends it: POST /api/ask twice (the second from
 * the answer cache when it is on), POST /api/chat (a new chat each), and a second chat turn "2"
 * that picks a clarify choice or answers a calculator's question. The clock is pinned. Prints the number of responses and one SHA-256 over
 * all of them; with a path, also writes each response's own hash there, to find which one moved.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createApp } from '../src/app/create-app'
import { parseConfig } from '../src/app/config'
import { setLogSink } from '../src/app/log'
import { createCalculate } from '../src/core/calc-bridge'
import { loadBuiltLibrary } from '../scripts/lib/load-library'
import { ROOT } from '../scripts/lib/read-knowledge'

const jsonl = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q)
const filesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(dir, f))
    : []
const questions = [
  ...filesIn(join(ROOT, 'tests/real')),
  ...filesIn(join(ROOT, 'tests/golden')),
  ...filesIn(resolve(ROOT, '../shared/eval')),
].flatMap(jsonl)

setLogSink(() => undefined) // the chat layer's line per message; nothing here to read
const library = loadBuiltLibrary()
const calculate = createCalculate(library)
const app = createApp({
  library,
  config: parseConfig({ NODE_ENV: 'production' }),
  now: () => new Date('2026-06-15T04:00:00Z'),
  ...(calculate ? { calculate } : {}),
})

const post = async (path: string, body: unknown) => {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return `${res.status} ${res.headers.get('content-type')} ${await res.text()}`
}

const all = createHash('sha256')
const each: Record<string, string> = {}
let n = 0
for (const [i, q] of questions.entries()) {
  const chatId = `digest-${i}`
  const parts = [
    await post('/api/ask', { q }),
    await post('/api/ask', { q }),
    await post('/api/chat', { chatId, text: q }),
    await post('/api/chat', { chatId, text: '2' }),
  ]
  parts.forEach((p, j) => {
    all.update(p)
    each[`${i}.${j}`] = createHash('sha256').update(p).digest('hex').slice(0, 16)
    n++
  })
}
console.log(`${questions.length} questions, ${n} responses, sha256 ${all.digest('hex')}`)
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(each, null, 1))
