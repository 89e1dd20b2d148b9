import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('netdraft', {})
