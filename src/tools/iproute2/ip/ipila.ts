// iproute2 6.1 ip/ipila.c: `ip ila` talks to the "ila" generic netlink family, which
// the sandbox kernel lacks: with no words or `help` the usage (exit 255), with
// anything else the failed family lookup (exit 1) before a word is parsed.

import { registerIpObject } from "./ip.js";
import { genlAbsentObject } from "../lib/libgenl.js";

const USAGE =
  "Usage: ip ila add loc_match LOCATOR_MATCH loc LOCATOR [ dev DEV ] OPTIONS\n" +
  "       ip ila del loc_match LOCATOR_MATCH [ loc LOCATOR ] [ dev DEV ]\n" +
  "       ip ila list\n" +
  "OPTIONS := [ csum-mode { adj-transport | neutral-map |\n" +
  "                         neutral-map-auto | no-action } ]\n" +
  "           [ ident-type { luid | use-format } ]\n";

registerIpObject("ila", genlAbsentObject("ila", USAGE));
