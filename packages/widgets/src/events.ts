/** The public map was loaded (or re-loaded) and rendered. */
export class DatamapLoadEvent extends Event {
  static readonly type = "datamap-load";
  constructor(readonly release: number | null) {
    super(DatamapLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** The public map could not be loaded; the element shows a message instead. */
export class DatamapErrorEvent extends Event {
  static readonly type = "datamap-error";
  constructor(readonly message: string) {
    super(DatamapErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** A node of the flow diagram was opened (`node` is its slug) or the details were closed (`null`). */
export class DatamapSelectEvent extends Event {
  static readonly type = "datamap-select";
  constructor(readonly node: string | null) {
    super(DatamapSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "datamap-load": DatamapLoadEvent;
    "datamap-error": DatamapErrorEvent;
    "datamap-select": DatamapSelectEvent;
  }
}
