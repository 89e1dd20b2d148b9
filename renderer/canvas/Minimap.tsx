import { useEffect, useRef } from 'react'
import type { Scene } from '../../shared/layout/scene'
import { type Theme, boxStyle } from '../../shared/layout/style'
import { type View, visibleRect } from './viewport'

const WIDTH = 200

/** An overview of large designs: top-level boxes and the visible area; click to jump there. */
export function Minimap({ scene, view, size, onJump, theme }: { scene: Scene; view: View; size: { width: number; height: number }; onJump: (v: View) => void; theme: Theme }) {
  const ref = useRef<HTMLCanvasElement>(null)
  const scale = WIDTH / Math.max(scene.width, 1)
  const height = Math.max(40, Math.round(scene.height * scale))
  useEffect(() => {
    const ctx = ref.current?.getContext('2d')
    if (!ctx) return
    ctx.clearRect(0, 0, WIDTH, height)
    for (const e of scene.elements) {
      if (e.width * scale < 2 && e.height * scale < 2) continue
      const style = boxStyle(e.styleKey, theme)
      ctx.strokeStyle = style.stroke === 'transparent' ? '#888' : style.stroke
      ctx.strokeRect(e.x * scale, e.y * scale, e.width * scale, e.height * scale)
    }
    const r = visibleRect(view, size.width, size.height)
    ctx.strokeStyle = '#0972d3'
    ctx.lineWidth = 2
    ctx.strokeRect(r.x * scale, r.y * scale, r.width * scale, r.height * scale)
    ctx.lineWidth = 1
  }, [scene, view, size, scale, height, theme])
  return (
    <canvas
      ref={ref}
      className="minimap"
      width={WIDTH}
      height={height}
      aria-label="Overview map"
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect()
        const sx = (e.clientX - box.left) / scale
        const sy = (e.clientY - box.top) / scale
        onJump({ ...view, x: size.width / 2 - sx * view.zoom, y: size.height / 2 - sy * view.zoom })
      }}
    />
  )
}
