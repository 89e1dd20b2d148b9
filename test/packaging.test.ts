import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { drawIcon } from '../scripts/make-icon'

const root = path.resolve(__dirname, '..')
// js-yaml comes with electron-builder (it reads this same file with it); it ships no types.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown }
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>

describe('electron-builder.yml', () => {
  it('names the app, associates .netdraft.json and ships the built app and rule docs', () => {
    expect(config.appId).toBe('app.netdraft.desktop')
    expect(config.productName).toBe('Netdraft')
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'netdraft.json', name: 'Netdraft design', role: 'Editor' })])
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'docs/rules/**']))
  })

  it('points every platform at an icon that exists and is a large enough PNG', () => {
    for (const platform of ['mac', 'win', 'linux']) {
      const icon = (config[platform] as { icon: string }).icon
      const file = path.join(root, icon)
      expect(existsSync(file), `${platform} icon ${icon}`).toBe(true)
      const png = readFileSync(file)
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512)
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512)
    }
  })

  it('turns off the fuses that let the packaged app run other code', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true })
  })

  it('keeps the committed icon in step with scripts/make-icon.ts', () => {
    expect(drawIcon().equals(readFileSync(path.join(root, 'build/icon.png'))), 'run `npx tsx scripts/make-icon.ts`').toBe(true)
  })
})
