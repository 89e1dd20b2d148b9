import type { Rect } from '../../layout/scene'

export const pageSizes = ['A4', 'A3', 'Letter', 'fit'] as const
export type PageSize = (typeof pageSizes)[number]
export type Orientation = 'portrait' | 'landscape'

/** Portrait page sizes in PDF points (1/72 in). */
export const PAGE_POINTS: Readonly<Record<Exclude<PageSize, 'fit'>, readonly [number, number]>> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  Letter: [612, 792],
}

export const MARGIN = 28
export const TITLE_BLOCK_HEIGHT = 34
/** Scene units are CSS pixels (96 per inch): 0.75 pt each prints the diagram at its on-screen size. */
export const NATURAL_SCALE = 0.75
/**
 * Tiles print at 80% of screen size: the smallest label (10 px) becomes 6 pt, still easy to read,
 * and a design needs about two thirds of the pages it would at full size.
 */
export const TILE_SCALE = 0.6
/**
 * Without --fit, a diagram goes on one page only if that keeps box labels (11 px) at 5 pt and edge
 * labels (10 px) at 4.5 pt or more: small print, still legible on paper.
 */
export const MIN_SINGLE_PAGE_SCALE = 0.45
/** A single-page diagram may be enlarged up to this to fill the page. */
export const MAX_FIT_SCALE = 1.5
/**
 * More tiles than this is no longer a document anyone assembles or reads; such a design goes on
 * one page scaled to fit, with a note pointing at --page fit and --select.
 */
export const MAX_TILE_PAGES = 200
/** Scene units repeated at the edges of neighbouring tiles. */
export const TILE_OVERLAP = 48
/** PDF readers (Acrobat's limit) refuse pages above 200 inches a side. */
export const MAX_PAGE_SIDE = 14400
/** A "fit" page is never narrower than this, so the title block fits. */
const MIN_FIT_PAGE_WIDTH = 480

/** Where a window of the diagram (scene units) goes on a page. */
export interface DiagramPage {
  readonly kind: 'single' | 'overview' | 'tile'
  readonly window: Rect
  /** Points per scene unit. */
  readonly scale: number
  /** Page position (pt) of the window's top-left corner. */
  readonly originX: number
  readonly originY: number
  readonly row?: number
  readonly column?: number
}

export interface PdfPagePlan {
  readonly pageWidth: number
  readonly pageHeight: number
  readonly orientation: Orientation
  readonly pages: readonly DiagramPage[]
  readonly rows: number
  readonly columns: number
  /** Set when the diagram had to be shrunk below its natural size to fit the PDF limits. */
  readonly note?: string
}

export interface PagePlanOptions {
  readonly page?: PageSize
  /** Default: landscape when the diagram is wider than tall. Ignored for `fit`. */
  readonly orientation?: Orientation
  /** Scale the whole diagram onto one page instead of tiling it. */
  readonly fitToPage?: boolean
}

/** The drawable area of a page: inside the margins, above the title block. */
export function diagramArea(pageWidth: number, pageHeight: number): Rect {
  return { x: MARGIN, y: MARGIN, width: pageWidth - 2 * MARGIN, height: pageHeight - 2 * MARGIN - TITLE_BLOCK_HEIGHT }
}

/**
 * Lays the diagram `bounds` out on pages: one page when it stays readable scaled to the page (or
 * when asked to fit); otherwise an overview page of the whole diagram followed by tiles at
 * TILE_SCALE, row by row, leaving out tiles `isBlank` says show nothing. A `fit` page size makes one page exactly the size of the diagram.
 */
export function planPages(bounds: Rect, options: PagePlanOptions = {}, isBlank: (window: Rect) => boolean = () => false): PdfPagePlan {
  const page = options.page ?? 'A4'
  if (page === 'fit') return fitPage(bounds)
  const orientation = options.orientation ?? (bounds.width >= bounds.height ? 'landscape' : 'portrait')
  const [short, long] = PAGE_POINTS[page]
  const [pageWidth, pageHeight] = orientation === 'landscape' ? [long, short] : [short, long]
  const area = diagramArea(pageWidth, pageHeight)
  const fitScale = Math.min(area.width / bounds.width, area.height / bounds.height, MAX_FIT_SCALE)
  const single = (kind: DiagramPage['kind']) => centred(bounds, area, fitScale, kind)
  if (options.fitToPage || fitScale >= MIN_SINGLE_PAGE_SCALE) return { pageWidth, pageHeight, orientation, rows: 1, columns: 1, pages: [single('single')] }
  const across = split(bounds.width, area.width / TILE_SCALE)
  const down = split(bounds.height, area.height / TILE_SCALE)
  const rows = down.count
  const columns = across.count
  if (rows * columns > MAX_TILE_PAGES) {
    const note = `the diagram would need ${rows * columns} ${page} pages at a readable size (limit ${MAX_TILE_PAGES}); drawn on one page instead. Use --page fit for one large page, or --select to print part of the design`
    return { pageWidth, pageHeight, orientation, rows: 1, columns: 1, pages: [single('single')], note }
  }
  const tiles: DiagramPage[] = []
  for (let row = 0; row < down.count; row++) {
    for (let column = 0; column < across.count; column++) {
      const window = { x: bounds.x + column * across.step, y: bounds.y + row * down.step, width: across.size, height: down.size }
      // A tile showing nothing (empty paper, or only the inside of a box) is not printed.
      if (isBlank(window)) continue
      tiles.push({ kind: 'tile', window, scale: TILE_SCALE, originX: area.x, originY: area.y, row, column })
    }
  }
  return { pageWidth, pageHeight, orientation, rows, columns, pages: [single('overview'), ...tiles] }
}

/**
 * Cuts `length` into the fewest equal tiles of at most `max`, neighbours overlapping by
 * TILE_OVERLAP so a label cut at one tile's edge is whole on the next.
 */
function split(length: number, max: number): { count: number; size: number; step: number } {
  if (length <= max) return { count: 1, size: length, step: length }
  const count = Math.ceil((length - TILE_OVERLAP) / (max - TILE_OVERLAP))
  const size = (length + (count - 1) * TILE_OVERLAP) / count
  return { count, size, step: size - TILE_OVERLAP }
}

function centred(bounds: Rect, area: Rect, scale: number, kind: DiagramPage['kind']): DiagramPage {
  return {
    kind,
    window: bounds,
    scale,
    originX: area.x + (area.width - bounds.width * scale) / 2,
    originY: area.y + (area.height - bounds.height * scale) / 2,
  }
}

function fitPage(bounds: Rect): PdfPagePlan {
  const scale = Math.min(NATURAL_SCALE, (MAX_PAGE_SIDE - 2 * MARGIN) / bounds.width, (MAX_PAGE_SIDE - 2 * MARGIN - TITLE_BLOCK_HEIGHT) / bounds.height)
  // min(): floating-point rounding must not push a capped side a hair over the limit.
  const pageWidth = Math.min(MAX_PAGE_SIDE, Math.max(MIN_FIT_PAGE_WIDTH, bounds.width * scale + 2 * MARGIN))
  const pageHeight = Math.min(MAX_PAGE_SIDE, bounds.height * scale + 2 * MARGIN + TITLE_BLOCK_HEIGHT)
  const area = diagramArea(pageWidth, pageHeight)
  const note =
    scale < NATURAL_SCALE
      ? `the diagram is ${Math.round(bounds.width * NATURAL_SCALE)}×${Math.round(bounds.height * NATURAL_SCALE)} pt at natural size, above the PDF page limit of ${MAX_PAGE_SIDE} pt; drawn at ${((scale / NATURAL_SCALE) * 100).toFixed(0)}% on one page`
      : undefined
  return {
    pageWidth,
    pageHeight,
    orientation: pageWidth > pageHeight ? 'landscape' : 'portrait',
    rows: 1,
    columns: 1,
    pages: [centred(bounds, area, scale, 'single')],
    ...(note ? { note } : {}),
  }
}
