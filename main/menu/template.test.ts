import { describe, expect, it } from 'vitest'
import { menuCommands } from '../../shared/ipc/channels'
import type { MenuState } from '../../shared/ipc/contract'
import { type MenuInput, type MenuItemSpec, findItem, menuTemplate } from './template'

const idle: MenuState = { canUndo: false, canRedo: false, hasSelection: false, validationVisible: true, inspectorVisible: false, theme: 'light' }
const input = (over: Partial<MenuInput> = {}): MenuInput => ({ platform: 'linux', focused: idle, recentFiles: [], development: false, ...over })
const flat = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])])
const item = (menu: MenuItemSpec[], id: string) => {
  const found = findItem(menu, id)
  if (!found) throw new Error(`no menu item ${id}`)
  return found
}

describe('menuTemplate', () => {
  it('has File, Edit, View and Help with the issue’s items and shortcuts', () => {
    const menu = menuTemplate(input())
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
    const labels = (i: number) => menu[i].submenu!.filter((m) => m.type !== 'separator').map((m) => m.label)
    expect(labels(0)).toEqual(['New', 'Open…', 'Open Recent', 'Import', 'Save', 'Save As…', 'Export', 'Close', 'Quit'])
    expect(labels(1)).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All', 'Find Resource…'])
    expect(labels(2)).toEqual(['Zoom In', 'Zoom Out', 'Fit to Window', 'Actual Size', 'Validation Sidebar', 'Inspector', 'Re-layout', 'Dark Theme'])
    expect(labels(3)).toEqual(['Rules Reference', 'About Netdraft'])
    expect(item(menu, 'file.export').submenu!.map((m) => m.label)).toEqual(['PNG…', 'PDF…', 'Terraform…'])
    // Importing makes a new design, so it needs no open document.
    expect(item(menu, 'file.import').submenu!.map((m) => [m.label, m.enabled ?? true, m.action])).toEqual([['AWS describe output…', true, { main: 'importAws' }]])
    expect(item(menu, 'file.save').accelerator).toBe('CmdOrCtrl+S')
    expect(item(menu, 'file.saveAs').accelerator).toBe('CmdOrCtrl+Shift+S')
    expect(item(menu, 'edit.undo').accelerator).toBe('CmdOrCtrl+Z')
    expect(item(menu, 'edit.redo').accelerator).toBe('Shift+CmdOrCtrl+Z')
    expect(item(menu, 'file.quit').accelerator).toBe('Ctrl+Q')
  })

  it('enables Undo, Redo and Delete only when there is something to do', () => {
    const nothing = menuTemplate(input())
    expect(item(nothing, 'edit.undo').enabled).toBe(false)
    expect(item(nothing, 'edit.redo').enabled).toBe(false)
    expect(item(nothing, 'edit.delete').enabled).toBe(false)
    const busy = menuTemplate(input({ focused: { ...idle, canUndo: true, canRedo: true, hasSelection: true } }))
    expect(item(busy, 'edit.undo').enabled).toBe(true)
    expect(item(busy, 'edit.redo').enabled).toBe(true)
    expect(item(busy, 'edit.delete')).toMatchObject({ enabled: true, registerAccelerator: false })
  })

  it('disables document items without a focused document but keeps New and Open', () => {
    const menu = menuTemplate(input({ focused: null }))
    for (const id of ['file.save', 'file.saveAs', 'file.export', 'file.close', 'edit.selectAll', 'view.zoomIn', 'view.relayout']) expect(item(menu, id).enabled, id).toBe(false)
    expect(item(menu, 'file.new').enabled).toBeUndefined()
    expect(item(menu, 'file.open').enabled).toBeUndefined()
  })

  it('reflects view state in check marks and the theme label', () => {
    const menu = menuTemplate(input({ focused: { ...idle, validationVisible: false, inspectorVisible: true, theme: 'dark' } }))
    expect(item(menu, 'view.toggleValidation')).toMatchObject({ type: 'checkbox', checked: false })
    expect(item(menu, 'view.toggleInspector')).toMatchObject({ type: 'checkbox', checked: true })
    expect(item(menu, 'view.toggleTheme').label).toBe('Light Theme')
  })

  it('lists recent files with a clear item, and disables the submenu when empty', () => {
    expect(item(menuTemplate(input()), 'file.openRecent').enabled).toBe(false)
    const menu = menuTemplate(input({ recentFiles: ['/home/ana/net/a.netdraft.json', '/srv/b.netdraft.json'] }))
    expect(item(menu, 'file.openRecent').enabled).toBe(true)
    expect(item(menu, 'file.recent.0')).toMatchObject({ label: 'a.netdraft.json — /home/ana/net', action: { openRecent: '/home/ana/net/a.netdraft.json' } })
    expect(item(menu, 'file.clearRecent')).toMatchObject({ enabled: true, action: { main: 'clearRecent' } })
  })

  it('follows macOS conventions: app menu with About and Cmd+Q, Window menu, no File ▸ Quit', () => {
    const menu = menuTemplate(input({ platform: 'darwin' }))
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['Netdraft', '&File', '&Edit', '&View', 'windowMenu', '&Help'])
    expect(item(menu, 'app.quit').accelerator).toBe('Cmd+Q')
    expect(findItem(menu, 'file.quit')).toBeUndefined()
    expect(findItem(menu, 'help.about')).toBeUndefined()
    expect(item(menu, 'edit.delete').accelerator).toBe('Backspace')
  })

  it('uses Windows conventions for Redo and Exit', () => {
    const menu = menuTemplate(input({ platform: 'win32' }))
    expect(item(menu, 'edit.redo').accelerator).toBe('Ctrl+Y')
    expect(item(menu, 'file.quit')).toMatchObject({ label: 'Exit', accelerator: 'Alt+F4' })
  })

  it.each(['linux', 'darwin', 'win32'] as const)('on %s, gives no two items one shortcut and routes every page command', (platform) => {
    const items = flat(menuTemplate(input({ platform, development: true })))
    const accelerators = items.map((i) => i.accelerator?.replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl')).filter(Boolean)
    expect(new Set(accelerators).size).toBe(accelerators.length)
    const routed = items.flatMap((i) => (i.action && 'page' in i.action ? [i.action.page] : []))
    expect([...routed].sort()).toEqual([...menuCommands].sort())
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(true)
    expect(flat(menuTemplate(input({ platform }))).some((i) => i.role === 'toggleDevTools')).toBe(false)
  })
})
