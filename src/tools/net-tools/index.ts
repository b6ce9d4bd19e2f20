// net-tools 2.10: ifconfig, route, arp, netstat.
import type { ProgramTable } from "../program-table.js";
import { arpMain } from "./arp.js";
import { ifconfigMain } from "./ifconfig.js";
import { netstatMain } from "./netstat.js";
import { routeMain } from "./route.js";

export const NET_TOOLS: ProgramTable = [
  { name: "ifconfig", path: "/usr/sbin/ifconfig", main: ifconfigMain },
  { name: "route", path: "/usr/sbin/route", main: routeMain },
  { name: "arp", path: "/usr/sbin/arp", main: arpMain },
  { name: "netstat", path: "/usr/bin/netstat", main: netstatMain },
];
