import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'

// App lifecycle only; windows, menus, IPC and security live in their own modules (see DESIGN).
app.enableSandbox()
app.whenReady().then(() => {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    webPreferences: { preload: join(__dirname, '../preload/index.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false },
  })
  void win.loadFile(join(__dirname, '../renderer/index.html'))
})
