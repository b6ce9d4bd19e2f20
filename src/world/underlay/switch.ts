// A learning Ethernet switch outside any host: the LAN that N hosts' NICs
// plug into. It behaves as an unmanaged 802.1D bridge: it learns each source
// MAC on the port it arrived on (refreshing the entry's age), forwards a known
// unicast to its port, floods broadcast, multicast and unknown unicast to every
// other port, and filters a frame whose destination sits on the port it came
// in on. Entries age out `ageing` after they were last refreshed (default
// 300 s, as br_fdb's default ageing time); expiry is checked when an entry is
// read, so an idle switch costs no clock events. No STP, VLANs or MAC limits.

import type { Clock, Nanos } from "../../sim/clock.js";
import { formatMac, macFromBytes, type MacAddr } from "../../wire/addr.js";
import type { LinkEnd } from "./link-end.js";

export const DEFAULT_AGEING: Nanos = 300e9;

interface FdbEntry {
  port: SwitchPort;
  updated: Nanos;
}

export interface SwitchStats {
  /** Frames received on any port. */
  rx_packets: number;
  /** Frames sent to exactly one port (known unicast). */
  forwarded: number;
  /** Frames copied to every other port. */
  flooded: number;
  /** Known unicast whose destination is on the ingress port. */
  filtered: number;
  /** Runts shorter than an Ethernet header. */
  runts: number;
}

export class SwitchPort implements LinkEnd {
  private send: ((frame: Uint8Array) => void) | undefined;
  carrier = false;
  tx_packets = 0;
  rx_packets = 0;

  constructor(
    readonly sw: Switch,
    readonly name: string,
  ) {}

  get label(): string {
    return `${this.sw.name}:${this.name}`;
  }

  get plugged(): boolean {
    return this.send !== undefined;
  }

  deliver(frame: Uint8Array): void {
    this.rx_packets++;
    this.sw.input(this, frame);
  }

  plug(send: (frame: Uint8Array) => void): void {
    this.send = send;
    this.carrier = true;
  }

  unplug(): void {
    this.send = undefined;
    this.carrier = false;
    this.sw.flushPort(this);
  }

  setCarrier(up: boolean): void {
    this.carrier = up;
    // A port losing its link forgets what it learnt (as a bridge port going down).
    if (!up) this.sw.flushPort(this);
  }

  /** Puts a frame on this port's cable. */
  transmit(frame: Uint8Array): void {
    if (!this.send || !this.carrier) return;
    this.tx_packets++;
    this.send(frame);
  }
}

export class Switch {
  readonly ports = new Map<string, SwitchPort>();
  private readonly fdb = new Map<MacAddr, FdbEntry>();
  readonly stats: SwitchStats = { rx_packets: 0, forwarded: 0, flooded: 0, filtered: 0, runts: 0 };

  constructor(
    readonly name: string,
    readonly clock: Clock,
    public ageing: Nanos = DEFAULT_AGEING,
  ) {}

  /** The port called `name`, made on first use; without a name, the next free number from 1. */
  port(name?: string): SwitchPort {
    if (name === undefined) {
      let n = 1;
      while (this.ports.get(String(n))?.plugged) n++;
      name = String(n);
    }
    let p = this.ports.get(name);
    if (!p) this.ports.set(name, (p = new SwitchPort(this, name)));
    return p;
  }

  private lookup(mac: MacAddr): FdbEntry | undefined {
    const e = this.fdb.get(mac);
    if (e && this.clock.now - e.updated >= this.ageing) {
      this.fdb.delete(mac);
      return undefined;
    }
    return e;
  }

  /** A frame arrived on `inPort` (br_handle_frame -> br_fdb_update -> br_forward / br_flood). */
  input(inPort: SwitchPort, frame: Uint8Array): void {
    this.stats.rx_packets++;
    if (frame.length < 14) {
      this.stats.runts++;
      return;
    }
    const src = macFromBytes(frame, 6);
    // Learn only valid unicast sources (a multicast source is never learnt).
    if ((frame[6]! & 1) === 0 && src !== 0) {
      const e = this.fdb.get(src);
      if (e) {
        e.port = inPort;
        e.updated = this.clock.now;
      } else this.fdb.set(src, { port: inPort, updated: this.clock.now });
    }
    if ((frame[0]! & 1) === 0) {
      const e = this.lookup(macFromBytes(frame, 0));
      if (e) {
        if (e.port === inPort) {
          this.stats.filtered++;
          return;
        }
        this.stats.forwarded++;
        e.port.transmit(frame);
        return;
      }
    }
    this.stats.flooded++;
    for (const p of this.ports.values()) {
      // Each copy is its own: receivers may not share one buffer.
      if (p !== inPort && p.plugged) p.transmit(frame.slice());
    }
  }

  /** Forgets everything learnt on a port. */
  flushPort(port: SwitchPort): void {
    for (const [mac, e] of this.fdb) if (e.port === port) this.fdb.delete(mac);
  }

  /** The live table, sorted by MAC: what `bridge fdb show` would list on a managed switch. */
  fdbEntries(): Array<{ mac: string; port: string; age: Nanos }> {
    const out: Array<{ mac: string; port: string; age: Nanos }> = [];
    for (const mac of [...this.fdb.keys()].sort((x, y) => x - y)) {
      const e = this.lookup(mac);
      if (e) out.push({ mac: formatMac(mac), port: e.port.name, age: this.clock.now - e.updated });
    }
    return out;
  }
}
