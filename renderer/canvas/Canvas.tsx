import Konva from 'konva'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Layer, Line, Rect, Stage } from 'react-konva'
import { drawSceneToKonvaLayer } from '../../shared/exporters/png/konva-draw'
import type { Scene, SceneElement } from '../../shared/layout/scene'
import type { Theme } from '../../shared/layout/style'
import { containsRect, cullScene, grow } from './cull'
import { Minimap } from './Minimap'
import { type View, boundsOf, elementsInRect, fitView, hitTest, toScene, visibleRect, zoomAt } from './viewport'

export interface CanvasCommand {
  readonly type: 'fit' | 'zoomIn' | 'zoomOut' | 'actualSize' | 'focus'
  readonly ids?: readonly string[]
  /** Changes on every request so the same command can repeat. */
  readonly nonce: number
}

export interface PathHighlight {
  readonly ids: readonly string[]
  readonly ok: boolean
}

interface Props {
  scene: Scene | null
  theme: Theme
  selection: readonly string[]
  onSelect: (ids: string[], additive: boolean) => void
  /** A box dragged to a new top-left corner, relative to its parent box (the pin's convention). */
  onMove: (id: string, at: { x: number; y: number }, done: boolean) => void
  isMovable: (id: string) => boolean
  command: CanvasCommand | null
  path: PathHighlight | null
}

const ZOOM_STEP = 1.2

/** The diagram: draws the Scene, pans, zooms, selects, drags; the static drawing is culled to the view. */
export function Canvas({ scene, theme, selection, onSelect, onMove, isMovable, command, path }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const diagram = useRef<Konva.Layer>(null)
  const [size, setSize] = useState({ width: 800, height: 600 })
  const [view, setView] = useState<View>({ x: 24, y: 24, zoom: 1 })
  const [hover, setHover] = useState<string | null>(null)
  const [marquee, setMarquee] = useState<{ x: number; y: number; width: number; height: number } | null>(null)
  const [drag, setDrag] = useState<{ id: string; dx: number; dy: number } | null>(null)
  const gesture = useRef<{ mode: 'pan' | 'marquee' | 'drag'; startScreen: { x: number; y: number }; startView: View; start: { x: number; y: number }; id?: string; moved: boolean } | null>(null)
  const spaceDown = useRef(false)
  const [grab, setGrab] = useState<'ready' | 'panning' | null>(null)
  const drawnArea = useRef<{ rect: { x: number; y: number; width: number; height: number }; zoom: number; scene: Scene | null; theme: Theme } | null>(null)
  const fittedScene = useRef(false)

  const byId = useMemo(() => new Map((scene?.elements ?? []).map((e) => [e.id, e])), [scene])

  useEffect(() => {
    const el = host.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => setSize({ width: Math.max(100, entry.contentRect.width), height: Math.max(100, entry.contentRect.height) }))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  // A command that arrives before there is a Scene to act on (the first layout of a document is still
  // running, or an edit superseded it) waits for the Scene instead of being dropped; so does a focus on
  // boxes the current Scene does not have yet (a resource just added).
  const pendingCommand = useRef<{ command: CanvasCommand; at: number } | null>(null)
  const runCommand = (c: CanvasCommand, s: Scene, elements: ReadonlyMap<string, SceneElement>): boolean => {
    const at = { x: size.width / 2, y: size.height / 2 }
    if (c.type === 'fit') setView(fitView({ x: 0, y: 0, width: s.width, height: s.height }, size.width, size.height))
    if (c.type === 'zoomIn') setView((v) => zoomAt(v, ZOOM_STEP, at))
    if (c.type === 'zoomOut') setView((v) => zoomAt(v, 1 / ZOOM_STEP, at))
    if (c.type === 'actualSize') setView((v) => zoomAt(v, 1 / v.zoom, at))
    if (c.type === 'focus' && c.ids) {
      const b = boundsOf(c.ids.map((id) => elements.get(id)).filter((e): e is SceneElement => e !== undefined))
      if (!b) return false
      // Show the focused boxes at most at 100 %, with their surroundings for context.
      setView(fitView(grow(b, 0.3), size.width, size.height, 24, 1))
    }
    return true
  }

  // Fit the first Scene of a document, unless a command (Find, a diagnostic) already says where to look.
  useEffect(() => {
    if (!scene) return
    const waiting = pendingCommand.current
    pendingCommand.current = null
    // A wait of seconds means the boxes are not coming (a resource the diagram does not draw): drop it.
    const handled = waiting !== null && performance.now() - waiting.at < 3000 && runCommand(waiting.command, scene, byId)
    if (!fittedScene.current) {
      fittedScene.current = true
      if (!handled) setView(fitView({ x: 0, y: 0, width: scene.width, height: scene.height }, size.width, size.height))
    }
  }, [scene, size]) // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!command) return
    pendingCommand.current = null
    if (!scene || !runCommand(command, scene, byId)) pendingCommand.current = { command, at: performance.now() }
  }, [command]) // eslint-disable-line react-hooks/exhaustive-deps

  // The static diagram is drawn for an area around the view and cached as one bitmap, so panning and
  // zooming move a picture instead of thousands of shapes. It is redrawn (crisp, culled to the new
  // area) once the view settles outside the drawn area or at a different zoom.
  useEffect(() => {
    const layer = diagram.current
    if (!layer) return
    const visible = visibleRect(view, size.width, size.height)
    const last = drawnArea.current
    const contentChanged = !last || last.scene !== scene || last.theme !== theme
    const stale = contentChanged || !containsRect(last.rect, visible) || Math.abs(Math.log(view.zoom / last.zoom)) > Math.log(1.25)
    if (!stale) return
    const redraw = () => {
      const rect = grow(visibleRect(view, size.width, size.height), 0.5)
      layer.destroyChildren()
      if (scene) {
        const group = new Konva.Group({ listening: false })
        drawSceneToKonvaLayer(Konva, cullScene(scene, rect, view.zoom), group, { theme, background: false })
        layer.add(group)
        const pixelRatio = Math.min(4, view.zoom * (window.devicePixelRatio || 1))
        // Konva caps nothing itself: a bitmap over ~16k px per side fails, so cache only what fits.
        if (rect.width * pixelRatio < 12000 && rect.height * pixelRatio < 12000 && group.getChildren().length > 0) group.cache({ ...rect, pixelRatio })
      }
      layer.batchDraw()
      drawnArea.current = { rect, zoom: view.zoom, scene, theme }
    }
    if (contentChanged) return redraw()
    const timer = window.setTimeout(redraw, 120)
    return () => window.clearTimeout(timer)
  }, [scene, theme, view, size])

  const pointer = (e: Konva.KonvaEventObject<MouseEvent | WheelEvent>) => e.target.getStage()!.getPointerPosition() ?? { x: 0, y: 0 }

  const onWheel = useCallback((e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault()
    const at = pointer(e)
    if (e.evt.ctrlKey || e.evt.metaKey || Math.abs(e.evt.deltaY) >= 50 && e.evt.deltaX === 0) {
      // Mouse wheel and pinch (ctrl+wheel) zoom at the cursor; trackpad two-finger scroll pans.
      setView((v) => zoomAt(v, Math.exp(-e.evt.deltaY * (e.evt.ctrlKey ? 0.01 : 0.002)), at))
    } else setView((v) => ({ ...v, x: v.x - e.evt.deltaX, y: v.y - e.evt.deltaY }))
  }, [])

  const onMouseDown = (e: Konva.KonvaEventObject<MouseEvent>) => {
    if (!scene) return
    const screen = pointer(e)
    const at = toScene(view, screen)
    const hit = hitTest(scene, at)
    const base = { startScreen: screen, startView: view, start: at, moved: false }
    if (e.evt.button === 1 || spaceDown.current) {
      // The middle button would start the browser's autoscroll; space-drag must not press a focused button.
      e.evt.preventDefault()
      gesture.current = { mode: 'pan', ...base }
      setGrab('panning')
      return
    }
    if (e.evt.button !== 0) return
    // A click on the diagram takes the keyboard focus, so arrows and Escape act on the canvas.
    host.current?.focus({ preventScroll: true })
    if (e.evt.shiftKey && !hit) gesture.current = { mode: 'marquee', ...base }
    else if (hit && isMovable(hit.id)) gesture.current = { mode: 'drag', ...base, id: hit.id }
    else gesture.current = { mode: hit ? 'drag' : 'pan', ...base, id: hit?.id }
  }

  const onMouseMove = (e: Konva.KonvaEventObject<MouseEvent>) => {
    const screen = pointer(e)
    const g = gesture.current
    if (!g) {
      setHover(scene ? (hitTest(scene, toScene(view, screen))?.id ?? null) : null)
      return
    }
    const dx = screen.x - g.startScreen.x
    const dy = screen.y - g.startScreen.y
    if (!g.moved && Math.hypot(dx, dy) < 4) return
    g.moved = true
    if (g.mode === 'pan' && grab !== 'panning') setGrab('panning')
    if (g.mode === 'pan') setView({ ...g.startView, x: g.startView.x + dx, y: g.startView.y + dy })
    if (g.mode === 'marquee') {
      const at = toScene(view, screen)
      setMarquee({ x: Math.min(at.x, g.start.x), y: Math.min(at.y, g.start.y), width: Math.abs(at.x - g.start.x), height: Math.abs(at.y - g.start.y) })
    }
    if (g.mode === 'drag' && g.id && isMovable(g.id)) setDrag({ id: g.id, dx: dx / view.zoom, dy: dy / view.zoom })
  }

  const onMouseUp = (e: Konva.KonvaEventObject<MouseEvent>) => {
    const g = gesture.current
    gesture.current = null
    setGrab(spaceDown.current ? 'ready' : null)
    if (!g || !scene) return
    if (g.mode === 'marquee' && marquee) {
      onSelect(elementsInRect(scene, marquee).map((el) => el.id), true)
      setMarquee(null)
      return
    }
    if (g.mode === 'drag' && g.moved && drag) {
      const el = byId.get(drag.id)
      const parent = el?.parentId ? byId.get(el.parentId) : undefined
      if (el) onMove(el.id, { x: el.x + drag.dx - (parent?.x ?? 0), y: el.y + drag.dy - (parent?.y ?? 0) }, true)
      setDrag(null)
      return
    }
    if (!g.moved) {
      const hit = hitTest(scene, toScene(view, pointer(e)))
      onSelect(hit ? [hit.id] : [], e.evt.shiftKey)
    }
  }

  useEffect(() => {
    const typing = (t: EventTarget | null) => t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement
    const down = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || typing(e.target) || document.querySelector('[role="dialog"]')) return
      // Space held for panning must not also press the button that has the focus or scroll the page.
      e.preventDefault()
      if (!spaceDown.current) setGrab((g) => g ?? 'ready')
      spaceDown.current = true
    }
    const up = (e: KeyboardEvent) => {
      if (e.code !== 'Space') return
      if (spaceDown.current && !typing(e.target)) e.preventDefault()
      spaceDown.current = false
      setGrab((g) => (g === 'ready' ? null : g))
    }
    // A gesture released outside the canvas ends there: no stuck pan, marquee or drag.
    const release = () => {
      if (!gesture.current) return
      gesture.current = null
      setMarquee(null)
      setDrag(null)
      setGrab(spaceDown.current ? 'ready' : null)
    }
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    window.addEventListener('mouseup', release)
    return () => { window.removeEventListener('keydown', down); window.removeEventListener('keyup', up); window.removeEventListener('mouseup', release) }
  }, [])

  /** Keyboard navigation with the canvas focused: arrows pan, + / - zoom at the centre, 0 fits, Escape deselects. */
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    const step = e.shiftKey ? 200 : 50
    const centre = { x: size.width / 2, y: size.height / 2 }
    const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }
    if (pan[e.key]) setView((v) => ({ ...v, x: v.x + pan[e.key][0], y: v.y + pan[e.key][1] }))
    else if (e.key === '+' || e.key === '=') setView((v) => zoomAt(v, ZOOM_STEP, centre))
    else if (e.key === '-') setView((v) => zoomAt(v, 1 / ZOOM_STEP, centre))
    else if (e.key === '0' && scene) setView(fitView({ x: 0, y: 0, width: scene.width, height: scene.height }, size.width, size.height))
    else if (e.key === 'Escape' && selection.length) onSelect([], false)
    else return
    e.preventDefault()
  }

  const highlighted = new Set([...(hover ? [hover] : [])])
  const connected = scene && hover ? scene.edges.filter((edge) => edge.source === hover || edge.target === hover) : []
  const pathIds = new Set(path?.ids ?? [])
  const outline = (id: string, colour: string, width: number) => {
    const el = byId.get(id)
    if (!el) return null
    const off = drag?.id === id ? drag : { dx: 0, dy: 0 }
    return <Rect key={`${colour}:${id}`} x={el.x + off.dx - 2} y={el.y + off.dy - 2} width={el.width + 4} height={el.height + 4} stroke={colour} strokeWidth={width / view.zoom} cornerRadius={6} listening={false} />
  }

  // The box being dragged follows the pointer as an outline (the diagram itself is a cached bitmap).
  const dragged = drag ? byId.get(drag.id) : undefined

  return (
    <div
      ref={host}
      className={`canvas${grab ? ` grab-${grab}` : ''}`}
      role="application"
      aria-label="Network diagram"
      aria-roledescription="diagram"
      aria-description="Arrow keys pan, plus and minus zoom, 0 fits the design, Escape clears the selection."
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-zoom={view.zoom.toFixed(3)}
      data-view={`${view.x.toFixed(1)} ${view.y.toFixed(1)}`}
      data-selection={selection.join(' ')}
      data-selection-rects={selection.map((id) => byId.get(id)).filter((el): el is SceneElement => el !== undefined).map((el) => `${el.id}:${[el.x * view.zoom + view.x, el.y * view.zoom + view.y, el.width * view.zoom, el.height * view.zoom].map((n) => n.toFixed(1)).join(',')}`).join(' ')}
      data-hover={hover ?? ''}
      data-highlighted-edges={connected.map((edge) => edge.id).join(' ')}
      data-elements={scene?.elements.length ?? 0}
    >
      {!scene && <div className="canvas-empty">Laying out…</div>}
      {scene && scene.elements.length === 0 && (
        <div className="canvas-empty">
          <strong>An empty design.</strong>
          <br />
          Start with <em>+ Account</em> or <em>+ VPC</em> in the palette; select a VPC to add subnets, gateways and endpoints into it.
        </div>
      )}
      <Stage width={size.width} height={size.height} x={view.x} y={view.y} scaleX={view.zoom} scaleY={view.zoom} onWheel={onWheel} onMouseDown={onMouseDown} onMouseMove={onMouseMove} onMouseUp={onMouseUp} onMouseLeave={() => setHover(null)}>
        <Layer ref={diagram} listening={false} />
        <Layer listening={false}>
          {scene?.edges.filter((edge) => pathIds.has(edge.id)).map((edge) => (
            <Line key={`path:${edge.id}`} points={edge.points.flatMap((p) => [p.x, p.y])} stroke={path?.ok ? '#1d8102' : '#d13212'} strokeWidth={5 / view.zoom} opacity={0.8} />
          ))}
          {connected.map((edge) => <Line key={`hover:${edge.id}`} points={edge.points.flatMap((p) => [p.x, p.y])} stroke="#ff9900" strokeWidth={3 / view.zoom} />)}
          {[...highlighted].map((id) => outline(id, '#ff9900', 1.5))}
          {selection.map((id) => outline(id, '#0972d3', 2.5))}
          {/* The reachability path goes over the selection: the failing hop is often the selected resource. */}
          {[...pathIds].map((id) => outline(id, path?.ok ? '#1d8102' : '#d13212', 3))}
          {dragged && drag && <Rect x={dragged.x + drag.dx} y={dragged.y + drag.dy} width={dragged.width} height={dragged.height} stroke="#0972d3" dash={[6 / view.zoom, 4 / view.zoom]} strokeWidth={1.5 / view.zoom} fill="rgba(9,114,211,0.10)" cornerRadius={4} listening={false} />}
          {marquee && <Rect {...marquee} stroke="#0972d3" dash={[4 / view.zoom, 4 / view.zoom]} strokeWidth={1 / view.zoom} fill="rgba(9,114,211,0.08)" />}
        </Layer>
      </Stage>
      {scene && scene.elements.length > 200 && <Minimap scene={scene} view={view} size={size} onJump={(v) => setView(v)} theme={theme} />}
    </div>
  )
}
