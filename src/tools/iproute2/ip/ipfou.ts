// iproute2 6.1 ip/ipfou.c: `ip fou` talks to the "fou" generic netlink family, which
// the sandbox kernel lacks: with no words or `help` the usage (exit 255), with
// anything else the failed family lookup (exit 1) before a word is parsed.

import { registerIpObject } from "./ip.js";
import { genlAbsentObject } from "../lib/libgenl.js";

const USAGE =
  "Usage: ip fou add port PORT { ipproto PROTO  | gue }\n" +
  "\t\t   [ local IFADDR ] [ peer IFADDR ]\n" +
  "\t\t   [ peer_port PORT ] [ dev IFNAME ]\n" +
  "       ip fou del port PORT [ local IFADDR ]\n" +
  "\t\t   [ peer IFADDR ] [ peer_port PORT ]\n" +
  "\t\t   [ dev IFNAME ]\n" +
  "       ip fou show\n" +
  "\n" +
  "Where: PROTO { ipproto-name | 1..255 }\n" +
  "       PORT { 1..65535 }\n" +
  "       IFADDR { addr }\n";

registerIpObject("fou", genlAbsentObject("fou", USAGE));
