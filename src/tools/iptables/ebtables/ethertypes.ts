// /etc/ethertypes (netbase) as libxtables reads it (xtables_getethertypebyname
// / bynumber): "NAME HEX [ALIASES...] # comment"; names compare case-insensitively
// (strcasecmp) to the first name or an alias, lookup by number returns the first line's name.

import type { Task } from "../../../kernel/task/task.js";

export interface EtherType {
  name: string;
  aliases: string[];
  type: number;
}

export function ethertypes(task: Task): EtherType[] {
  let text: string;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/ethertypes"));
  } catch {
    return [];
  }
  const out: EtherType[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const f = line.split(/\s+/);
    const type = parseInt(f[1] ?? "", 16);
    if (!Number.isFinite(type)) continue;
    out.push({ name: f[0]!, aliases: f.slice(2), type });
  }
  return out;
}

export function ethertypeByName(task: Task, name: string): number | undefined {
  const n = name.toLowerCase();
  return ethertypes(task).find((e) => e.name.toLowerCase() === n || e.aliases.some((a) => a.toLowerCase() === n))?.type;
}

export function ethertypeByNumber(task: Task, type: number): string | undefined {
  return ethertypes(task).find((e) => e.type === type)?.name;
}

/** netbase 6.4 /etc/ethertypes, which Debian 12 installs (the real file, verbatim). */
export const ETC_ETHERTYPES = "# Ethernet frame types\n#\n# The EtherType is a two-octet field of Ethernet frames used to indicate\n# which protocol is contained in their payload.\n#\n# More entries, mostly historical, can be found on:\n#\thttps://www.iana.org/assignments/ieee-802-numbers/\n#\thttp://standards-oui.ieee.org/ethertype/eth.txt\n#\n# <name>\t<hexnumber> <alias1>...<alias35> # Comment\n#\nIPv4\t\t0800\tip ip4\t# IP (IPv4)\nX25\t\t0805\nARP\t\t0806\tether-arp # Address Resolution Protocol\nFR_ARP\t\t0808\t\t# Frame Relay ARP [RFC1701]\nBPQ\t\t08FF\t\t# G8BPQ AX.25 over Ethernet\nTRILL\t\t22F3\t\t# TRILL [RFC6325]\nL2-IS-IS\t22F4\t\t# TRILL IS-IS [RFC6325]\nTEB\t\t6558\t\t# Transparent Ethernet Bridging [RFC1701]\nRAW_FR\t\t6559\t\t# Raw Frame Relay [RFC1701]\nRARP\t\t8035\t\t# Reverse ARP [RFC903]\nATALK\t\t809B\t\t# Appletalk\nAARP\t\t80F3\t\t# Appletalk Address Resolution Protocol\n802_1Q\t\t8100\t8021q 1q 802.1q\tdot1q # VLAN tagged frame [802.1q]\nIPX\t\t8137\t\t# Novell IPX\nNetBEUI\t\t8191\t\t# NetBEUI\nIPv6\t\t86DD\tip6\t# IP version 6\nPPP\t\t880B\t\t# Point-to-Point Protocol\nMPLS\t\t8847\t\t# MPLS [RFC5332]\nMPLS_MULTI\t8848\t\t# MPLS with upstream-assigned label [RFC5332]\nATMMPOA\t\t884C\t\t# MultiProtocol over ATM\nPPP_DISC\t8863\t\t# PPP over Ethernet discovery stage\nPPP_SES\t\t8864\t\t# PPP over Ethernet session stage\nATMFATE\t\t8884\t\t# Frame-based ATM Transport over Ethernet\nEAPOL\t\t888E\t\t# EAP over LAN [802.1x]\nS-TAG\t\t88A8\t\t# QinQ Service VLAN tag identifier [802.1q]\nEAP_PREAUTH\t88C7\t\t# EAPOL Pre-Authentication [802.11i]\nLLDP\t\t88CC\t\t# Link Layer Discovery Protocol [802.1ab]\nMACSEC\t\t88E5\t\t# Media Access Control Security [802.1ae]\nPBB\t\t88E7\tmacinmac # Provider Backbone Bridging [802.1ah]\nMVRP\t\t88F5\t\t# Multiple VLAN Registration Protocol [802.1q]\nPTP\t\t88F7\t\t# Precision Time Protocol\nFCOE\t\t8906\t\t# Fibre Channel over Ethernet\nFIP\t\t8914\t\t# FCoE Initialization Protocol\nROCE\t\t8915\t\t# RDMA over Converged Ethernet\nLoWPAN\t\tA0ED\t\t# LoWPAN encapsulation\n";
