// A device's offload features the way net/core/dev.c keeps them: hw_features
// (what the user may change), wanted_features and the active features, in
// netdev_features_strings[] bit order (Linux 6.18). The initial state comes
// from the driver's recorded `ethtool -k` list (drivers/features.ts): a line
// without "[fixed]" is in hw_features. __netdev_update_features() recomputes
// the active set from the wanted one through netdev_fix_features()'s
// dependencies (TSO needs SG and a checksum, GSO needs SG, ...). Drivers'
// ndo_fix_features (bridge ports, veth XDP) are not modelled.

import { DRIVER_FEATURES } from "../drivers/features.js";
import type { NetDevice } from "./netdevice.js";

/** netdev_features_strings[] in bit order (unused bits left out). */
export const FEATURE_NAMES: readonly string[] = [
  "tx-scatter-gather", "tx-checksum-ipv4", "tx-checksum-ip-generic", "tx-checksum-ipv6", "highdma",
  "tx-scatter-gather-fraglist", "tx-vlan-hw-insert", "rx-vlan-hw-parse", "rx-vlan-filter", "vlan-challenged",
  "tx-generic-segmentation", "rx-gro", "rx-lro", "tx-tcp-segmentation", "tx-gso-robust",
  "tx-tcp-ecn-segmentation", "tx-tcp-mangleid-segmentation", "tx-tcp6-segmentation", "tx-fcoe-segmentation",
  "tx-gre-segmentation", "tx-gre-csum-segmentation", "tx-ipxip4-segmentation", "tx-ipxip6-segmentation",
  "tx-udp_tnl-segmentation", "tx-udp_tnl-csum-segmentation", "tx-gso-partial", "tx-tunnel-remcsum-segmentation",
  "tx-sctp-segmentation", "tx-esp-segmentation", "tx-udp-segmentation", "tx-gso-list", "tx-tcp-accecn-segmentation",
  "tx-checksum-fcoe-crc", "tx-checksum-sctp", "rx-ntuple-filter", "rx-hashing", "rx-checksum", "tx-nocache-copy",
  "loopback", "rx-fcs", "rx-all", "tx-vlan-stag-hw-insert", "rx-vlan-stag-hw-parse", "rx-vlan-stag-filter",
  "l2-fwd-offload", "hw-tc-offload", "esp-hw-offload", "esp-tx-csum-hw-offload", "rx-udp_tunnel-port-offload",
  "tls-hw-tx-offload", "tls-hw-rx-offload", "rx-gro-hw", "tls-hw-record", "rx-gro-list", "macsec-hw-offload",
  "rx-udp-gro-forwarding", "hsr-tag-ins-offload", "hsr-tag-rm-offload", "hsr-fwd-offload", "hsr-dup-offload",
];

/** The `ethtool -k` group lines that stand for exactly one kernel feature. */
export const SINGLE_GROUPS: Readonly<Record<string, string>> = {
  "rx-checksumming": "rx-checksum",
  "generic-segmentation-offload": "tx-generic-segmentation",
  "generic-receive-offload": "rx-gro",
  "large-receive-offload": "rx-lro",
  "rx-vlan-offload": "rx-vlan-hw-parse",
  "tx-vlan-offload": "tx-vlan-hw-insert",
  "ntuple-filters": "rx-ntuple-filter",
  "receive-hashing": "rx-hashing",
};

export interface DevFeatures {
  hw: Set<string>;
  wanted: Set<string>;
  active: Set<string>;
  /**
   * What the driver's ndo_fix_features withheld when recorded ("[requested on]" in its list: macvlan's
   * GRO, masked by a lower device without it), kept off through later updates.
   */
  driverOff: Set<string>;
}

const state = new WeakMap<NetDevice, DevFeatures>();

/** The device's features if anything has built them yet (else they are still the driver's recorded list). */
export function devFeaturesIfBuilt(dev: NetDevice): DevFeatures | undefined {
  return state.get(dev);
}

/** The device's features, first built from its driver's recorded list. */
export function devFeatures(dev: NetDevice): DevFeatures {
  let f = state.get(dev);
  if (!f) {
    f = { hw: new Set(), wanted: new Set(), active: new Set(), driverOff: new Set() };
    for (const raw of DRIVER_FEATURES[dev.ops.featuresFile] ?? []) {
      const m = /^\t?([^:]+): (on|off)(?: \[(fixed|requested on)\])?$/.exec(raw);
      if (!m) continue;
      const name = SINGLE_GROUPS[m[1]!] ?? m[1]!;
      if (!FEATURE_NAMES.includes(name)) continue;
      if (m[2] === "on") f.active.add(name);
      if (m[3] !== "fixed") f.hw.add(name);
      // register_netdevice(): wanted_features = features & hw_features (plus what the driver withheld).
      if (m[3] === "requested on") {
        f.wanted.add(name);
        f.driverOff.add(name);
      } else if (m[2] === "on" && !m[3]) f.wanted.add(name);
    }
    state.set(dev, f);
  }
  return f;
}

const ALL_TSO = ["tx-tcp-segmentation", "tx-tcp6-segmentation", "tx-tcp-ecn-segmentation", "tx-tcp-mangleid-segmentation"];

/** netdev_fix_features(): drops what the remaining features cannot support. */
function fixFeatures(f: Set<string>): void {
  const has = (n: string) => f.has(n);
  if (ALL_TSO.some(has) && !has("tx-scatter-gather")) for (const n of ALL_TSO) f.delete(n);
  if (has("tx-tcp-segmentation") && !has("tx-checksum-ip-generic") && !has("tx-checksum-ipv4")) {
    f.delete("tx-tcp-segmentation");
    f.delete("tx-tcp-ecn-segmentation");
  }
  if (has("tx-tcp6-segmentation") && !has("tx-checksum-ip-generic") && !has("tx-checksum-ipv6")) f.delete("tx-tcp6-segmentation");
  if (has("tx-tcp-mangleid-segmentation") && !has("tx-tcp-segmentation")) f.delete("tx-tcp-mangleid-segmentation");
  if (has("tx-tcp-ecn-segmentation") && !ALL_TSO.some((n) => n !== "tx-tcp-ecn-segmentation" && has(n))) {
    f.delete("tx-tcp-ecn-segmentation");
  }
  if (has("tx-generic-segmentation") && !has("tx-scatter-gather")) f.delete("tx-generic-segmentation");
  if (
    has("tx-udp-segmentation") &&
    !has("tx-checksum-ip-generic") &&
    !(has("tx-checksum-ipv4") && has("tx-checksum-ipv6"))
  ) {
    f.delete("tx-udp-segmentation");
  }
  if (has("rx-gro-hw") && !has("rx-checksum")) f.delete("rx-gro-hw");
}

/** __netdev_update_features(): active = fix(fixed part of active | wanted). */
export function updateFeatures(f: DevFeatures): void {
  const next = new Set<string>();
  for (const n of f.active) if (!f.hw.has(n)) next.add(n);
  for (const n of f.wanted) next.add(n);
  for (const n of f.driverOff) next.delete(n);
  fixFeatures(next);
  f.active = next;
}
