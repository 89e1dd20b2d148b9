import path from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron'
import { importAwsWithDialog } from './import/import-with-dialog'
import { createHandle } from './ipc/handle'
import { registerHandlers } from './ipc/register'
import { type MenuAction, menuTemplate } from './menu/template'
import { toElectronMenu } from './menu/install'
import { ProjectService } from './project/project-service'
import { registerAppScheme, serveAppProtocol } from './security/app-protocol'
import { hardenApp, hardenSession } from './security/harden'
import { ElectronDesktop } from './windows/electron-desktop'
import { ElectronShell } from './windows/electron-shell'
import { launchFiles } from './windows/launch-files'
import { SnapshotBroker } from './windows/snapshot-broker'
import { WindowStateStore } from './windows/window-bounds'
import { preloadFile } from './windows/create-windows'
import { Workspace } from './windows/workspace'

// App lifecycle only: the flows live in windows/Workspace, the hardening in security/, IPC in ipc/.
const AUTOSAVE_EVERY_MS = 30_000
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null
const log = { warn: (m: string) => console.warn(m), error: (m: string, e?: unknown) => console.error(m, e) }

app.enableSandbox()
registerAppScheme()
hardenApp(app, (m) => console.warn(m))

// A second launch hands its files to this instance and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const filesBeforeReady: string[] = []
  let openFile: (file: string) => void = (file) => filesBeforeReady.push(file)

  // Until the app is ready, files are queued and a bare second launch needs nothing more.
  let bringForward: () => void = () => {}

  // macOS opens files (double-click, Dock drop) through this event, possibly before ready.
  app.on('open-file', (event, file) => {
    event.preventDefault()
    openFile(file)
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = launchFiles(argv, { cwd: workingDirectory, packaged: app.isPackaged })
    if (files.length === 0) bringForward()
    for (const file of files) openFile(file)
  })

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData')
    const roots = { renderer: path.join(app.getAppPath(), 'out/renderer'), rulesDocs: path.join(app.getAppPath(), 'docs/rules') }
    serveAppProtocol(roots)
    hardenSession(session.defaultSession, devServerUrl !== null)

    const service = new ProjectService({ recoveryDir: path.join(userData, 'recovery'), userDataDir: userData })
    const snapshots = new SnapshotBroker()
    const windowState = new WindowStateStore(userData)
    let refreshMenu = () => {}
    const desktop = new ElectronDesktop({
      preloadPath: preloadFile(import.meta.dirname),
      rendererUrl: devServerUrl ?? 'app://netdraft/index.html',
      snapshots,
      windowState,
      savedState: await windowState.load(),
      onDocumentChanged: () => refreshMenu(),
    })
    const workspace = new Workspace(service, desktop)
    desktop.attach(workspace)
    const shell = new ElectronShell(roots.rulesDocs)
    registerHandlers(createHandle(ipcMain, devServerUrl, log), { workspace, service, desktop, shell, snapshots })

    const open = async (file: string) => {
      const result = await workspace.openPath(file, null, false)
      if (!result.ok) desktop.showError(null, `Could not open ${path.basename(file)}`, result.message)
    }
    const onMenu = async (action: MenuAction) => {
      const focused = desktop.focusedWindowId()
      if ('page' in action) {
        if (focused !== null) desktop.sendMenuCommand(focused, action.page)
      } else if ('openRecent' in action) {
        const result = await workspace.openRecent(action.openRecent, focused, false)
        if (!result.ok) desktop.showError(focused, `Could not open ${path.basename(action.openRecent)}`, result.message)
      } else if (action.main === 'new') workspace.newDocument()
      else if (action.main === 'open') {
        const result = await workspace.openWithDialog(focused, false)
        if (!result.ok && result.code !== 'cancelled') desktop.showError(focused, 'Could not open the design', result.message)
      } else if (action.main === 'importAws') {
        const result = await importAwsWithDialog(workspace, desktop, focused)
        if (!result.ok && result.code !== 'cancelled') desktop.showError(focused, 'Could not import the AWS describe output', result.message)
      } else if (action.main === 'close') BrowserWindow.getFocusedWindow()?.close()
      else if (action.main === 'quit') app.quit()
      else if (action.main === 'clearRecent') await service.recent.clear()
      else if (action.main === 'rulesReference') await shell.openRulesDoc('')
      else if (action.main === 'about') app.showAboutPanel()
      refreshMenu()
    }
    // Edits change Undo/Redo state often; rebuild the native menu at most every 100 ms.
    let menuTimer: ReturnType<typeof setTimeout> | null = null
    refreshMenu = () => {
      if (menuTimer === null) menuTimer = setTimeout(rebuildMenu, 100)
    }
    const rebuildMenu = () => {
      menuTimer = null
      void service.recent.list().then((recentFiles) => {
        const focused = desktop.focusedWindowId()
        const template = menuTemplate({
          platform: process.platform,
          focused: focused === null ? null : (workspace.get(focused)?.menu ?? null),
          recentFiles,
          development: !app.isPackaged,
        })
        Menu.setApplicationMenu(toElectronMenu(template, (a) => void onMenu(a)))
      })
    }

    // Crash copies first, so a file both recovered and named on the command line opens once.
    await workspace.offerRecovery()
    openFile = (file) => void open(file)
    bringForward = () => {
      const [first] = workspace.all()
      if (first) desktop.focusWindow(first.windowId)
      else workspace.newDocument()
    }
    const initial = [...launchFiles(process.argv, { cwd: process.cwd(), packaged: app.isPackaged }), ...filesBeforeReady]
    for (const file of initial) await open(file)
    if (workspace.all().length === 0) workspace.newDocument()
    refreshMenu()

    app.on('activate', () => {
      if (workspace.all().length === 0) workspace.newDocument()
    })

    const autosaveTimer = setInterval(() => {
      for (const doc of workspace.all()) void workspace.autosave(doc.windowId).catch((e: unknown) => log.error('netdraft: autosave failed', e))
    }, AUTOSAVE_EVERY_MS)

    let quitApproved = false
    app.on('before-quit', (event) => {
      if (quitApproved || !workspace.all().some((d) => workspace.mustHoldClose(d.windowId))) {
        clearInterval(autosaveTimer)
        return
      }
      event.preventDefault()
      void workspace.requestQuit().then((ok) => {
        if (!ok) return
        quitApproved = true
        app.quit()
      })
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
