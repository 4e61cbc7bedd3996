/**
 * CLI: `npm run -s calc -- <name> '<json params>'` prints the result as JSON.
 * Exit 2 on an unknown calculator (names listed) or invalid params (zod message on stderr).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { parseParamTable } from '../src/core/calc/param-table'
import { runCalculator } from '../src/core/calc/registry'

const [name, json = '{}'] = process.argv.slice(2)
const tablePath = fileURLToPath(new URL('../knowledge/params.yaml', import.meta.url))
const table = parseParamTable(YAML.parse(readFileSync(tablePath, 'utf8')))

let input: unknown
try {
  input = JSON.parse(json)
} catch (e) {
  process.stderr.write(`invalid JSON params: ${(e as Error).message}\n`)
  process.exit(2)
}
const res = runCalculator(name ?? '', input, table, new Date())
if (!res.ok) {
  if (res.error === 'unknown-calculator')
    process.stderr.write(
      `unknown calculator "${name ?? ''}". Names:\n  ${res.names.join('\n  ')}\n`
    )
  else process.stderr.write(`invalid params: ${res.message}\n`)
  process.exit(2)
}
process.stdout.write(`${JSON.stringify(res.result, null, 2)}\n`)
