// Regenerates docs/rules/README.md from the rules index.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { rules } from '../rules'
import { rulesReadme } from './rules-readme'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
writeFileSync(path.join(repoRoot, 'docs/rules/README.md'), rulesReadme(rules))
process.stdout.write(`wrote docs/rules/README.md (${Object.keys(rules).length} rules)\n`)
