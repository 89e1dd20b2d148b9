import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The example designs shipped in examples/. */
export const exampleNames = ['hub-and-spoke', 'peering', 'privatelink'] as const

// Both the source (main/cli) and the bundle (out/cli) sit two levels below the repository root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export function examplePath(name: string): string {
  return path.join(root, 'examples', `${name}.netdraft.json`)
}
