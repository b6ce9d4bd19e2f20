// iproute2 6.1 ip/ipl2tp.c: `ip l2tp` talks to the "l2tp" generic netlink family, which
// the sandbox kernel lacks: with no words or `help` the usage (exit 255), with
// anything else the failed family lookup (exit 1) before a word is parsed.

import { registerIpObject } from "./ip.js";
import { genlAbsentObject } from "../lib/libgenl.js";

const USAGE =
  "Usage: ip l2tp add tunnel\n" +
  "          remote ADDR local ADDR\n" +
  "          tunnel_id ID peer_tunnel_id ID\n" +
  "          [ encap { ip | udp } ]\n" +
  "          [ udp_sport PORT ] [ udp_dport PORT ]\n" +
  "          [ udp_csum { on | off } ]\n" +
  "          [ udp6_csum_tx { on | off } ]\n" +
  "          [ udp6_csum_rx { on | off } ]\n" +
  "Usage: ip l2tp add session [ name NAME ]\n" +
  "          tunnel_id ID\n" +
  "          session_id ID peer_session_id ID\n" +
  "          [ cookie HEXSTR ] [ peer_cookie HEXSTR ]\n" +
  "          [ seq { none | send | recv | both } ]\n" +
  "          [ l2spec_type L2SPEC ]\n" +
  "       ip l2tp del tunnel tunnel_id ID\n" +
  "       ip l2tp del session tunnel_id ID session_id ID\n" +
  "       ip l2tp show tunnel [ tunnel_id ID ]\n" +
  "       ip l2tp show session [ tunnel_id ID ] [ session_id ID ]\n" +
  "\n" +
  "Where: NAME   := STRING\n" +
  "       ADDR   := { IP_ADDRESS | any }\n" +
  "       PORT   := { 0..65535 }\n" +
  "       ID     := { 1..4294967295 }\n" +
  "       HEXSTR := { 8 or 16 hex digits (4 / 8 bytes) }\n" +
  "       L2SPEC := { none | default }\n";

registerIpObject("l2tp", genlAbsentObject("l2tp", USAGE));
