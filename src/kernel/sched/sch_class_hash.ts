// struct Qdisc_class_hash (sch_api.c qdisc_class_hash_*): a classful qdisc's
// classes in buckets of hash(classid) & mask, each bucket newest first,
// doubled (and rehashed bucket by bucket, each moved entry to the head of
// its new bucket) once more than 3/4 full. Walks, and so `tc class show`,
// list classes in this order.

interface Entry {
  classid: number;
}

export class ClassHash<T extends Entry> {
  private buckets: T[][] = [[], [], [], []];
  private elems = 0;

  private static hash(id: number, mask: number): number {
    id ^= id >>> 8;
    id ^= id >>> 4;
    return id & mask;
  }

  find(classid: number): T | undefined {
    const b = this.buckets[ClassHash.hash(classid, this.buckets.length - 1)]!;
    return b.find((c) => c.classid === classid);
  }

  /** qdisc_class_hash_insert() then qdisc_class_hash_grow(). */
  insert(c: T): void {
    this.buckets[ClassHash.hash(c.classid, this.buckets.length - 1)]!.unshift(c);
    this.elems++;
    if (this.elems * 4 <= this.buckets.length * 3) return;
    const nsize = this.buckets.length * 2;
    const nb: T[][] = [];
    for (let i = 0; i < nsize; i++) nb.push([]);
    for (const b of this.buckets) for (const e of b) nb[ClassHash.hash(e.classid, nsize - 1)]!.unshift(e);
    this.buckets = nb;
  }

  remove(c: T): void {
    const b = this.buckets[ClassHash.hash(c.classid, this.buckets.length - 1)]!;
    const i = b.indexOf(c);
    if (i >= 0) {
      b.splice(i, 1);
      this.elems--;
    }
  }

  /** The walk order. */
  all(): T[] {
    const out: T[] = [];
    for (const b of this.buckets) for (const e of b) out.push(e);
    return out;
  }
}
