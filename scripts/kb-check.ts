/**
 * npm run kb:check: every article parses, and the library passes the content checks
 * (src/core/knowledge/validate-library.ts). Fast; part of the tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type FactConfidence, validateLibrary } from '../src/core/knowledge/validate-library'
import { checkFigures, staleFigureTable } from '../src/core/knowledge/check-figures'
import { parseParamTable } from '../src/core/calc/param-table'
import { KNOWLEDGE_DIR, readKnowledge } from './lib/read-knowledge'
import { calculatorNames } from './lib/calculator-names'
import { buildNormalizeData } from './lib/normalize-data'

export async function checkKnowledge(
  today = new Date().toISOString().slice(0, 10)
): Promise<string[]> {
  const source = readKnowledge()
  if (source.errors.length) return source.errors.map((e) => e.message)
  const { normalize } = buildNormalizeData(source)
  const facts = (parseYaml(readFileSync(join(KNOWLEDGE_DIR, 'fact-ids.yaml'), 'utf8')) ??
    {}) as Record<string, FactConfidence>
  const table = source.params ? parseParamTable(source.params) : null
  return [
    ...validateLibrary({ ...source, facts, calculatorNames: calculatorNames(), today, normalize }),
    ...(table ? checkFigures(source.articles, table, today, source.files) : []),
  ]
}

/** The report lines (not failures): stale figure series and the 待核对 list of params.yaml. */
export function freshnessReport(today = new Date().toISOString().slice(0, 10)): string[] {
  const source = readKnowledge()
  if (!source.params) return []
  const lines = staleFigureTable(parseParamTable(source.params), today)
  lines.push(statuteTextCoverage(source))
  const pending = (source.params as { pending?: Array<Record<string, unknown>> }).pending ?? []
  if (pending.length) {
    lines.push('figures 待核对 (not used, shown only as 待核对):')
    for (const p of pending)
      lines.push(
        `  ${String(p.name)} | ${String(p.region)} | ${String(p.year)} | ${String(p.lookedIn)}`
      )
  }
  return lines
}

/** How many cited articles the statute registry holds the text of (missing ones show without). */
function statuteTextCoverage(source: ReturnType<typeof readKnowledge>): string {
  const cited = new Set<string>()
  for (const a of source.articles)
    for (const b of a.basis) {
      const n = b.article && /^第[一二三四五六七八九十百千零]+条/.exec(b.article)?.[0]
      if (n) cited.add(`${b.law}|${n}`)
    }
  const statutes = new Map(source.statutes.map((s) => [s.name, s]))
  const held = [...cited].filter((k) => {
    const [law, n] = k.split('|') as [string, string]
    return statutes.get(law)?.text?.articles[n] !== undefined
  }).length
  return `statute texts: ${held} of ${cited.size} cited articles have their text (npm run kb:statute-texts)`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of freshnessReport()) console.log(line)
  const problems = await checkKnowledge()
  const articles = readKnowledge().articles.length
  if (problems.length) {
    console.error(`kb:check: ${problems.length} problem(s) in ${articles} articles`)
    for (const p of problems) console.error(`  ${p}`)
    process.exit(1)
  }
  console.log(`kb:check: ${articles} articles OK`)
}
