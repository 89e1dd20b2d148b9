import path from 'node:path'
import { writeFileAtomic } from '../project/atomic-write'
import { type FsPort, nodeFsPort } from '../project/fs-port'

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface SavedWindowState extends Bounds {
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 800 }
/** How far each further window is shifted so windows do not hide each other exactly. */
const CASCADE = 28

/**
 * Where a new window goes: the last saved bounds when enough of them is still on some display
 * (monitors get unplugged), shifted by `index` cascade steps; otherwise the default size, centred
 * by the OS. Sizes are clamped to the work area they land on.
 */
export function placeWindow(saved: SavedWindowState | null, workAreas: Bounds[], index: number): Partial<Bounds> & { width: number; height: number; maximized: boolean } {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false }
  const shifted = { ...saved, x: saved.x + index * CASCADE, y: saved.y + index * CASCADE }
  const area = workAreas.find((a) => overlap(a, shifted) >= 0.5 * Math.min(shifted.width * shifted.height, a.width * a.height))
  if (!area) return { ...DEFAULT_SIZE, maximized: false }
  const width = Math.min(shifted.width, area.width)
  const height = Math.min(shifted.height, area.height)
  const x = Math.min(Math.max(shifted.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(shifted.y, area.y), area.y + area.height - height)
  return { x, y, width, height, maximized: saved.maximized && index === 0 }
}

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** The last window's bounds, remembered in the user-data folder; a damaged file reads as none. */
export class WindowStateStore {
  private readonly file: string
  constructor(
    userDataDir: string,
    private readonly fs: FsPort = nodeFsPort,
  ) {
    this.file = path.join(userDataDir, 'window-state.json')
  }

  async load(): Promise<SavedWindowState | null> {
    try {
      const v = JSON.parse(await this.fs.readFile(this.file, 'utf8')) as Partial<SavedWindowState>
      const nums = [v.x, v.y, v.width, v.height]
      if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n)) || v.width! < 200 || v.height! < 150) return null
      return { x: v.x!, y: v.y!, width: v.width!, height: v.height!, maximized: v.maximized === true }
    } catch {
      return null
    }
  }

  async save(state: SavedWindowState): Promise<void> {
    await this.fs.mkdir(path.dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, `${JSON.stringify(state)}\n`, { fs: this.fs })
  }
}
