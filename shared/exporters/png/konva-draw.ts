import type { Rect, Scene } from '../../layout/scene'
import { FONT_FAMILY } from '../../layout/style'
import { type PaintOptions, paintScene } from '../diagram/scene-paint'
import { type Canvas2DLike, CanvasPainter } from './canvas-painter'

/*
 * shared/ may not import Konva (layering), so the caller hands in its Konva namespace: the renderer
 * its browser Konva, the CLI the Konva it pointed at @napi-rs/canvas. Konva's own Shape
 * constructor accepts the config below.
 */

interface ShapeConfig {
  listening: boolean
  perfectDrawEnabled: boolean
  sceneFunc: (context: Canvas2DLike) => void
}

/** The part of the `konva` module this drawer uses; pass `Konva` itself. */
export interface KonvaShapes<N> {
  readonly Shape: new (config: ShapeConfig) => NoInfer<N>
}

/** A Konva Layer or Group. */
export interface KonvaContainer<N> {
  add(...children: N[]): unknown
}

export interface KonvaDrawOptions extends PaintOptions {
  /** CSS font-family for labels; the CLI passes its bundled font so output is identical everywhere. */
  readonly fontFamily?: string
  /** Paint the theme background under the diagram (false leaves it transparent). Default true. */
  readonly background?: boolean
}

export interface KonvaDiagram<N> {
  readonly shape: N
  /** The region the export should show (scene units): the whole diagram or the selection. */
  readonly bounds: Rect
  /**
   * Limits drawing to what touches `region` (scene units), e.g. the tile being rasterised or the
   * part of the diagram on screen; null draws everything.
   */
  setVisibleRegion(region: Rect | null): void
}

/**
 * Adds the Scene to `layer` as one non-listening Konva shape that replays the diagram's paint
 * operations on Konva's context. One shape instead of tens of thousands keeps a 500-VPC diagram
 * cheap to build and to redraw; interactive shapes (selection, hit areas) go on top of it.
 */
export function drawSceneToKonvaLayer<N>(konva: KonvaShapes<N>, scene: Scene, layer: KonvaContainer<N>, options: KonvaDrawOptions = {}): KonvaDiagram<N> {
  const paint = paintScene(scene, options)
  const ops =
    options.background === false
      ? paint.ops
      : [{ op: 'rect' as const, ...paint.bounds, fill: paint.background, stroke: null, strokeWidth: 0, dash: [], cornerRadius: 0 }, ...paint.ops]
  const painter = new CanvasPainter(ops, options.fontFamily ?? FONT_FAMILY)
  let visible: Rect | null = null
  const shape = new konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (context) => painter.paint(context, visible) })
  layer.add(shape)
  return {
    shape,
    bounds: paint.bounds,
    setVisibleRegion(region) {
      visible = region
    },
  }
}
