// net-tools 2.10: ifconfig, route, arp, netstat, ipmaddr; iptunnel, mii-tool, plipconfig and rarp (whose ioctls this kernel refuses).
import type { ProgramTable } from "../program-table.js";
import { arpMain } from "./arp.js";
import { ifconfigMain } from "./ifconfig.js";
import { netstatMain } from "./netstat.js";
import { routeMain } from "./route.js";
import { miiToolMain } from "./mii-tool.js";
import { plipconfigMain } from "./plipconfig.js";
import { rarpMain } from "./rarp.js";
import { ipmaddrMain } from "./ipmaddr.js";
import { iptunnelMain } from "./iptunnel.js";

export const NET_TOOLS: ProgramTable = [
  { name: "ifconfig", path: "/usr/sbin/ifconfig", main: ifconfigMain },
  { name: "route", path: "/usr/sbin/route", main: routeMain },
  { name: "arp", path: "/usr/sbin/arp", main: arpMain },
  { name: "netstat", path: "/usr/bin/netstat", main: netstatMain },
  { name: "mii-tool", path: "/usr/sbin/mii-tool", main: miiToolMain },
  { name: "plipconfig", path: "/usr/sbin/plipconfig", main: plipconfigMain },
  { name: "rarp", path: "/usr/sbin/rarp", main: rarpMain },
  { name: "ipmaddr", path: "/usr/sbin/ipmaddr", main: ipmaddrMain },
  { name: "iptunnel", path: "/usr/sbin/iptunnel", main: iptunnelMain },
];
