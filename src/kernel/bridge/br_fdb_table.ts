// The bridge's FDB table: a Map by macKey() (a 48-bit number) that remembers
// its last two hits. A frame through a bridge looks up two addresses (the
// source it learns, the destination it forwards to), and a conversation
// between two hosts asks for the same two keys again and again; a 48-bit key
// is a heap number to the Map, hashed on every get. Not in Linux (its
// rhashtable lookup is cheap enough); exact: every change of the table goes
// through set/delete/clear below, which drop or update a remembered entry,
// and entries are the Map's own objects (changed in place, seen the same).

import type { FdbEntry } from "./br_private.js";

let fdbHitCache = true;
/** Off only for the differential test (test/bridge/fdb-table.test.ts). */
export function setFdbHitCache(on: boolean): void {
  fdbHitCache = on;
}

export class FdbTable extends Map<number, FdbEntry> {
  private k0 = -1;
  private v0: FdbEntry | undefined = undefined;
  private k1 = -1;
  private v1: FdbEntry | undefined = undefined;
  /** Which slot the next miss fills (the one not hit last). */
  private next = 0;

  override get(key: number): FdbEntry | undefined {
    if (key === this.k0) {
      this.next = 1;
      return this.v0;
    }
    if (key === this.k1) {
      this.next = 0;
      return this.v1;
    }
    const v = super.get(key);
    if (v !== undefined && fdbHitCache) {
      if (this.next === 0) {
        this.k0 = key;
        this.v0 = v;
        this.next = 1;
      } else {
        this.k1 = key;
        this.v1 = v;
        this.next = 0;
      }
    }
    return v;
  }

  override set(key: number, value: FdbEntry): this {
    super.set(key, value);
    if (key === this.k0) this.v0 = value;
    if (key === this.k1) this.v1 = value;
    return this;
  }

  override delete(key: number): boolean {
    if (key === this.k0) this.forget(0);
    if (key === this.k1) this.forget(1);
    return super.delete(key);
  }

  override clear(): void {
    this.forget(0);
    this.forget(1);
    super.clear();
  }

  private forget(slot: 0 | 1): void {
    if (slot === 0) {
      this.k0 = -1;
      this.v0 = undefined;
    } else {
      this.k1 = -1;
      this.v1 = undefined;
    }
  }
}
