// The VXLAN forwarding database (drivers/net/vxlan/vxlan_core.c: vxlan_fdb_*,
// vxlan_snoop, vxlan_cleanup): inner MAC -> one or more remote VTEPs. The
// all-zeros MAC is the default entry (head-end replication when it has several
// remotes). Entries are dumped newest first, as the 6.16+ kernel walks its
// fdb_list (hlist_add_head); the remotes of one entry in the order they were
// appended. Ageing is lazy: an entry past updated + ageing is gone the next
// time anyone looks, which is what the kernel's cleanup timer (armed for the
// earliest expiry) makes observable.

import { kerr } from "../../../uapi/errno.js";
import { NLM_F_APPEND } from "../../../uapi/if_bridge_fdb.js";
import { NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE } from "../../../uapi/neighbour.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../../uapi/rtnetlink.js";

export interface VxlanRdst {
  /** IPv4, host order, or IPv6 (a bigint); 0 / 0n = any. */
  ip: number | bigint;
  /** 0 = the device's dstport. */
  port: number;
  vni: number;
  ifindex: number;
}

export interface VxlanFdbEntry {
  mac: Uint8Array;
  remotes: VxlanRdst[];
  state: number;
  flags: number;
  /** Virtual ns. */
  updated: number;
  used: number;
}

export function macKey(a: Uint8Array): string {
  return ((a[0]! << 8) | a[1]!).toString(16) + ":" + (((a[2]! << 24) | (a[3]! << 16) | (a[4]! << 8) | a[5]!) >>> 0).toString(16);
}

export const ZERO_MAC = new Uint8Array(6);

function isGroupOrZero(mac: Uint8Array): boolean {
  return (mac[0]! & 1) === 1 || mac.every((b) => b === 0);
}

function sameRdst(a: VxlanRdst, b: VxlanRdst): boolean {
  return a.ip === b.ip && a.port === b.port && a.vni === b.vni && a.ifindex === b.ifindex;
}

export class VxlanFdb {
  /** Insertion order = age order; dumps walk it backwards. */
  private readonly entries = new Map<string, VxlanFdbEntry>();
  /** vxlan_fdb_notify(): set by the device, which knows its namespace and ifindex. Expiry is lazy and not notified. */
  notify?: (type: "RTM_NEWNEIGH" | "RTM_DELNEIGH", f: VxlanFdbEntry, rd: VxlanRdst) => void;

  constructor(
    /** Seconds; 0 = never. */
    public ageing: number,
    /** maxaddress: 0 = unlimited. */
    public limit: number,
  ) {}

  private expired(e: VxlanFdbEntry, now: number): boolean {
    if (e.state & (NUD_PERMANENT | NUD_NOARP) || this.ageing === 0) return false;
    return now >= e.updated + this.ageing * 1_000_000_000;
  }

  /** vxlan_find_mac(): also marks the entry used. */
  find(mac: Uint8Array, now: number): VxlanFdbEntry | undefined {
    const k = macKey(mac);
    const e = this.entries.get(k);
    if (!e) return undefined;
    if (this.expired(e, now)) {
      this.entries.delete(k);
      return undefined;
    }
    return e;
  }

  /** Entries in dump order (newest first), expired ones removed. */
  list(now: number): VxlanFdbEntry[] {
    const out: VxlanFdbEntry[] = [];
    for (const [k, e] of this.entries) {
      if (this.expired(e, now)) this.entries.delete(k);
      else out.push(e);
    }
    return out.reverse();
  }

  get size(): number {
    return this.entries.size;
  }

  /** vxlan_fdb_update(): add/append/replace as the flags say; errors as the kernel's. */
  update(mac: Uint8Array, rd: VxlanRdst, state: number, flags: number, nlFlags: number, now: number): void {
    const k = macKey(mac);
    let f = this.find(mac, now);
    if (f) {
      if (nlFlags & NLM_F_EXCL) throw kerr("EEXIST");
      let changed = false;
      let rdNew: VxlanRdst | undefined;
      if (f.state !== state) {
        f.state = state;
        f.updated = now;
        changed = true;
      }
      if (nlFlags & NLM_F_REPLACE) {
        // vxlan_fdb_replace(): the first remote takes the new values.
        if (isGroupOrZero(mac)) throw kerr("EOPNOTSUPP", "Cannot replace non-unicast fdb entries");
        const first = f.remotes[0];
        if (first && !f.remotes.some((r) => sameRdst(r, rd))) {
          Object.assign(first, rd);
          changed = true;
        }
        f.updated = now;
      }
      if (nlFlags & NLM_F_APPEND && isGroupOrZero(mac)) {
        if (!f.remotes.some((r) => sameRdst(r, rd))) {
          rdNew = { ...rd };
          f.remotes.push(rdNew);
          changed = true;
        }
      }
      if (changed) this.notify?.("RTM_NEWNEIGH", f, rdNew ?? f.remotes[0]!);
      return;
    }
    if (!(nlFlags & NLM_F_CREATE)) throw kerr("ENOENT");
    if (this.limit && this.entries.size >= this.limit) throw kerr("ENOSPC");
    if (nlFlags & NLM_F_REPLACE && isGroupOrZero(mac)) throw kerr("EOPNOTSUPP");
    f = { mac: mac.slice(), remotes: [{ ...rd }], state, flags, updated: now, used: now };
    this.entries.set(k, f);
    this.notify?.("RTM_NEWNEIGH", f, f.remotes[0]!);
  }

  /** vxlan_fdb_delete(): one remote (when `rd` is given and the entry has others) or the entry. */
  delete(mac: Uint8Array, rd: VxlanRdst | undefined, now: number): void {
    const f = this.find(mac, now);
    if (!f) throw kerr("ENOENT");
    if (rd) {
      const i = f.remotes.findIndex((r) => r.ip === rd.ip && (!rd.port || r.port === rd.port) && r.vni === rd.vni && (!rd.ifindex || r.ifindex === rd.ifindex));
      // A remote that is not there: nothing goes, and no error either (recorded).
      if (i < 0) return;
      if (f.remotes.length > 1) {
        const [gone] = f.remotes.splice(i, 1);
        this.notify?.("RTM_DELNEIGH", f, gone!);
        return;
      }
    }
    this.entries.delete(macKey(mac));
    this.notify?.("RTM_DELNEIGH", f, f.remotes[0] ?? { ip: 0, port: 0, vni: 0, ifindex: 0 });
  }

  /**
   * vxlan_snoop(): a frame from `mac` came from VTEP `ip`. A new source is
   * learned as a reachable (dynamic) entry; a moved one follows its VTEP unless
   * it was configured statically.
   */
  snoop(mac: Uint8Array, ip: number | bigint, rd: Omit<VxlanRdst, "ip">, now: number): void {
    const f = this.find(mac, now);
    if (f) {
      const r = f.remotes[0];
      if (r && r.ip === ip) {
        f.updated = now;
        return;
      }
      if (f.state & (NUD_PERMANENT | NUD_NOARP)) return;
      if (r) r.ip = ip;
      else f.remotes.push({ ip, ...rd });
      f.updated = now;
      this.notify?.("RTM_NEWNEIGH", f, f.remotes[0]!);
      return;
    }
    if (this.limit && this.entries.size >= this.limit) return;
    const e: VxlanFdbEntry = { mac: mac.slice(), remotes: [{ ip, ...rd }], state: NUD_REACHABLE, flags: 0x02 /* NTF_SELF */, updated: now, used: now };
    this.entries.set(macKey(mac), e);
    this.notify?.("RTM_NEWNEIGH", e, e.remotes[0]!);
  }

  /** vxlan_flush() of a bulk delete: entries whose state/flags under the masks equal the wanted ones (the default entry too). */
  flushMatching(state: number, stateMask: number, flags: number, flagsMask: number): void {
    for (const [k, e] of this.entries) {
      if (stateMask && (e.state & stateMask) !== state) continue;
      if (flagsMask && (e.flags & flagsMask) !== flags) continue;
      this.entries.delete(k);
      for (const rd of e.remotes) this.notify?.("RTM_DELNEIGH", e, rd);
    }
  }

  /** vxlan_flush(do_all = false): what a device going down forgets (all but permanent/noarp and the default entry). */
  flush(all: boolean): void {
    for (const [k, e] of this.entries) {
      if (!all && (e.state & (NUD_PERMANENT | NUD_NOARP) || e.mac.every((b) => b === 0))) continue;
      this.entries.delete(k);
      if (e.remotes[0]) this.notify?.("RTM_DELNEIGH", e, e.remotes[0]);
    }
  }
}
