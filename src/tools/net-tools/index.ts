// net-tools 2.10: ifconfig, route, arp.
import type { ProgramTable } from "../program-table.js";
import { arpMain } from "./arp.js";
import { ifconfigMain } from "./ifconfig.js";
import { routeMain } from "./route.js";

export const NET_TOOLS: ProgramTable = [
  { name: "ifconfig", path: "/usr/sbin/ifconfig", main: ifconfigMain },
  { name: "route", path: "/usr/sbin/route", main: routeMain },
  { name: "arp", path: "/usr/sbin/arp", main: arpMain },
];
