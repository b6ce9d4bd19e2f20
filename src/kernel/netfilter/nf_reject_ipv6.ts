// REJECT's IPv6 answers (net/ipv6/netfilter/nf_reject_ipv6.c), given to the
// ip6tables target (xt/ip6t_ext.ts) and nft's reject: nf_send_unreach6 hands
// the packet to icmpv6_send (so the error is rate limited and sourced like the
// stack's own; from LOCAL_OUT the packet has no input device and the error is
// sent as if it came in on lo), nf_send_reset6 answers a TCP segment with a
// RST from the address it was sent to (never a RST for a RST).

import { ICMPV6_DEST_UNREACH } from "../../wire/icmpv6.js";
import { ip6FromBytes } from "../../wire/addr.js";
import { NF_INET_LOCAL_OUT } from "../../uapi/x_tables.js";
import { devGetByIndex } from "../core/dev.js";
import { icmp6Send } from "../ipv6/icmp.js";
import { tcpV4SendReset } from "../ipv4/tcp_output.js";
import { setNfRejectIpv6 } from "./xt/ip6t_ext.js";

setNfRejectIpv6({
  sendUnreach(skb, code, hook) {
    const dev = hook === NF_INET_LOCAL_OUT ? devGetByIndex(skb.dev.net, 1) ?? skb.dev : skb.dev;
    icmp6Send(skb, ICMPV6_DEST_UNREACH, code, 0, dev);
  },
  sendReset(skb, hook) {
    const b = skb.data;
    // nf_reject_ip6hdr_validate / nf_reject_ip6_tcphdr_get: TCP with no extension headers in the model.
    if (b[20] !== 6) return;
    const t = b.subarray(54, 54 + ((b[18]! << 8) | b[19]!));
    if (t.length < 20) return;
    const g16 = (o: number) => (t[o]! << 8) | t[o + 1]!;
    const g32 = (o: number) => ((t[o]! << 24) | (t[o + 1]! << 16) | (t[o + 2]! << 8) | t[o + 3]!) >>> 0;
    const doff = (t[12]! >> 4) * 4;
    tcpV4SendReset(
      skb.dev.net,
      {
        saddr: 0,
        daddr: 0,
        saddr6: ip6FromBytes(b, 22),
        daddr6: ip6FromBytes(b, 38),
        iif: hook === NF_INET_LOCAL_OUT ? undefined : skb.dev.ifindex,
        sport: g16(0),
        dport: g16(2),
        seq: g32(4),
        ack: g32(8),
        flags: t[13]!,
        len: Math.max(0, t.length - doff),
      },
      true,
    );
  },
});
