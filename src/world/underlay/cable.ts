// A point-to-point link between two ends (NIC-NIC or NIC-switch port), each
// direction on its own, as a full-duplex cable is. A frame sent into one
// direction:
//   1. is dropped if the cable is down                          (LINK_DOWN)
//   2. is lost with probability `loss`, drawn from the cable's  (LOSS)
//      own seeded RNG (netem's "loss N%", decided at enqueue)
//   3. waits in a bounded FIFO while earlier frames are being
//      serialised at `rate` bits/s; a full FIFO drops the tail  (QUEUE_FULL)
//   4. arrives at the far end `delay` after its last bit left,
//      through a clock event (never by calling into the far end
//      from the sender's stack).
// Serialisation counts the frame's bytes only (as netem's rate does without
// an overhead), not the preamble, FCS and inter-frame gap of real Ethernet.
// Each cable draws loss from an RNG seeded by the world's seed and the
// cable's name, so adding a host elsewhere does not change which frames a
// given cable loses.

import type { Clock, Nanos } from "../../sim/clock.js";
import { Rng } from "../../sim/rng.js";
import type { LinkEnd } from "./link-end.js";

export interface CableOptions {
  /** One-way propagation delay in ns (default 0). */
  delay?: Nanos;
  /** Probability in [0, 1] that a frame is lost (default 0). */
  loss?: number;
  /** Bits per second; undefined = frames take no time to serialise. */
  rate?: number;
  /** Frames that may wait for the transmitter (netem's default limit, 1000). */
  queue?: number;
}

/** Why the cable freed a frame (named like the kernel's drop reasons; these are the wire's own). */
export type CableDropReason = "LINK_DOWN" | "LOSS" | "QUEUE_FULL";

export interface CableDirStats {
  /** Frames handed to this direction by the sending end. */
  tx_packets: number;
  tx_bytes: number;
  /** Frames that reached the far end. */
  rx_packets: number;
  rx_bytes: number;
  readonly drops: Map<CableDropReason, number>;
}

export const DEFAULT_CABLE_QUEUE = 1000;

/** FNV-1a: a stable 32-bit hash of the cable's name for its RNG seed. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class Direction {
  readonly stats: CableDirStats = { tx_packets: 0, tx_bytes: 0, rx_packets: 0, rx_bytes: 0, drops: new Map() };
  /** When the transmitter finishes the last frame accepted so far. */
  private busyUntil: Nanos = 0;
  /** Finish times of frames still being serialised (oldest first). */
  private inService: Nanos[] = [];
  private head = 0;

  constructor(
    private readonly cable: Cable,
    private readonly to: LinkEnd,
  ) {}

  private drop(reason: CableDropReason): void {
    this.stats.drops.set(reason, (this.stats.drops.get(reason) ?? 0) + 1);
  }

  /** Frames accepted whose last bit has not left yet. */
  backlog(now: Nanos): number {
    while (this.head < this.inService.length && this.inService[this.head]! <= now) this.head++;
    if (this.head > 1024 && this.head * 2 > this.inService.length) {
      this.inService = this.inService.slice(this.head);
      this.head = 0;
    }
    return this.inService.length - this.head;
  }

  send(frame: Uint8Array): void {
    const c = this.cable;
    const now = c.clock.now;
    this.stats.tx_packets++;
    this.stats.tx_bytes += frame.length;
    if (!c.up) return this.drop("LINK_DOWN");
    if (c.loss > 0 && c.rng.float() < c.loss) return this.drop("LOSS");
    let leaves = now;
    if (c.rate !== undefined) {
      if (this.backlog(now) >= c.queue) return this.drop("QUEUE_FULL");
      const start = Math.max(now, this.busyUntil);
      leaves = start + Math.ceil((frame.length * 8 * 1e9) / c.rate);
      this.busyUntil = leaves;
      this.inService.push(leaves);
    }
    c.clock.at(leaves + c.delay, () => {
      this.stats.rx_packets++;
      this.stats.rx_bytes += frame.length;
      this.to.deliver(frame);
    });
  }
}

export class Cable {
  delay: Nanos;
  loss: number;
  rate: number | undefined;
  queue: number;
  up = true;
  readonly rng: Rng;
  /** a -> b and b -> a. */
  readonly ab: Direction;
  readonly ba: Direction;

  constructor(
    readonly name: string,
    readonly a: LinkEnd,
    readonly b: LinkEnd,
    readonly clock: Clock,
    seed: number,
    opts: CableOptions = {},
  ) {
    if (a.plugged) throw new Error(`${a.label} is already connected`);
    if (b.plugged) throw new Error(`${b.label} is already connected`);
    this.delay = opts.delay ?? 0;
    this.loss = opts.loss ?? 0;
    this.rate = opts.rate;
    this.queue = opts.queue ?? DEFAULT_CABLE_QUEUE;
    if (!(this.delay >= 0)) throw new RangeError(`cable ${name}: delay must be >= 0`);
    if (!(this.loss >= 0 && this.loss <= 1)) throw new RangeError(`cable ${name}: loss must be in [0, 1]`);
    if (this.rate !== undefined && !(this.rate > 0)) throw new RangeError(`cable ${name}: rate must be > 0`);
    if (!(this.queue >= 1)) throw new RangeError(`cable ${name}: queue must be >= 1`);
    this.rng = new Rng((seed ^ fnv1a(name)) >>> 0);
    this.ab = new Direction(this, b);
    this.ba = new Direction(this, a);
    a.plug((f) => this.ab.send(f));
    b.plug((f) => this.ba.send(f));
  }

  /** Statistics of the direction that `end` sends into. */
  from(end: LinkEnd): CableDirStats {
    return end === this.a ? this.ab.stats : this.ba.stats;
  }

  /** Takes the link down or up (both ends lose or regain carrier). */
  setUp(up: boolean): void {
    if (up === this.up) return;
    this.up = up;
    this.a.setCarrier(up);
    this.b.setCarrier(up);
  }

  /** Pulls the cable out of both ends (they lose carrier); frames already on the wire still arrive. */
  unplug(): void {
    this.a.setCarrier(false);
    this.b.setCarrier(false);
    this.a.unplug();
    this.b.unplug();
  }
}
