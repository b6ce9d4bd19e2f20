// The TPACKET_V3 receive ring of a packet socket (net/packet/af_packet.c,
// "kbdq": the kernel block descriptor queue), as libpcap 1.10 sets it up when
// not in immediate mode: tp_block_nr blocks of tp_block_size bytes, packets
// packed one after another into the block the kernel owns. The reader sees a
// block only when it retires: when the next packet does not fit (block full)
// or when the retire timer expires with packets in it. The timer's period is
// tp_retire_blk_tov; it is re-armed whenever a block opens (ring setup, after
// a retire) and, with an empty block, just runs on in the same phase. When
// every block belongs to the reader the queue freezes and packets are dropped
// until the reader hands the current block back.
//
// Here the timer is armed on the virtual clock only while the open block
// holds packets (at the next boundary of its phase), so an idle capture keeps
// no event pending; what the reader sees is the same as with a timer that
// fires every period. The ring's first period starts RING_SETUP_NS after the
// socket opened: on a real machine libpcap sets the ring up milliseconds after
// tcpdump starts, later than a program started at the same moment sends its
// first packets (`tcpdump -c 2 & sleep 1; ping …`: the whole exchange at 1 s
// is in the block the tick retires).

import type { Clock, Nanos, TimerHandle } from "../../sim/clock.js";

/** The layout numbers of a tpacket3 packet (include/uapi/linux/if_packet.h). */
const TPACKET3_HDRLEN = 48 + 20; // TPACKET_ALIGN(sizeof(struct tpacket3_hdr)) + sizeof(struct sockaddr_ll)
/** libpcap's PACKET_RESERVE (room for a VLAN tag). */
const TP_RESERVE = 4;
/** BLK_PLUS_PRIV(0): the block descriptor before the first packet. */
const BLK_HDR = 48;

/** How much later than the open the retire timer's phase starts (a tie breaker: 1 µs). */
const RING_SETUP_NS = 1000;

function align(n: number, a: number): number {
  return (n + a - 1) & ~(a - 1);
}

/** Bytes a packet takes in a block: headers up to tp_mac, the captured bytes, aligned to 8 (tp_next_offset). */
export function tpacket3Size(maclen: number, caplen: number): number {
  const netoff = align(TPACKET3_HDRLEN + (maclen < 16 ? 16 : maclen), 16) + TP_RESERVE;
  return align(netoff - maclen + caplen, 8);
}

interface Block<T> {
  items: T[];
  /** Offset of the next packet (nxt_offset - pkblk_start). */
  used: number;
  /** TP_STATUS_USER: retired, owned by the reader until it hands it back. */
  user: boolean;
}

export class BlockRing<T> {
  private readonly blocks: Block<T>[] = [];
  /** kactive_blk_num */
  private active = 0;
  private frozen = false;
  /** When the retire timer was last (re)armed: its expiries fall at base + k·tov. */
  private base: Nanos;
  private timer: TimerHandle | undefined;
  /** The reader's position: the block it reads and the next packet in it. */
  private readBlock = 0;
  private readPos = 0;
  private closed = false;

  constructor(
    private readonly clock: Clock,
    nBlocks: number,
    private readonly blockSize: number,
    /** tp_retire_blk_tov in ns */
    private readonly tov: Nanos,
    /** sk_data_ready on a retired block */
    private readonly dataReady: () => void,
  ) {
    for (let i = 0; i < nBlocks; i++) this.blocks.push({ items: [], used: BLK_HDR, user: false });
    this.base = clock.now + RING_SETUP_NS;
  }

  /** tpacket_rcv for V3: false when the packet is dropped (no room: tp_drops). */
  add(item: T, size: number): boolean {
    if (this.closed) return false;
    let b = this.blocks[this.active]!;
    if (this.frozen) {
      if (b.user) return false;
      this.open();
    }
    if (b.used + size >= this.blockSize) {
      if (b.items.length === 0) return false;
      this.retire();
      if (!this.dispatchNext()) return false;
      b = this.blocks[this.active]!;
    }
    b.items.push(item);
    b.used += size;
    if (b.items.length === 1) this.armTimer();
    return true;
  }

  /** The next packet of a retired block, if any; a block read to its end goes back to the kernel. */
  take(): T | undefined {
    const b = this.blocks[this.readBlock]!;
    if (!b.user) return undefined;
    const item = b.items[this.readPos++];
    if (this.readPos >= b.items.length) {
      b.items = [];
      b.used = BLK_HDR;
      b.user = false;
      this.readBlock = (this.readBlock + 1) % this.blocks.length;
      this.readPos = 0;
    }
    return item;
  }

  /** packet_release → the ring goes, and with it the timer (prb_shutdown_retire_blk_timer). */
  close(): void {
    this.closed = true;
    this.timer?.cancel();
    this.timer = undefined;
  }

  /** prb_open_block: the active block starts afresh and the timer restarts its period. */
  private open(): void {
    this.frozen = false;
    this.base = this.clock.now;
    this.timer?.cancel();
    this.timer = undefined;
  }

  /** prb_retire_current_block: hand the active block to the reader. */
  private retire(): void {
    this.blocks[this.active]!.user = true;
    this.dataReady();
  }

  /** prb_dispatch_next_block: open the next block, or freeze when the reader still holds it. */
  private dispatchNext(): boolean {
    this.active = (this.active + 1) % this.blocks.length;
    if (this.blocks[this.active]!.user) {
      this.frozen = true;
      this.base = this.clock.now;
      this.timer?.cancel();
      this.timer = undefined;
      return false;
    }
    this.open();
    return true;
  }

  /** The timer's next expiry at or after now, in its phase. */
  private armTimer(): void {
    if (this.timer) return;
    const k = Math.max(1, Math.ceil((this.clock.now - this.base) / this.tov));
    this.timer = this.clock.at(this.base + k * this.tov, () => this.expired());
  }

  /** prb_retire_rx_blk_timer_expired */
  private expired(): void {
    this.timer = undefined;
    if (this.closed) return;
    const b = this.blocks[this.active]!;
    this.base = this.clock.now;
    if (this.frozen) {
      if (!b.user) this.open();
      return;
    }
    if (!b.items.length) return;
    this.retire();
    this.dispatchNext();
  }
}
