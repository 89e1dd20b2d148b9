import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type BenchHarness, createHarness } from './harness'

const file = process.argv[2]
const here = path.dirname(fileURLToPath(import.meta.url))
const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: (h: BenchHarness) => Promise<void> }
await mod.default(createHarness(file.replace(/\.bench\.ts$/, '')))
