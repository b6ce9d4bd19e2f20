// iproute2 6.1 ip/ipmacsec.c: `ip macsec` talks to the "macsec" generic netlink family, which
// the sandbox kernel lacks: with no words or `help` the usage (exit 255), with
// anything else the failed family lookup (exit 1) before a word is parsed.

import { registerIpObject } from "./ip.js";
import { genlAbsentObject } from "../lib/libgenl.js";

const USAGE =
  "Usage: ip macsec add DEV tx sa { 0..3 } [ OPTS ] key ID KEY\n" +
  "       ip macsec set DEV tx sa { 0..3 } [ OPTS ]\n" +
  "       ip macsec del DEV tx sa { 0..3 }\n" +
  "       ip macsec add DEV rx SCI [ on | off ]\n" +
  "       ip macsec set DEV rx SCI [ on | off ]\n" +
  "       ip macsec del DEV rx SCI\n" +
  "       ip macsec add DEV rx SCI sa { 0..3 } [ OPTS ] key ID KEY\n" +
  "       ip macsec set DEV rx SCI sa { 0..3 } [ OPTS ]\n" +
  "       ip macsec del DEV rx SCI sa { 0..3 }\n" +
  "       ip macsec show\n" +
  "       ip macsec show DEV\n" +
  "       ip macsec offload DEV [ off | phy | mac ]\n" +
  "where  OPTS := [ pn <u32> | xpn <u64> ] [ salt SALT ] [ ssci <u32> ] [ on | off ]\n" +
  "       ID   := 128-bit hex string\n" +
  "       KEY  := 128-bit or 256-bit hex string\n" +
  "       SCI  := { sci <u64> | port { 1..2^16-1 } address <lladdr> }\n" +
  "       SALT := 96-bit hex string\n";

registerIpObject("macsec", genlAbsentObject("macsec", USAGE));
