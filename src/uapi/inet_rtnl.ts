// The address, route and neighbour halves of rtnetlink (families AF_INET and
// AF_UNSPEC) as one request/reply union: the door between `ip addr|route|neigh`,
// net-tools and the IPv4 model, next to the link door of ./rtnetlink.ts.

import type { IfAddrMsg, RtmDelAddr, RtmGetAddr, RtmNewAddr } from "./if_addr.js";
import type { NdMsg, RtmDelNeigh, RtmGetNeigh, RtmNewNeigh } from "./neighbour.js";
import type { RtMsg, RtmGetRoute, RtmModRoute } from "./route.js";

export type InetRtnlRequest =
  | RtmNewAddr
  | RtmDelAddr
  | RtmGetAddr
  | RtmModRoute
  | RtmGetRoute
  | RtmNewNeigh
  | RtmDelNeigh
  | RtmGetNeigh;

export type InetRtnlReply =
  | { type: "ack" }
  | { type: "addrs"; addrs: IfAddrMsg[] }
  | { type: "routes"; routes: RtMsg[] }
  | { type: "neighs"; neighs: NdMsg[] };
