// Draws the app icon (build/icon.png, 1024×1024) that electron-builder turns into .icns/.ico:
// a hub-and-spoke network, Netdraft's signature design, on a rounded tile.
// Run: npx tsx scripts/make-icon.ts [out.png]
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCanvas } from '@napi-rs/canvas'

export function drawIcon(size = 1024): Buffer {
  const canvas = createCanvas(size, size)
  const ctx = canvas.getContext('2d')
  const s = size / 1024

  // Tile: macOS-style margin and corner radius, deep blue gradient.
  const margin = 100 * s
  const tile = size - 2 * margin
  const gradient = ctx.createLinearGradient(0, margin, 0, margin + tile)
  gradient.addColorStop(0, '#2563eb')
  gradient.addColorStop(1, '#1e3a8a')
  ctx.fillStyle = gradient
  ctx.beginPath()
  ctx.roundRect(margin, margin, tile, tile, 185 * s)
  ctx.fill()

  // A VPC boundary behind the hub, dashed like the canvas draws VPCs.
  const c = size / 2
  ctx.strokeStyle = 'rgba(255,255,255,0.35)'
  ctx.lineWidth = 14 * s
  ctx.setLineDash([36 * s, 22 * s])
  ctx.beginPath()
  ctx.roundRect(c - 150 * s, c - 150 * s, 300 * s, 300 * s, 40 * s)
  ctx.stroke()
  ctx.setLineDash([])

  // Spokes from the hub (a transit gateway) to four VPCs.
  const spokes = [
    [c - 250 * s, c - 250 * s],
    [c + 250 * s, c - 250 * s],
    [c - 250 * s, c + 250 * s],
    [c + 250 * s, c + 250 * s],
  ]
  ctx.strokeStyle = '#ffffff'
  ctx.lineWidth = 34 * s
  ctx.lineCap = 'round'
  for (const [x, y] of spokes) {
    ctx.beginPath()
    ctx.moveTo(c, c)
    ctx.lineTo(x, y)
    ctx.stroke()
  }
  for (const [x, y] of spokes) {
    ctx.fillStyle = '#ffffff'
    ctx.beginPath()
    ctx.roundRect(x - 70 * s, y - 70 * s, 140 * s, 140 * s, 28 * s)
    ctx.fill()
    ctx.fillStyle = '#38bdf8'
    ctx.beginPath()
    ctx.roundRect(x - 38 * s, y - 38 * s, 76 * s, 76 * s, 14 * s)
    ctx.fill()
  }
  ctx.fillStyle = '#f59e0b'
  ctx.beginPath()
  ctx.arc(c, c, 92 * s, 0, Math.PI * 2)
  ctx.fill()
  ctx.strokeStyle = '#ffffff'
  ctx.lineWidth = 22 * s
  ctx.stroke()

  return canvas.toBuffer('image/png')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const out = path.resolve(process.argv[2] ?? path.join(root, 'build/icon.png'))
  writeFileSync(out, drawIcon())
  console.log(`make-icon: wrote ${path.relative(process.cwd(), out)}`)
}
