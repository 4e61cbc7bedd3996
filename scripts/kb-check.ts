/**
 * npm run kb:check: every article parses, and the library passes the content checks
 * (src/core/knowledge/validate-library.ts). Fast; part of the tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { type FactConfidence, validateLibrary } from '../src/core/knowledge/validate-library'
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
  return validateLibrary({
    ...source,
    facts,
    calculatorNames: calculatorNames(),
    today,
    normalize,
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await checkKnowledge()
  const articles = readKnowledge().articles.length
  if (problems.length) {
    console.error(`kb:check: ${problems.length} problem(s) in ${articles} articles`)
    for (const p of problems) console.error(`  ${p}`)
    process.exit(1)
  }
  console.log(`kb:check: ${articles} articles OK`)
}
