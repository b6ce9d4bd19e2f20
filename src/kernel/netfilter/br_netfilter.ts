// br_netfilter (net/bridge/br_netfilter_hooks.c, br_netfilter_ipv6.c): bridged
// IPv4 and IPv6 frames run through the iptables/ip6tables hooks of the bridge's
// namespace while net.bridge.bridge-nf-call-iptables / -ip6tables is 1 (the
// default here, as on a host where Docker loaded the module):
// - bridge PRE_ROUTING: the frame is marked as bridged (nf_bridge_info, with
//   its input port) and runs the family's PRE_ROUTING hooks with in = the
//   bridge device, physin = the port; only here is the sysctl read;
// - bridge FORWARD: FORWARD hooks, in = out = the bridge, physin/physout the ports;
// - bridge POST_ROUTING: POST_ROUTING hooks, out = the bridge, for marked frames only;
// - a marked frame passed up to the bridge device skips the IP layer's
//   PRE_ROUTING hooks (ip_sabotage_in: they already ran), see bridgedPrerouted().
// Frames the bridge device itself sends (bridge LOCAL_OUT) went through the IP
// layer's OUTPUT/POSTROUTING already and are not marked. Left out: VLAN- and
// PPPoE-encapsulated IP (filter-vlan-tagged/filter-pppoe-tagged are 0),
// arptables (call-arptables and the bridge's nf_call_arptables), DNAT of
// bridged IPv6 frames (br_nf_pre_routing_finish_ipv6's route lookup).
// IPv4 and IPv6 fragments conntrack gathered at PRE_ROUTING (nf_defrag_ipv4.ts,
// nf_defrag_ipv6.ts) are cut again on the way out of the port
// (br_nf_dev_queue_xmit; IPv6 counted on the bridge device).
// An IPv4 frame whose destination PRE_ROUTING changed (DNAT, or un-SNAT of a
// reply) is routed again (br_nf_pre_routing_finish): a destination behind
// the same bridge is bridged there, unrouted (no TTL decrement, no IP
// FORWARD; a container reaching itself through a published port needs the
// port's hairpin mode): the destination MAC comes from the bridge's ARP
// entry, sent at once when it is connected, else through the neighbour
// (resolving it; br_dev_xmit hands the frame back with its own source MAC,
// br_nf_pre_routing_finish_bridge_slow). Any other destination makes the
// frame one for the bridge device itself (its MAC, PACKET_HOST).

import { NFPROTO_IPV4, NFPROTO_IPV6, NF_INET_FORWARD, NF_INET_POST_ROUTING, NF_INET_PRE_ROUTING } from "../../uapi/x_tables.js";
import { brOf } from "../bridge/br_private.js";
import { setBrNfBridgedDnatXmit, setBrNfHook, type BrNfHookName } from "../bridge/br_forward.js";
import { NUD_CONNECTED } from "../core/neighbour.js";
import { arpNeighFor, arpTbl } from "../ipv4/arp.js";
import { ipRouteInput } from "../ipv4/route.js";
import { get32 } from "../../wire/bytes.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { sysctlGeneration, sysctlInt } from "../fs/procfs-sys.js";
import { nfHook, nfHookActive } from "./core.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NfSkb } from "./nf_skb.js";
import { ipFragmentSkb, type IpcbSkb } from "../ipv4/ip_fragment.js";
import { ip6FragmentSkb, type Ip6cbSkb } from "../ipv6/ip6_fragment.js";
import { IPSTATS_FRAGCREATES, IPSTATS_FRAGFAILS, IPSTATS_FRAGOKS, netMib } from "../core/snmp.js";

/**
 * br_nf_dev_queue_xmit(): an IPv4 datagram conntrack's defrag rebuilt at the
 * bridge's PRE_ROUTING leaves the port in pieces again, no larger than the
 * port's MTU or its largest fragment (br_ip_fragment → ip_do_fragment,
 * counted in the bridge's namespace).
 */
function brNfFragmentXmit(net: NetNamespace, skb: SkBuff, okfn: (skb: SkBuff) => void): void {
  const ip = netMib(net).ip;
  // br_nf_ip_fragment(): a datagram with DF cannot be cut (FragFails, freed).
  if (skb.data[14 + 6]! & 0x40) {
    ip[IPSTATS_FRAGFAILS]++;
    kfreeSkbReason(skb, "PKT_TOO_BIG");
    return;
  }
  for (const f of ipFragmentSkb(skb, skb.dev.mtu)) {
    ip[IPSTATS_FRAGCREATES]++;
    okfn(f);
  }
  ip[IPSTATS_FRAGOKS]++;
}

interface CallConf {
  gen: number;
  ip: boolean;
  ip6: boolean;
}
const confCache = new WeakMap<NetNamespace, CallConf>();

/** brnet->call_iptables / call_ip6tables, re-read only when the namespace's sysctls changed. */
function callConf(net: NetNamespace): CallConf {
  const gen = sysctlGeneration(net);
  let c = confCache.get(net);
  if (!c || c.gen !== gen) {
    c = { gen, ip: sysctlInt(net, "net.bridge.bridge-nf-call-iptables") !== 0, ip6: sysctlInt(net, "net.bridge.bridge-nf-call-ip6tables") !== 0 };
    confCache.set(net, c);
  }
  return c;
}

/** IS_IP / IS_IPV6 by the Ethernet type (untagged frames only). */
function familyOf(skb: SkBuff): number {
  const d = skb.data;
  if (d.length < 14) return 0;
  const t = (d[12]! << 8) | d[13]!;
  return t === 0x0800 ? NFPROTO_IPV4 : t === 0x86dd ? NFPROTO_IPV6 : 0;
}

/**
 * ip_sabotage_in(): true (and the mark is consumed) for a bridged frame that
 * reached the IP layer of the bridge device after its PRE_ROUTING hooks ran
 * at the bridge; the caller then skips its own PRE_ROUTING hooks.
 */
export function bridgedPrerouted(skb: SkBuff): boolean {
  const s = skb as NfSkb;
  if (!s.nfBridge) return false;
  s.nfBridge = undefined;
  return true;
}

/** Offsets of an IPv4 header's addresses in an Ethernet frame. */
const SADDR = 14 + 12;
const DADDR = 14 + 16;

/** br_nf_pre_routing_finish() for IPv4: a changed destination is routed again (see the header). */
function preRoutingFinish4(skb: SkBuff, port: NetDevice, br: NetDevice, daddrBefore: number, okfn: (skb: SkBuff) => void): void {
  const d = skb.data;
  const daddr = get32(d, DADDR);
  if (daddr === daddrBefore) return okfn(skb);
  // ip_route_input() on the bridge device. Forwarding off is no error there
  // (an ip_error route through lo): like a local or routed destination, the
  // frame goes to the bridge device, whose IP layer routes it again.
  const r = ipRouteInput(br, daddr, get32(d, SADDR), d[15]!);
  if (r.kind !== "ok" || r.rt.dev !== br) {
    for (let i = 0; i < 6; i++) d[i] = br.addr[i]!;
    skb.pktType = "HOST";
    return okfn(skb);
  }
  // bridged_dnat -> br_nf_pre_routing_finish_bridge()
  const n = arpNeighFor(br, r.rt.gw || daddr);
  if (n.state & NUD_CONNECTED) {
    n.writeHa(d, 0);
    return okfn(skb);
  }
  (skb as NfSkb).nfBridgedDnat = { port, head: d.slice(6, 14), okfn };
  skb.dev = br;
  arpTbl.output(n, skb);
}

/** br_nf_pre_routing_finish_bridge_slow(): the resolved frame, its own source MAC back, bridged from its port. */
setBrNfBridgedDnatXmit((skb) => {
  const s = skb as NfSkb;
  const bd = s.nfBridgedDnat;
  if (!bd) return false;
  s.nfBridgedDnat = undefined;
  skb.data.set(bd.head, 6);
  skb.dev = bd.port;
  bd.okfn(skb);
  return true;
});

/**
 * What the hook below does at FORWARD, LOCAL_OUT and POST_ROUTING when no
 * table is registered there: nothing but, at POST_ROUTING, drop the mark.
 * The skb okfn would get, or undefined when a hook would run.
 */
function plain(hook: BrNfHookName, skb: SkBuff): SkBuff | undefined {
  const nb = (skb as NfSkb).nfBridge;
  const pf = nb ? familyOf(skb) : 0;
  if (!nb || !pf || hook === "PRE_ROUTING") return hook === "PRE_ROUTING" ? undefined : skb;
  const br = nb.master;
  if (!br) return skb;
  if (hook === "FORWARD") return nfHookActive(br.net, pf, NF_INET_FORWARD) ? undefined : skb;
  if (hook === "POST_ROUTING") return nfHookActive(br.net, pf, NF_INET_POST_ROUTING) ? undefined : ({ ...skb, nfBridge: undefined } as NfSkb);
  return skb;
}

setBrNfHook((hook, skb, okfn, outPort?: NetDevice) => {
  const s = skb as NfSkb;
  if (hook === "PRE_ROUTING") {
    const port = skb.dev;
    const br = port.master;
    const pf = familyOf(skb);
    if (!br || !pf) return okfn(skb);
    const conf = callConf(br.net);
    // The namespace's sysctl or the bridge's own nf_call_iptables/ip6tables option.
    if (pf === NFPROTO_IPV4 ? !conf.ip && !brOf(br)?.opts?.nfCallIptables : !conf.ip6 && !brOf(br)?.opts?.nfCallIp6tables) return okfn(skb);
    s.nfBridge = port;
    // (Without hooks at the point, NF_HOOK is okfn: no state to build.)
    if (!nfHookActive(br.net, pf, NF_INET_PRE_ROUTING)) return okfn(skb);
    if (pf !== NFPROTO_IPV4 || skb.data.length < 34) {
      nfHook(pf, NF_INET_PRE_ROUTING, br.net, skb, br, undefined, okfn, { physin: port });
      return;
    }
    const daddr = get32(skb.data, DADDR);
    nfHook(pf, NF_INET_PRE_ROUTING, br.net, skb, br, undefined, (x) => preRoutingFinish4(x, port, br, daddr, okfn), { physin: port });
    return;
  }
  const physin = s.nfBridge;
  const pf = physin ? familyOf(skb) : 0;
  if (!physin || !pf) return okfn(skb);
  const br = physin.master;
  if (!br) return okfn(skb);
  if (hook === "FORWARD") {
    if (!nfHookActive(br.net, pf, NF_INET_FORWARD)) return okfn(skb);
    nfHook(pf, NF_INET_FORWARD, br.net, skb, br, br, okfn, { physin, physout: outPort });
    return;
  }
  if (hook === "POST_ROUTING") {
    // Leaving by a port: the mark goes (the peer, often in another namespace, must not see it).
    // br_nf_dev_queue_xmit() (the hook's okfn, with or without iptables rules): an IPv4
    // datagram defrag rebuilt, or one longer than the port's MTU, is cut again.
    const xmit = (x: SkBuff) => {
      (x as NfSkb).nfBridge = undefined;
      if (pf === NFPROTO_IPV4) {
        const d = x.data;
        const ipLen = d.length >= 18 ? (d[16]! << 8) | d[17]! : 0;
        if ((x as IpcbSkb).ipFragMax || ipLen > x.dev.mtu) return brNfFragmentXmit(br.net, x, okfn);
      }
      const max6 = (x as Ip6cbSkb).ip6FragMax;
      if (max6 && pf === NFPROTO_IPV6) {
        for (const f of ip6FragmentSkb(x, Math.min(x.dev.mtu, max6), br)) okfn(f);
        return;
      }
      okfn(x);
    };
    if (!nfHookActive(br.net, pf, NF_INET_POST_ROUTING)) return xmit(skb);
    nfHook(pf, NF_INET_POST_ROUTING, br.net, skb, undefined, br, xmit, { physin, physout: skb.dev });
    return;
  }
  okfn(skb);
}, plain);
