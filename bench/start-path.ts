/**
 * `tsx bench/start-path.ts [runs] [seconds]`: only the issue-18 figures (start-up to the first
 * answer with the floor, req/s with the ceiling, Worker start-up CPU), as one JSON line, without
 * the rest of `npm run bench`.
 */
import { ask } from '../src/core/ask'
import { loadBuiltLibrary } from '../scripts/lib/load-library'
import { measureStartPath, workerStartup } from './lib/start-path'
import { loadQuestions } from './lib/questions'

const runs = Number(process.argv[2] ?? 5)
const seconds = Number(process.argv[3] ?? 5)
const questions = loadQuestions().rows.map((r) => r.q)
const answerJson = JSON.stringify(ask(questions[0]!, { library: loadBuiltLibrary() }))
const start = await measureStartPath(questions, answerJson, runs, seconds)
const worker = await workerStartup()
console.log(JSON.stringify({ ...start, workerStartupMs: worker.activeMs, workerNote: worker.note }))
