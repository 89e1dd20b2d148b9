import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { checkFile, checkTree } from './check-layers'

describe('layering check', () => {
  it('passes on the repository as it is', () => {
    expect(checkTree(path.resolve(__dirname, '..'))).toEqual([])
  })

  it.each([
    ['shared/model/x.ts', "import { app } from 'electron'", 'shared/ imports no electron'],
    ['shared/layout/x.ts', "import { readFileSync } from 'node:fs'", 'shared/ imports no node:* modules'],
    ['shared/layout/x.ts', "import Konva from 'konva'", 'shared/ imports no react or konva'],
    ['shared/model/x.ts', "import { IPv4 } from 'ip-num'", 'only shared/net imports ip-num'],
    ['shared/model/x.ts', "import { x } from '../../main/project/service'", 'shared/ imports only shared/'],
    ['renderer/app/x.tsx', "import { ipcRenderer } from 'electron'", 'renderer/ imports no electron'],
    ['renderer/app/x.tsx', "const fs = require('fs')", 'renderer/ imports no node:* modules'],
    ['preload/index.ts', "import { projectSchema } from '../shared/model'", 'preload/ imports only electron and shared/ipc'],
  ])('flags %s importing `%s`', (file, line, rule) => {
    expect(checkFile(file, `${line}\n`)).toEqual([{ file, line: 1, specifier: expect.any(String), rule }])
  })

  it('allows what the layers may use', () => {
    expect(checkFile('shared/net/cidr.ts', "import { IPv4 } from 'ip-num'\n")).toEqual([])
    expect(checkFile('preload/index.ts', "import { contextBridge } from 'electron'\nimport type { NetdraftApi } from '../shared/ipc/contract'\n")).toEqual([])
    expect(checkFile('shared/model/x.test.ts', "import { readFileSync } from 'node:fs'\n")).toEqual([])
  })

  it('fails the command (exit 1) when a violation is planted in a tree', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'layers-'))
    mkdirSync(path.join(root, 'shared'), { recursive: true })
    writeFileSync(path.join(root, 'shared/bad.ts'), "import { BrowserWindow } from 'electron'\n")
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, 'check-layers.ts'), root], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('shared/bad.ts:1: shared/ imports no electron')
  })
})
