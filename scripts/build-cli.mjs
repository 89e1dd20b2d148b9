// Bundles the headless CLI (plain Node, no Electron) into out/cli/netdraft.mjs.
import { build } from 'esbuild'

await build({
  entryPoints: ['main/cli/netdraft.ts'],
  outfile: 'out/cli/netdraft.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Native and WASM packages load their own files at run time, so they stay external.
  external: ['@napi-rs/canvas', 'elkjs', 'jspdf'],
  banner: { js: "import { createRequire as __ndCreateRequire } from 'node:module'; const require = __ndCreateRequire(import.meta.url);" },
  mainFields: ['module', 'main'],
  logLevel: 'warning',
})
