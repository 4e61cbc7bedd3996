/**
 * `tsx bench/start-path.ts [runs] [seconds] [--before <dir>]`: only the issue-18 figures
 * (start-up to the first answer with the floor, req/s with the ceiling, Worker start-up CPU), as
 * one JSON line, without the rest of `npm run bench`. `--before <dir>` measures an older checkout's
 * `npm start` and server against this tree's floor and ceiling (no Worker figure then).
 */
import { ask } from '../src/core/ask'
import { loadBuiltLibrary } from '../scripts/lib/load-library'
import { measureStartPath, workerStartup } from './lib/start-path'
import { loadQuestions } from './lib/questions'

const args = process.argv.slice(2)
const beforeAt = args.indexOf('--before')
const before = beforeAt >= 0 ? args.splice(beforeAt, 2)[1] : undefined
const runs = Number(args[0] ?? 5)
const seconds = Number(args[1] ?? 5)
const questions = loadQuestions().rows.map((r) => r.q)
const answerJson = JSON.stringify(ask(questions[0]!, { library: loadBuiltLibrary() }))
const start = await measureStartPath(questions, answerJson, runs, seconds, before)
const worker = before
  ? { activeMs: null, note: 'not measured for --before' }
  : await workerStartup()
console.log(JSON.stringify({ ...start, workerStartupMs: worker.activeMs, workerNote: worker.note }))
