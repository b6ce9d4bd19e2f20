// traceroute 1:2.1.2-1 (Debian 12): /usr/bin/traceroute.db, reached as
// /usr/sbin/traceroute through the alternatives symlinks.
import type { ProgramTable } from "../program-table.js";
import { tracerouteMain } from "./traceroute.js";

export const TRACEROUTE: ProgramTable = [
  {
    name: "traceroute.db",
    path: "/usr/bin/traceroute.db",
    main: tracerouteMain,
    links: [
      ["/etc/alternatives/traceroute", "/usr/bin/traceroute.db"],
      ["/usr/bin/traceroute", "/etc/alternatives/traceroute"],
      ["/etc/alternatives/traceroute.sbin", "/usr/bin/traceroute.db"],
      ["/usr/sbin/traceroute", "/etc/alternatives/traceroute.sbin"],
    ],
  },
];
