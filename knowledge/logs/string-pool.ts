// Interned strings: every distinct value is kept once and known by a small number, so 100,000 events
// that name the same address share one string, and detectors can key maps on numbers.
export class StringPool {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  /** The id of `value`, adding it when new. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when it was never added. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get(id: number): string {
    return this.strings[id];
  }

  get size(): number {
    return this.strings.length;
  }
}

/**
 * A pool for one column that remembers the last value: logs repeat the same protocol, interface or
 * rule line after line, and an equality test is cheaper than a map lookup.
 */
export class ColumnInterner {
  private last: string | undefined;
  private lastId = -1;

  constructor(private readonly pool: StringPool) {}

  idOf(value: string | undefined): number {
    if (value === undefined) return -1;
    if (value === this.last) return this.lastId;
    this.last = value;
    this.lastId = this.pool.idOf(value);
    return this.lastId;
  }
}
