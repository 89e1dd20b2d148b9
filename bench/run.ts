// Runs every bench/*.bench.ts in its own process (so peak-memory figures belong to one area) and prints figures.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n== ${file}`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'run-one.ts'), file], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
if (failed) {
  console.error(`${failed} bench file(s) failed`)
  process.exit(1)
}
