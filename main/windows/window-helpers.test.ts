import path from 'node:path'
import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { withTempDir } from '../project/test-support'
import { launchFiles } from './launch-files'
import { DEFAULT_SIZE, WindowStateStore, placeWindow } from './window-bounds'

const screen = { x: 0, y: 0, width: 1920, height: 1080 }

describe('placeWindow', () => {
  it('uses the default size when nothing was saved', () => {
    expect(placeWindow(null, [screen], 0)).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('restores saved bounds, cascading later windows and keeping them on screen', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 900, maximized: true }
    expect(placeWindow(saved, [screen], 0)).toEqual({ x: 100, y: 50, width: 1200, height: 900, maximized: true })
    expect(placeWindow(saved, [screen], 2)).toEqual({ x: 156, y: 106, width: 1200, height: 900, maximized: false })
  })

  it('pulls a cascaded window back inside the screen', () => {
    expect(placeWindow({ x: 700, y: 170, width: 1200, height: 900, maximized: false }, [screen], 1)).toEqual({ x: 720, y: 180, width: 1200, height: 900, maximized: false })
  })

  it('falls back when the saved display is gone, and clamps to a smaller one', () => {
    expect(placeWindow({ x: 3000, y: 0, width: 1200, height: 800, maximized: false }, [screen], 0)).toEqual({ ...DEFAULT_SIZE, maximized: false })
    const small = { x: 0, y: 0, width: 1024, height: 700 }
    expect(placeWindow({ x: 0, y: 0, width: 1600, height: 1000, maximized: false }, [small], 0)).toEqual({ x: 0, y: 0, width: 1024, height: 700, maximized: false })
  })

  it('persists and reloads window state, ignoring a damaged file', () =>
    withTempDir(async (dir) => {
      const store = new WindowStateStore(dir)
      expect(await store.load()).toBeNull()
      await store.save({ x: 10, y: 20, width: 900, height: 700, maximized: false })
      expect(await new WindowStateStore(dir).load()).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false })
      await writeFile(path.join(dir, 'window-state.json'), '{"x": "left"}')
      expect(await store.load()).toBeNull()
    }))
})

describe('launchFiles', () => {
  it('takes .json files after the executable (packaged) or the app path (development)', () => {
    expect(launchFiles(['/opt/Netdraft/netdraft', 'a.netdraft.json', '--inspect', '/x/b.json', 'notes.txt', 'a.netdraft.json'], { cwd: '/home/u', packaged: true })).toEqual([
      '/home/u/a.netdraft.json',
      '/x/b.json',
    ])
    expect(launchFiles(['/usr/bin/electron', '.', '--no-sandbox', 'c.NETDRAFT.JSON'], { cwd: '/w', packaged: false })).toEqual(['/w/c.NETDRAFT.JSON'])
    expect(launchFiles(['/usr/bin/electron', '/w/out/main/index.js'], { cwd: '/w', packaged: false })).toEqual([])
  })
})
