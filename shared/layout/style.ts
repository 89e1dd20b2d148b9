/**
 * The one style table of Netdraft diagrams. The Konva canvas, the PNG exporter and the PDF exporter
 * all read it, and layout measures text with the same metrics, so a label that fits on screen fits
 * on paper. Colours follow the AWS Architecture Icons group conventions (account pink, Region
 * dashed blue, VPC green, public subnet green, private subnet blue, AZ dashed) and the category
 * colours of the service icons (networking purple, compute orange).
 */

export type Theme = 'light' | 'dark' | 'print'
export const themes: readonly Theme[] = ['light', 'dark', 'print']

/** Box styles, one per kind of drawn box (subnets split by whether they route to an internet gateway). */
export const styleKeys = [
  'root',
  'account',
  'region',
  'vpc',
  'az',
  'subnetPublic',
  'subnetPrivate',
  'internet',
  'onPremNetwork',
  'internetGateway',
  'egressOnlyInternetGateway',
  'natGateway',
  'vpnGateway',
  'customerGateway',
  'dxGateway',
  'transitGateway',
  'tgwRouteTable',
  'gatewayEndpoint',
  'interfaceEndpoint',
  'loadBalancer',
  'endpointService',
  'workload',
] as const
export type StyleKey = (typeof styleKeys)[number]

export const edgeStyleKeys = [
  'peering',
  'peeringPending',
  'tgwAttachment',
  'tgwPeering',
  'tgwRouteTable',
  'vpn',
  'dx',
  'dxAssociation',
  'onPremLink',
  'internet',
  'privatelink',
  'route',
] as const
export type EdgeStyleKey = (typeof edgeStyleKeys)[number]

/** Where a box's label lines go. */
export type LabelPlacement =
  /** A band along the top edge, left-aligned after the icon (containers). */
  | 'top'
  /** Centred inside the box, after the icon (small nodes). */
  | 'center'

export interface BoxStyle {
  readonly fill: string
  readonly stroke: string
  readonly strokeWidth: number
  /** Dash pattern in scene units; empty for solid. */
  readonly dash: readonly number[]
  readonly cornerRadius: number
  readonly text: string
  readonly fontSize: number
  /** Only the first label line is bold when true. */
  readonly bold: boolean
  readonly labelPlacement: LabelPlacement
  /** Icon glyph (short text such as `IGW`) drawn white on `iconFill`; empty for none. */
  readonly icon: string
  readonly iconFill: string
}

export interface EdgeStyle {
  readonly stroke: string
  readonly strokeWidth: number
  readonly dash: readonly number[]
  readonly text: string
  readonly fontSize: number
  /** Arrow heads: `end` points at the target. */
  readonly arrow: 'none' | 'end'
}

export interface SeverityStyle {
  readonly fill: string
  readonly text: string
  /** One-character badge text. */
  readonly glyph: string
}

// ─── Text metrics ────────────────────────────────────────────────────────────────────────────────
// A deterministic estimate instead of real font metrics: layout runs in a worker and in Node
// without fonts, and renderers must agree with it. 0.6 em per character over-estimates Helvetica /
// Arial (≈0.5–0.56 em for typical labels), so text measured here never overflows when drawn.

export const FONT_FAMILY = 'Helvetica, Arial, sans-serif'
export const CHAR_WIDTH_EM = 0.6
export const LINE_HEIGHT_EM = 1.3

export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH_EM)
}

export function textHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT_EM)
}

/** Padding inside a box around its label and children; icon square side and badge diameter. */
export const PADDING = 8
export const ICON_SIZE = 22
export const BADGE_SIZE = 14

// ─── Palettes ────────────────────────────────────────────────────────────────────────────────────

interface Palette {
  readonly background: string
  readonly text: string
  readonly mutedText: string
  readonly account: string
  readonly region: string
  readonly vpc: string
  readonly az: string
  readonly publicStroke: string
  readonly publicFill: string
  readonly privateStroke: string
  readonly privateFill: string
  readonly nodeFill: string
  readonly networking: string
  readonly compute: string
  readonly onPrem: string
  readonly internet: string
  readonly edge: string
}

const palettes: Record<Theme, Palette> = {
  light: {
    background: '#FFFFFF',
    text: '#232F3E',
    mutedText: '#545B64',
    account: '#CD2264',
    region: '#147EBA',
    vpc: '#248814',
    az: '#147EBA',
    publicStroke: '#248814',
    publicFill: '#E9F3E6',
    privateStroke: '#147EBA',
    privateFill: '#E6F2F8',
    nodeFill: '#FFFFFF',
    networking: '#8C4FFF',
    compute: '#ED7100',
    onPrem: '#7D8998',
    internet: '#232F3E',
    edge: '#545B64',
  },
  dark: {
    background: '#1B1F24',
    text: '#E6EDF3',
    mutedText: '#AAB4BF',
    account: '#F0609E',
    region: '#5AB0E8',
    vpc: '#6CC04A',
    az: '#5AB0E8',
    publicStroke: '#6CC04A',
    publicFill: '#1F3320',
    privateStroke: '#5AB0E8',
    privateFill: '#172B3A',
    nodeFill: '#262C33',
    networking: '#A77BFF',
    compute: '#FF9A3D',
    onPrem: '#AAB4BF',
    internet: '#E6EDF3',
    edge: '#AAB4BF',
  },
  // Print: white paper, no fills that waste toner or vanish in greyscale; strokes carry the meaning.
  print: {
    background: '#FFFFFF',
    text: '#000000',
    mutedText: '#333333',
    account: '#8A1538',
    region: '#0B4F7A',
    vpc: '#1B6610',
    az: '#0B4F7A',
    publicStroke: '#1B6610',
    publicFill: '#FFFFFF',
    privateStroke: '#0B4F7A',
    privateFill: '#FFFFFF',
    nodeFill: '#FFFFFF',
    networking: '#5A2DB8',
    compute: '#A84F00',
    onPrem: '#4D4D4D',
    internet: '#000000',
    edge: '#333333',
  },
}

function container(p: Palette, stroke: string, fill: string, dash: readonly number[], fontSize: number, icon = ''): BoxStyle {
  return { fill, stroke, strokeWidth: 1.5, dash, cornerRadius: 0, text: p.text, fontSize, bold: true, labelPlacement: 'top', icon, iconFill: stroke }
}

function node(p: Palette, iconFill: string, icon: string): BoxStyle {
  return { fill: p.nodeFill, stroke: iconFill, strokeWidth: 1, dash: [], cornerRadius: 4, text: p.text, fontSize: 11, bold: false, labelPlacement: 'center', icon, iconFill }
}

function boxStylesFor(p: Palette): Record<StyleKey, BoxStyle> {
  return {
    root: container(p, p.background, p.background, [], 14),
    account: container(p, p.account, 'transparent', [], 14, 'ACC'),
    region: container(p, p.region, 'transparent', [6, 4], 13, 'REG'),
    vpc: container(p, p.vpc, 'transparent', [], 13, 'VPC'),
    az: container(p, p.az, 'transparent', [4, 4], 11),
    subnetPublic: { ...container(p, p.publicStroke, p.publicFill, [], 11, 'PUB'), strokeWidth: 1 },
    subnetPrivate: { ...container(p, p.privateStroke, p.privateFill, [], 11, 'PRV'), strokeWidth: 1 },
    internet: { ...node(p, p.internet, 'WWW'), fontSize: 12 },
    onPremNetwork: { ...container(p, p.onPrem, 'transparent', [2, 3], 12, 'DC'), cornerRadius: 6 },
    internetGateway: node(p, p.networking, 'IGW'),
    egressOnlyInternetGateway: node(p, p.networking, 'EIGW'),
    natGateway: node(p, p.networking, 'NAT'),
    vpnGateway: node(p, p.networking, 'VGW'),
    customerGateway: node(p, p.onPrem, 'CGW'),
    dxGateway: node(p, p.networking, 'DX'),
    transitGateway: { ...node(p, p.networking, 'TGW'), fontSize: 12 },
    tgwRouteTable: node(p, p.networking, 'RT'),
    gatewayEndpoint: node(p, p.networking, 'GWE'),
    interfaceEndpoint: node(p, p.networking, 'VPCE'),
    loadBalancer: node(p, p.networking, 'LB'),
    endpointService: node(p, p.networking, 'SVC'),
    workload: node(p, p.compute, 'EC2'),
  }
}

function edgeStylesFor(p: Palette): Record<EdgeStyleKey, EdgeStyle> {
  const edge = (stroke: string, dash: readonly number[], strokeWidth = 1.5, arrow: EdgeStyle['arrow'] = 'none'): EdgeStyle => ({
    stroke,
    strokeWidth,
    dash,
    text: p.mutedText,
    fontSize: 10,
    arrow,
  })
  return {
    peering: edge(p.vpc, [], 2),
    peeringPending: edge(p.vpc, [6, 4], 2),
    tgwAttachment: edge(p.networking, [], 2),
    tgwPeering: edge(p.networking, [8, 4], 2.5),
    tgwRouteTable: edge(p.networking, [2, 3], 1),
    vpn: edge(p.onPrem, [6, 3], 2),
    dx: edge(p.account, [], 2.5),
    dxAssociation: edge(p.account, [4, 3], 1.5),
    onPremLink: edge(p.onPrem, [2, 3], 1),
    internet: edge(p.internet, [], 1.5),
    privatelink: edge(p.compute, [5, 3], 1.5, 'end'),
    route: edge(p.edge, [3, 3], 1, 'end'),
  }
}

function severityStylesFor(): Record<'error' | 'warning' | 'info', SeverityStyle> {
  return {
    error: { fill: '#D13212', text: '#FFFFFF', glyph: '!' },
    warning: { fill: '#F89256', text: '#000000', glyph: '!' },
    info: { fill: '#0073BB', text: '#FFFFFF', glyph: 'i' },
  }
}

export interface ThemeStyles {
  readonly background: string
  readonly boxes: Readonly<Record<StyleKey, BoxStyle>>
  readonly edges: Readonly<Record<EdgeStyleKey, EdgeStyle>>
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', SeverityStyle>>
}

export const styles: Readonly<Record<Theme, ThemeStyles>> = {
  light: { background: palettes.light.background, boxes: boxStylesFor(palettes.light), edges: edgeStylesFor(palettes.light), severity: severityStylesFor() },
  dark: { background: palettes.dark.background, boxes: boxStylesFor(palettes.dark), edges: edgeStylesFor(palettes.dark), severity: severityStylesFor() },
  print: { background: palettes.print.background, boxes: boxStylesFor(palettes.print), edges: edgeStylesFor(palettes.print), severity: severityStylesFor() },
}

export function boxStyle(key: StyleKey, theme: Theme = 'light'): BoxStyle {
  return styles[theme].boxes[key]
}

export function edgeStyle(key: EdgeStyleKey, theme: Theme = 'light'): EdgeStyle {
  return styles[theme].edges[key]
}
