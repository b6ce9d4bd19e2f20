// ethtool 6.1's view of the kernel's feature bits (netlink/features.c,
// off_flag_def[] in common.c): the legacy group names and short flags
// (tx, sg, tso...) as name patterns over the kernel's bit names, the -k
// listing (groups first, then the other bits in kernel order) with its
// "[fixed]" / "[requested on|off]" marks.

import type { EthtoolFeatureBit } from "../../uapi/ethtool.js";

/** off_flag_def[]: short name, long name, kernel bit-name pattern (a trailing '*' or an inner '*'). */
const OFF_FLAGS: ReadonlyArray<readonly [string, string, string]> = [
  ["rx", "rx-checksumming", "rx-checksum"],
  ["tx", "tx-checksumming", "tx-checksum-*"],
  ["sg", "scatter-gather", "tx-scatter-gather*"],
  ["tso", "tcp-segmentation-offload", "tx-tcp*-segmentation"],
  ["ufo", "udp-fragmentation-offload", "tx-udp-fragmentation"],
  ["gso", "generic-segmentation-offload", "tx-generic-segmentation"],
  ["gro", "generic-receive-offload", "rx-gro"],
  ["lro", "large-receive-offload", "rx-lro"],
  ["rxvlan", "rx-vlan-offload", "rx-vlan-hw-parse"],
  ["txvlan", "tx-vlan-offload", "tx-vlan-hw-insert"],
  ["ntuple", "ntuple-filters", "rx-ntuple-filter"],
  ["rxhash", "receive-hashing", "rx-hashing"],
];

function matches(pattern: string, name: string): boolean {
  const star = pattern.indexOf("*");
  if (star < 0) return pattern === name;
  const pre = pattern.slice(0, star);
  const post = pattern.slice(star + 1);
  return name.length >= pre.length + post.length && name.startsWith(pre) && name.endsWith(post);
}

/** The kernel bit names a -K argument stands for: a legacy flag's matches, else the name itself. */
export function expandFeature(arg: string, bits: readonly EthtoolFeatureBit[]): string[] {
  const def = OFF_FLAGS.find(([s, l]) => s === arg || l === arg);
  if (!def) return [arg];
  return bits.filter((b) => matches(def[2], b.name)).map((b) => b.name);
}

function featureLine(prefix: string, label: string, b: EthtoolFeatureBit): string {
  let suffix = "";
  if (!b.hw || b.nochange) suffix = " [fixed]";
  else if (b.active !== b.wanted) suffix = b.wanted ? " [requested on]" : " [requested off]";
  return `${prefix}${label}: ${b.active ? "on" : "off"}${suffix}\n`;
}

/** `ethtool -k`'s lines: each legacy group (one bit: as that bit; several: any on, then the bits), then the rest. */
export function featureLines(bits: readonly EthtoolFeatureBit[]): string[] {
  const out: string[] = [];
  const shown = new Set<string>();
  for (const [, long, pat] of OFF_FLAGS) {
    const members = bits.filter((b) => matches(pat, b.name));
    for (const m of members) shown.add(m.name);
    if (members.length === 1) out.push(featureLine("", long, members[0]!));
    else if (members.length > 1) {
      out.push(`${long}: ${members.some((m) => m.active) ? "on" : "off"}\n`);
      for (const m of members) out.push(featureLine("\t", m.name, m));
    }
  }
  for (const b of bits) if (!shown.has(b.name)) out.push(featureLine("", b.name, b));
  return out;
}

/** The extack offset of the first bit name in a FEATURES_SET request for `dev`. */
export function bitNameOffset(dev: string): number {
  return 48 + ((dev.length + 1 + 3) & ~3);
}
