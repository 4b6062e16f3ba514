import { Graph, layout } from "@dagrejs/dagre";
import type { DiagramEdge, DiagramGraph, DiagramNode } from "./flow-graph.ts";

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

/**
 * Left-to-right layers by dagre. Ranks are the columns (dagre accepts a ranker function), so a
 * system that receives nothing still stands among the systems; dagre doubles ranks for labels.
 */
export function place(graph: DiagramGraph, flowsView: boolean): Placed {
  const g = new Graph({ multigraph: true });
  const columns = new Map(graph.nodes.map((node) => [node.id, node.column]));
  const ranker = (ranked: typeof g) => {
    for (const id of ranked.nodes()) ranked.node(id).rank = 2 * (columns.get(id) ?? 0);
  };
  g.setGraph({ rankdir: "LR", nodesep: 8, edgesep: 6, ranksep: 40, marginx: 12, marginy: headingHeight + 4 });
  Object.assign(g.graph(), { ranker });
  g.setDefaultEdgeLabel(() => ({}));
  // One width per column, so that columns line up on both sides.
  const widths = new Map<number, number>();
  for (const node of graph.nodes) {
    widths.set(node.column, Math.max(widths.get(node.column) ?? 96, measure(node.label, nodeFont) + 28));
  }
  for (const node of graph.nodes) g.setNode(node.id, { width: widths.get(node.column) ?? 96, height: nodeHeight });
  const lines = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const text = edgeLines(edge, flowsView);
    lines.set(edge.id, text);
    const width = measure(text.join("  "), labelFont) + 10;
    // dagre needs every edge to run forwards under fixed ranks: a flow back to an earlier column
    // (a vendor returning data to a system) is laid out reversed and drawn the right way round.
    const span = (columns.get(edge.to) ?? 1) - (columns.get(edge.from) ?? 0);
    const [v, w] = span < 0 ? [edge.to, edge.from] : [edge.from, edge.to];
    const label = { width: text.length ? width : 0, height: text.length ? lineHeight : 0, labelpos: "c" as const };
    if (span !== 0) g.setEdge(v, w, { ...label, minlen: Math.abs(span) }, edge.id);
  }
  layout(g);
  const nodes = graph.nodes.map((node): PlacedNode => {
    const { x = 0, y = 0, width, height } = g.node(node.id);
    return { ...node, x: x - width / 2, y: y - height / 2, width, height };
  });
  const edges = graph.edges.map((edge): PlacedEdge => {
    const from = g.node(edge.from);
    const to = g.node(edge.to);
    const backwards = (to.x ?? 0) < (from.x ?? 0);
    const placed = g.edge(backwards ? { v: edge.to, w: edge.from, name: edge.id } : { v: edge.from, w: edge.to, name: edge.id }) ?? {};
    const route = (placed.points ?? []).slice(1, -1);
    // Leave from the side facing the target and arrive at the side facing the source.
    const side = backwards ? -1 : 1;
    const points = [
      { x: (from.x ?? 0) + (side * from.width) / 2, y: from.y ?? 0 },
      ...(backwards ? route.reverse() : route),
      { x: (to.x ?? 0) - (side * to.width) / 2, y: to.y ?? 0 },
    ];
    const text = lines.get(edge.id) ?? [];
    const { x = 0, y = 0, width = 0, height = 0 } = placed;
    return {
      ...edge,
      points,
      lines: text,
      ...(text.length && placed.x !== undefined ? { label: { x: x - width / 2, y: y - height / 2, width, height } } : {}),
    };
  });
  const { width = 0, height = 0 } = g.graph();
  const present = [...new Set(nodes.map((node) => node.column))].sort((a, b) => a - b);
  const headings = present.map((column) => {
    const text = graph.columns[column] ?? "";
    const xs = nodes.filter((node) => node.column === column).map((node) => node.x + node.width / 2);
    const half = measure(text, headingFont) / 2 + 4;
    const x = xs.reduce((sum, value) => sum + value, 0) / xs.length;
    return { text, x: Math.min(Math.max(x, half), width - half) };
  });
  return { width, height, nodes, edges, headings };
}
