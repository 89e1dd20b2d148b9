import path from 'node:path'
import { BrowserWindow } from 'electron'

/**
 * Every BrowserWindow Netdraft creates, each with its options as one literal at the constructor,
 * so a reviewer (and Electronegativity, which reads the call site) sees every security setting.
 */
export function createDocumentWindow(preloadPath: string, bounds: { x?: number; y?: number; width: number; height: number }): BrowserWindow {
  return new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Netdraft',
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links in new windows, bypassing the window.open handler.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  })
}

/** A rules documentation page: plain text, no preload at all, so it has no way to reach main. */
export function createDocsWindow(): BrowserWindow {
  return new BrowserWindow({
    width: 760,
    height: 820,
    title: 'Netdraft rules reference',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  })
}

export const preloadFile = (mainDir: string) => path.join(mainDir, '../preload/index.cjs')
