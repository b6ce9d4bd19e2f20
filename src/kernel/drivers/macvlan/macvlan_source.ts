// Mode source (drivers/net/macvlan.c): a source-mode macvlan receives a copy
// of every frame the lower device gets from one of its listed source MACs
// (macvlan_forward_source), whatever the destination. The lists live in the
// port's vlan_source_hash, 256 buckets by macvlan_eth_hash(), each bucket
// newest first; `ip -d link` lists a macvlan's addresses in that order
// (macvlan_fill_info_macaddr walks the buckets in turn).

import { kerr } from "../../../uapi/errno.js";
import {
  MACVLAN_FLAG_NODST,
  MACVLAN_MACADDR_ADD,
  MACVLAN_MACADDR_DEL,
  MACVLAN_MACADDR_FLUSH,
  MACVLAN_MACADDR_SET,
  MACVLAN_MODE_SOURCE,
  type MacvlanRequestData,
} from "../../../uapi/if_link_macvlan.js";
import { netifRx } from "../../core/dev_rx.js";
import { etherAddrEqual, type NetDevice } from "../../core/netdevice.js";
import type { SkBuff } from "../../core/skbuff.js";
import type { MacvlanPort, MacvlanPriv } from "./macvlan_port.js";

/** struct macvlan_source_entry */
export interface MacvlanSourceEntry {
  addr: Uint8Array;
  vlan: NetDevice;
  bucket: number;
}

const GOLDEN_RATIO_64 = 0x61c8864680b583ebn;
const MASK64 = (1n << 64n) - 1n;

/** macvlan_eth_hash(): the six bytes as a little-endian u64 shifted up 16, hash_64(.., 8). */
export function macvlanEthHash(addr: Uint8Array): number {
  let v = 0n;
  for (let i = 5; i >= 0; i--) v = (v << 8n) | BigInt(addr[i]!);
  v = (v << 16n) & MASK64;
  return Number(((v * GOLDEN_RATIO_64) & MASK64) >> 56n);
}

function privOf(dev: NetDevice): MacvlanPriv {
  return dev.priv as MacvlanPriv;
}

/** The port's source entries (bucket order is kept by sorting on the way out). */
function entries(port: MacvlanPort): MacvlanSourceEntry[] {
  return (port.sources ??= []);
}

/** macvlan_hash_lookup_source() */
function lookup(port: MacvlanPort, vlan: NetDevice, addr: Uint8Array): MacvlanSourceEntry | undefined {
  return port.sources?.find((e) => e.vlan === vlan && etherAddrEqual(e.addr, addr));
}

/** macvlan_hash_add_source(): an address already listed is no error. */
function addSource(port: MacvlanPort, vlan: NetDevice, addr: Uint8Array): void {
  if (lookup(port, vlan, addr)) return;
  // hlist_add_head: the newest first in its bucket.
  entries(port).unshift({ addr: addr.slice(), vlan, bucket: macvlanEthHash(addr) });
  privOf(vlan).macaddrCount = (privOf(vlan).macaddrCount ?? 0) + 1;
}

/** macvlan_flush_sources(): every entry of `vlan`. */
export function flushSources(port: MacvlanPort, vlan: NetDevice): void {
  if (!port.sources) return;
  port.sources = port.sources.filter((e) => e.vlan !== vlan);
  privOf(vlan).macaddrCount = 0;
}

/** macvlan_validate()'s checks of the source attributes. */
export function validateSources(d: MacvlanRequestData): void {
  const m = d.IFLA_MACVLAN_MACADDR_MODE;
  if (m !== undefined && m !== MACVLAN_MACADDR_ADD && m !== MACVLAN_MACADDR_DEL && m !== MACVLAN_MACADDR_FLUSH && m !== MACVLAN_MACADDR_SET) {
    throw kerr("EINVAL");
  }
  const a = d.IFLA_MACVLAN_MACADDR;
  if (a) {
    if (a.length !== 6) throw kerr("EINVAL");
    if ((a[0]! & 1) === 1 || a.every((b) => b === 0)) throw kerr("EADDRNOTAVAIL");
  }
}

/** macvlan_changelink_sources() after the mode check: only a source-mode macvlan has a list. */
export function changelinkSources(dev: NetDevice, d: MacvlanRequestData): void {
  const mode = d.IFLA_MACVLAN_MACADDR_MODE;
  if (mode === undefined) return;
  const v = privOf(dev);
  if (!(v.mode & MACVLAN_MODE_SOURCE)) throw kerr("EINVAL");
  const port = v.port;
  switch (mode) {
    case MACVLAN_MACADDR_ADD:
      if (!d.IFLA_MACVLAN_MACADDR) throw kerr("EINVAL");
      addSource(port, dev, d.IFLA_MACVLAN_MACADDR);
      break;
    case MACVLAN_MACADDR_DEL: {
      if (!d.IFLA_MACVLAN_MACADDR) throw kerr("EINVAL");
      const e = lookup(port, dev, d.IFLA_MACVLAN_MACADDR);
      if (e) {
        port.sources!.splice(port.sources!.indexOf(e), 1);
        v.macaddrCount = (v.macaddrCount ?? 1) - 1;
      }
      break;
    }
    case MACVLAN_MACADDR_FLUSH:
      flushSources(port, dev);
      break;
    case MACVLAN_MACADDR_SET:
      flushSources(port, dev);
      if (d.IFLA_MACVLAN_MACADDR) addSource(port, dev, d.IFLA_MACVLAN_MACADDR);
      for (const a of d.IFLA_MACVLAN_MACADDR_DATA ?? []) if (a.length === 6) addSource(port, dev, a);
      break;
    default:
      throw kerr("EINVAL");
  }
}

/** macvlan_fill_info_macaddr(): the macvlan's addresses, bucket by bucket, each bucket newest first. */
export function sourceAddrs(dev: NetDevice): Uint8Array[] {
  const list = (privOf(dev).port.sources ?? []).filter((e) => e.vlan === dev);
  // A stable sort keeps each bucket's newest-first order.
  return list.sort((a, b) => a.bucket - b.bucket).map((e) => e.addr.slice());
}

/**
 * macvlan_forward_source(): a copy to every up source-mode macvlan listing the
 * frame's source address (PACKET_HOST when it is addressed to that macvlan);
 * true when one of them has the nodst flag (the frame then goes no further).
 */
export function forwardSource(skb: SkBuff, port: MacvlanPort, countRx: (dev: NetDevice, len: number) => void): boolean {
  if (!port.sources?.length) return false;
  const src = skb.data.subarray(6, 12);
  let consume = false;
  for (const e of port.sources) {
    if (!etherAddrEqual(e.addr, src)) continue;
    const dev = e.vlan;
    if (privOf(dev).flags & MACVLAN_FLAG_NODST) consume = true;
    if (!dev.isUp) continue;
    const nskb: SkBuff = { ...skb, data: skb.data.slice(), dev, iif: dev.ifindex };
    if (etherAddrEqual(skb.data.subarray(0, 6), dev.addr)) nskb.pktType = "HOST";
    // len = nskb->len + ETH_HLEN: the whole frame.
    countRx(dev, skb.data.length);
    netifRx(nskb);
  }
  return consume;
}
