// The device's qdisc hash (net/sched/sch_api.c qdisc_hash_add/del,
// qdisc_match_from_root; dev->qdisc_hash is DECLARE_HASHTABLE(, 4)): every
// non-root, non-ingress qdisc of a device, in 16 buckets by hash_32(handle),
// each bucket newest first. Dumps walk the buckets in order, so the order
// `tc qdisc show` lists children in is the kernel's.

import type { NetDevice } from "../core/netdevice.js";
import { TC_H_ROOT } from "../../uapi/pkt_sched.js";
import { TCQ_F_INGRESS, TCQ_F_INVISIBLE, type Qdisc } from "./qdisc.js";
import { devSched } from "./qdisc.js";

const BITS = 4;

/** hash_32(val, 4): the golden-ratio multiplicative hash's top bits. */
function bucketOf(handle: number): number {
  return Math.imul(handle, 0x61c88647) >>> (32 - BITS);
}

function table(dev: NetDevice): Qdisc[][] {
  let t = dev.sched?.qdiscHash;
  if (t === undefined) {
    t = [];
    for (let i = 0; i < 1 << BITS; i++) t.push([]);
    devSched(dev).qdiscHash = t;
  }
  return t;
}

/** qdisc_hash_add() */
export function qdiscHashAdd(q: Qdisc, invisible: boolean): void {
  if (q.parent === TC_H_ROOT || q.flags & TCQ_F_INGRESS || q.hashed) return;
  table(q.dev)[bucketOf(q.handle)]!.unshift(q);
  q.hashed = true;
  if (invisible) q.flags |= TCQ_F_INVISIBLE;
}

/** qdisc_hash_del() */
export function qdiscHashDel(q: Qdisc): void {
  if (!q.hashed) return;
  const b = table(q.dev)[bucketOf(q.handle)]!;
  const i = b.indexOf(q);
  if (i >= 0) b.splice(i, 1);
  q.hashed = false;
}

/** The hashed qdiscs with this handle's bucket, newest first. */
export function qdiscHashBucket(dev: NetDevice, handle: number): readonly Qdisc[] {
  return dev.sched?.qdiscHash?.[bucketOf(handle)] ?? [];
}

/** hash_for_each(): every hashed qdisc of the device, in dump order. */
export function qdiscHashAll(dev: NetDevice): Qdisc[] {
  const out: Qdisc[] = [];
  const t = dev.sched?.qdiscHash;
  if (t) for (const b of t) for (const q of b) out.push(q);
  return out;
}
