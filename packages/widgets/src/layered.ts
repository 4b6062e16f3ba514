/**
 * A layered drawing in Sugiyama's manner, cut down to what the flow diagram needs: the layers are
 * given, and every link joins items of neighbouring layers (a long edge passes through an item in
 * each layer it crosses). `arrange` orders each layer so that few links cross, then places the
 * items along their layer, each as near the mean of its neighbours as the others let it.
 */

export interface Item {
  id: string;
  layer: number;
  /** Extent along the layer. */
  size: number;
  /** Least space the item keeps on either side from its neighbours in the layer. */
  margin: number;
}

interface Slot {
  item: Item;
  before: Slot[];
  after: Slot[];
  /** Place in its layer, from 0 to 1, while ordering. */
  rank: number;
  /** Mean rank of its neighbours in the layer swept before. */
  barycentre: number;
  centre: number;
}

const sweeps = 8;

/** The centre of each item along its layer, from 0 where the first item starts. */
export function arrange(items: readonly Item[], links: readonly (readonly [string, string])[]): Map<string, number> {
  const slots = new Map(items.map((item) => [item.id, { item, before: [], after: [], rank: 0, barycentre: 0, centre: 0 } as Slot]));
  for (const ends of links) {
    const [from, to] = ends.map((id) => slots.get(id));
    if (!from || !to) continue;
    const [up, down] = from.item.layer < to.item.layer ? [from, to] : [to, from];
    up.after.push(down);
    down.before.push(up);
  }
  const layers: Slot[][] = [];
  for (const slot of slots.values()) (layers[slot.item.layer] ??= []).push(slot);
  const ordered = order(Array.from(layers, (layer) => layer ?? []));
  place(ordered);
  const start = Math.min(...ordered.flat().map((slot) => slot.centre - slot.item.size / 2));
  return new Map([...slots].map(([id, slot]) => [id, slot.centre - start]));
}

const mean = (slots: Slot[], value: (slot: Slot) => number, otherwise: number) =>
  slots.length ? slots.reduce((sum, slot) => sum + value(slot), 0) / slots.length : otherwise;

/**
 * Barycentre sweeps, down and up in turn: an item moves to the mean rank of its neighbours in the
 * layer swept just before; one without any keeps its own. The order with fewest crossings wins.
 */
function order(layers: Slot[][]): Slot[][] {
  const rank = (layer: Slot[]) => layer.forEach((slot, k) => (slot.rank = (k + 0.5) / layer.length));
  layers.forEach(rank);
  let best = layers.map((layer) => [...layer]);
  let fewest = crossings(best);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const down = sweep % 2 === 0;
    for (const layer of down ? layers : [...layers].reverse()) {
      for (const slot of layer) slot.barycentre = mean(down ? slot.before : slot.after, (other) => other.rank, slot.rank);
      layer.sort((a, b) => a.barycentre - b.barycentre);
      rank(layer);
    }
    const count = crossings(layers);
    if (count < fewest) [best, fewest] = [layers.map((layer) => [...layer]), count];
  }
  return best;
}

/** Pairs of links that cross between neighbouring layers: inversions, counted with a Fenwick tree. */
function crossings(layers: Slot[][]): number {
  let count = 0;
  layers.forEach((layer, l) => {
    const next = new Map(layers[l + 1]?.map((slot, k) => [slot, k + 1]));
    const tree = new Int32Array(next.size + 1);
    let seen = 0;
    for (const slot of layer) {
      for (const end of slot.after.map((other) => next.get(other) ?? 1).sort((a, b) => a - b)) {
        let atOrBefore = 0;
        for (let i = end; i > 0; i -= i & -i) atOrBefore += tree[i] ?? 0;
        count += seen++ - atOrBefore;
        for (let i = end; i <= next.size; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
      }
    }
  });
  return count;
}

/**
 * Each sweep moves every item towards the mean of its neighbours on both sides, as far as order
 * and spacing allow. With the spacing taken out ("keeps its distance" becomes "does not go
 * backwards") that is the nearest non-decreasing sequence, which `nonDecreasing` finds.
 */
function place(layers: Slot[][]): void {
  const offsets = layers.map((layer) => {
    let at = 0;
    return layer.map((slot, k) => {
      const previous = layer[k - 1]?.item;
      if (previous) at += previous.size / 2 + previous.margin + slot.item.margin + slot.item.size / 2;
      return (slot.centre = at);
    });
  });
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const sequence = sweep % 2 === 0 ? layers.keys() : [...layers.keys()].reverse();
    for (const l of sequence) {
      const layer = layers[l] ?? [];
      const offset = offsets[l] ?? [];
      const wanted = layer.map((slot, k) => mean([...slot.before, ...slot.after], (other) => other.centre, slot.centre) - (offset[k] ?? 0));
      nonDecreasing(wanted).forEach((value, k) => {
        const slot = layer[k];
        if (slot) slot.centre = value + (offset[k] ?? 0);
      });
    }
  }
}

/** The non-decreasing sequence nearest to `values` in least squares (pool adjacent violators). */
export function nonDecreasing(values: readonly number[]): number[] {
  const blocks: { sum: number; count: number }[] = [];
  for (const value of values) {
    let block = { sum: value, count: 1 };
    for (let last = blocks.at(-1); last && last.sum / last.count >= block.sum / block.count; last = blocks.at(-1)) {
      blocks.pop();
      block = { sum: last.sum + block.sum, count: last.count + block.count };
    }
    blocks.push(block);
  }
  return blocks.flatMap((block) => Array.from({ length: block.count }, () => block.sum / block.count));
}
