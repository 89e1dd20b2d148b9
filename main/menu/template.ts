import path from 'node:path'
import type { MenuCommand } from '../../shared/ipc/channels'
import type { MenuState } from '../../shared/ipc/contract'

/** What a menu item does: a command the focused page carries out, or an action main takes itself. */
export type MenuAction =
  | { page: MenuCommand }
  | { main: 'new' | 'open' | 'importAws' | 'close' | 'quit' | 'clearRecent' | 'rulesReference' | 'about' }
  | { openRecent: string }

/** Electron's menu item options, reduced to data: the template is a pure function of state, tested as such. */
export interface MenuItemSpec {
  id?: string
  label?: string
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox'
  role?: 'appMenu' | 'windowMenu' | 'cut' | 'copy' | 'paste' | 'hide' | 'hideOthers' | 'unhide' | 'services' | 'toggleDevTools'
  accelerator?: string
  /** False shows the shortcut without claiming the key (Delete must keep working in text fields). */
  registerAccelerator?: boolean
  enabled?: boolean
  checked?: boolean
  action?: MenuAction
  submenu?: MenuItemSpec[]
}

export interface MenuInput {
  platform: NodeJS.Platform
  /** The focused document's state, or null when no document window is focused. */
  focused: MenuState | null
  recentFiles: string[]
  /** Developer tools are offered only in development builds. */
  development: boolean
}

const separator: MenuItemSpec = { type: 'separator' }

export function menuTemplate(input: MenuInput): MenuItemSpec[] {
  const mac = input.platform === 'darwin'
  const doc = input.focused
  const hasDoc = doc !== null
  const page = (id: string, label: string, command: MenuCommand, accelerator?: string, enabled = hasDoc): MenuItemSpec => ({
    id,
    label,
    accelerator,
    enabled,
    action: { page: command },
  })

  const recent: MenuItemSpec[] = input.recentFiles.map((file, i) => ({
    id: `file.recent.${i}`,
    label: `${path.basename(file)} — ${path.dirname(file)}`,
    action: { openRecent: file },
  }))
  const file: MenuItemSpec = {
    label: '&File',
    submenu: [
      { id: 'file.new', label: 'New', accelerator: 'CmdOrCtrl+N', action: { main: 'new' } },
      { id: 'file.open', label: 'Open…', accelerator: 'CmdOrCtrl+O', action: { main: 'open' } },
      {
        id: 'file.openRecent',
        label: 'Open Recent',
        type: 'submenu',
        enabled: recent.length > 0,
        submenu: [...recent, separator, { id: 'file.clearRecent', label: 'Clear Recently Opened', enabled: recent.length > 0, action: { main: 'clearRecent' } }],
      },
      {
        id: 'file.import',
        label: 'Import',
        type: 'submenu',
        submenu: [{ id: 'file.importAws', label: 'AWS describe output…', action: { main: 'importAws' } }],
      },
      separator,
      page('file.save', 'Save', 'file.save', 'CmdOrCtrl+S'),
      page('file.saveAs', 'Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      {
        id: 'file.export',
        label: 'Export',
        type: 'submenu',
        enabled: hasDoc,
        submenu: [
          page('file.exportPng', 'PNG…', 'file.exportPng', 'CmdOrCtrl+Shift+E'),
          page('file.exportPdf', 'PDF…', 'file.exportPdf', 'CmdOrCtrl+Shift+P'),
          page('file.exportTerraform', 'Terraform…', 'file.exportTerraform', 'CmdOrCtrl+Shift+T'),
        ],
      },
      separator,
      { id: 'file.close', label: 'Close', accelerator: 'CmdOrCtrl+W', enabled: hasDoc, action: { main: 'close' } },
      // macOS quits from the application menu; Windows calls it Exit.
      ...(mac ? [] : [separator, { id: 'file.quit', label: input.platform === 'win32' ? 'Exit' : 'Quit', accelerator: input.platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q', action: { main: 'quit' as const } }]),
    ],
  }

  const edit: MenuItemSpec = {
    label: '&Edit',
    submenu: [
      page('edit.undo', 'Undo', 'edit.undo', 'CmdOrCtrl+Z', doc?.canUndo ?? false),
      page('edit.redo', 'Redo', 'edit.redo', input.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z', doc?.canRedo ?? false),
      separator,
      { id: 'edit.cut', label: 'Cut', role: 'cut', accelerator: 'CmdOrCtrl+X', enabled: hasDoc },
      { id: 'edit.copy', label: 'Copy', role: 'copy', accelerator: 'CmdOrCtrl+C', enabled: hasDoc },
      { id: 'edit.paste', label: 'Paste', role: 'paste', accelerator: 'CmdOrCtrl+V', enabled: hasDoc },
      { ...page('edit.delete', 'Delete', 'edit.delete', mac ? 'Backspace' : 'Delete', doc?.hasSelection ?? false), registerAccelerator: false },
      page('edit.selectAll', 'Select All', 'edit.selectAll', 'CmdOrCtrl+A'),
      separator,
      page('edit.find', 'Find Resource…', 'edit.find', 'CmdOrCtrl+F'),
    ],
  }

  const view: MenuItemSpec = {
    label: '&View',
    submenu: [
      page('view.zoomIn', 'Zoom In', 'view.zoomIn', 'CmdOrCtrl+='),
      page('view.zoomOut', 'Zoom Out', 'view.zoomOut', 'CmdOrCtrl+-'),
      page('view.fit', 'Fit to Window', 'view.fit', 'CmdOrCtrl+1'),
      page('view.actualSize', 'Actual Size', 'view.actualSize', 'CmdOrCtrl+0'),
      separator,
      { ...page('view.toggleValidation', 'Validation Sidebar', 'view.toggleValidation', 'CmdOrCtrl+Shift+M'), type: 'checkbox', checked: doc?.validationVisible ?? false },
      { ...page('view.toggleInspector', 'Inspector', 'view.toggleInspector', 'CmdOrCtrl+Alt+I'), type: 'checkbox', checked: doc?.inspectorVisible ?? false },
      page('view.relayout', 'Re-layout', 'view.relayout', 'CmdOrCtrl+Shift+L'),
      page('view.toggleTheme', doc?.theme === 'dark' ? 'Light Theme' : 'Dark Theme', 'view.toggleTheme', 'CmdOrCtrl+Shift+D'),
      ...(input.development ? [separator, { id: 'view.devTools', label: 'Developer Tools', role: 'toggleDevTools' as const }] : []),
    ],
  }

  const help: MenuItemSpec = {
    label: '&Help',
    submenu: [
      { id: 'help.rules', label: 'Rules Reference', accelerator: 'F1', action: { main: 'rulesReference' } },
      ...(mac ? [] : [separator, { id: 'help.about', label: 'About Netdraft', action: { main: 'about' as const } }]),
    ],
  }

  const appMenu: MenuItemSpec = {
    label: 'Netdraft',
    submenu: [
      { id: 'app.about', label: 'About Netdraft', action: { main: 'about' } },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { id: 'app.quit', label: 'Quit Netdraft', accelerator: 'Cmd+Q', action: { main: 'quit' } },
    ],
  }

  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help]
}

/** Depth-first lookup by id, for the click dispatcher and for tests. */
export function findItem(items: MenuItemSpec[], id: string): MenuItemSpec | undefined {
  for (const item of items) {
    if (item.id === id) return item
    const inner = item.submenu && findItem(item.submenu, id)
    if (inner) return inner
  }
  return undefined
}
