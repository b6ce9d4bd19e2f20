// iproute2 6.1: ip (link, netns here; address/route/neigh from the IPv4 model), bridge.
import type { ProgramTable } from "../program-table.js";
import { ipMain } from "./ip/ip.js";
import { ssMain } from "./misc/ss.js";
import { nstatMain } from "./misc/nstat.js";
import { bridgeMain } from "./bridge/bridge.js";
import { tcMain } from "./tc/tc.js";
// tc's filters, actions and the kinds the kernel lacks register themselves in tc's tables.
import "./tc/tc_modules.js";
import { TC_DIST_FILES } from "./netem/maketables.js";
import { routelMain } from "./misc/routel.js";
// The IPv4 model's objects register themselves in ip's command table.
import "./ip/ipaddress.js";
import "./ip/iproute.js";
import "./ip/ipneigh.js";
import "./ip/ipntable.js";
import "./ip/iprule.js";
import "./ip/ipstats.js";
import "./ip/ipnexthop.js";
import "./ip/ipmaddr.js";
import "./ip/ipvrf.js";
import "./ip/iptuntap.js";
import "./ip/ipnetconf.js";
import "./ip/ipaddrlabel.js";
import "./ip/iptunnel.js";
import "./ip/ipmonitor.js";
import "./ip/ipmptcp.js";
import "./ip/ipfou.js";
import "./ip/ipila.js";
import "./ip/ipl2tp.js";
import "./ip/ipmacsec.js";
import "./ip/tcp_metrics.js";
import "./ip/iptoken.js";
import "./ip/ipmroute.js";
import "./ip/ipseg6.js";
import "./ip/ipioam6.js";

export const IPROUTE2: ProgramTable = [
  { name: "ip", path: "/usr/sbin/ip", main: ipMain },
  { name: "ss", path: "/usr/bin/ss", main: ssMain },
  { name: "nstat", path: "/usr/bin/nstat", main: nstatMain },
  { name: "bridge", path: "/usr/sbin/bridge", main: bridgeMain },
  { name: "tc", path: "/usr/sbin/tc", main: tcMain, files: TC_DIST_FILES },
  { name: "routel", path: "/usr/bin/routel", main: routelMain },
];
