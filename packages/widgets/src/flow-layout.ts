import type { DiagramEdge, DiagramGraph, DiagramNode } from "./flow-graph.ts";
import { arrange, type Item } from "./layered.ts";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends DiagramNode, Box {}

export interface PlacedEdge extends DiagramEdge {
  points: { x: number; y: number }[];
  /** Label lines: the data categories, then the transfer if there is one. */
  lines: string[];
  label?: Box;
}

export interface Placed {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** The name of each column present, centred over it and kept inside the drawing. */
  headings: { text: string; x: number }[];
}

export const nodeFont = "600 13px system-ui, sans-serif";
export const labelFont = "11px system-ui, sans-serif";
export const headingFont = "700 12px system-ui, sans-serif";
export const nodeHeight = 26;
export const lineHeight = 14;
export const headingHeight = 28;

let canvas: CanvasRenderingContext2D | null | undefined;
function measure(text: string, font: string): number {
  canvas ??= document.createElement("canvas").getContext("2d");
  if (!canvas) return text.length * 7;
  canvas.font = font;
  return Math.ceil(canvas.measureText(text).width);
}

/**
 * One line: at most two category names, then the transfer (the details and the flow list give
 * all). In the categories view an edge ends at its country, so it names only the safeguard.
 */
export function edgeLines(edge: DiagramEdge, flowsView: boolean): string[] {
  const lines: string[] = [];
  if (flowsView && edge.categories.length) {
    const more = edge.categories.length - 2;
    lines.push(edge.categories.slice(0, 2).join(", ") + (more > 0 ? ` +${more}` : ""));
  }
  if (edge.transfer) lines.push(`⚠ ${flowsView ? `${edge.transfer.countries.join(", ")}: ` : ""}${edge.transfer.short}`);
  return lines;
}

/** Space between the nodes of a column, between edges (and labels) passing a layer, and between layers. */
const nodeGap = 8;
const edgeGap = 6;
const layerGap = 20;
const margin = { x: 12, y: headingHeight + 4 };

type Sized = Item & { width: number };

interface Route {
  /** The items an edge passes through, from the earlier column to the later. */
  via: string[];
  label?: string;
  lines: string[];
}

/**
 * Column c is layer 2c; an edge from column a to column b passes through an item in each layer
 * between, its label the one in the middle, so that labels have layers of their own between the
 * columns. A flow back to an earlier column is laid out forwards; one within a column gets no item.
 */
function layers(graph: DiagramGraph, flowsView: boolean) {
  const columns = new Map(graph.nodes.map((node) => [node.id, node.column]));
  // One width per column, so that columns line up on both sides.
  const widths = new Map<number, number>();
  for (const node of graph.nodes) {
    widths.set(node.column, Math.max(widths.get(node.column) ?? 96, measure(node.label, nodeFont) + 28));
  }
  const items = graph.nodes.map(
    (node): Sized => ({ id: node.id, layer: 2 * node.column, size: nodeHeight, margin: nodeGap / 2, width: widths.get(node.column) ?? 96 }),
  );
  const links: [string, string][] = [];
  const routes = new Map<string, Route>();
  for (const edge of graph.edges) {
    const route: Route = { via: [], lines: edgeLines(edge, flowsView) };
    routes.set(edge.id, route);
    const [from, to] = [columns.get(edge.from) ?? 0, columns.get(edge.to) ?? 0];
    const [a, b] = from < to ? [from, to] : [to, from];
    for (let layer = 2 * a + 1; layer < 2 * b; layer++) {
      const id = `${edge.id}\n${layer}`;
      const label = layer === a + b && route.lines.length > 0;
      const width = label ? measure(route.lines.join("  "), labelFont) + 10 : 0;
      items.push({ id, layer, size: label ? lineHeight : 0, margin: edgeGap / 2, width });
      if (label) route.label = id;
      route.via.push(id);
    }
    const chain = from < to ? [edge.from, ...route.via, edge.to] : [edge.to, ...route.via, edge.from];
    if (a !== b) chain.slice(1).forEach((id, k) => links.push([chain[k] ?? id, id]));
  }
  return { items, links, routes };
}

/** Each item's box: its layer's centre across, `arrange`'s centre along. */
function boxes(items: Sized[], centres: Map<string, number>) {
  const widths: number[] = [];
  for (const item of items) widths[item.layer] = Math.max(widths[item.layer] ?? 0, item.width);
  const across: number[] = [];
  let right = margin.x - layerGap;
  for (const [layer, width = 0] of widths.entries()) {
    across[layer] = right + layerGap + width / 2;
    right += layerGap + width;
  }
  const placed = new Map<string, Box>();
  for (const item of items) {
    const x = (across[item.layer] ?? 0) - item.width / 2;
    const y = (centres.get(item.id) ?? 0) - item.size / 2 + margin.y;
    placed.set(item.id, { x, y, width: item.width, height: item.size });
  }
  const bottom = Math.max(0, ...[...placed.values()].map((box) => box.y + box.height));
  return { placed, width: right + margin.x, height: bottom + margin.y };
}

const none: Box = { x: 0, y: 0, width: 0, height: 0 };
const middle = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Left to right in layers (see `layers`), with column headings centred over their nodes. */
export function place(graph: DiagramGraph, flowsView: boolean): Placed {
  const { items, links, routes } = layers(graph, flowsView);
  const { placed, width, height } = boxes(items, arrange(items, links));
  const box = (id: string) => placed.get(id) ?? none;
  const nodes = graph.nodes.map((node): PlacedNode => ({ ...node, ...box(node.id) }));
  const edges = graph.edges.map((edge): PlacedEdge => {
    const { via = [], label, lines = [] } = routes.get(edge.id) ?? {};
    const [from, to] = [box(edge.from), box(edge.to)];
    const backwards = to.x < from.x;
    const route = via.map((id) => middle(box(id)));
    // Leave from the side facing the target and arrive at the side facing the source.
    const points = [
      { x: backwards ? from.x : from.x + from.width, y: middle(from).y },
      ...(backwards ? route.reverse() : route),
      { x: backwards ? to.x + to.width : to.x, y: middle(to).y },
    ];
    return { ...edge, points, lines, ...(label ? { label: box(label) } : {}) };
  });
  const columns = [...new Set(nodes.map((node) => node.column))].sort((a, b) => a - b);
  const headings = columns.map((column) => {
    const text = graph.columns[column] ?? "";
    const half = measure(text, headingFont) / 2 + 4;
    const { x = 0 } = middle(nodes.find((node) => node.column === column) ?? none);
    return { text, x: Math.min(Math.max(x, half), width - half) };
  });
  return { width, height, nodes, edges, headings };
}
