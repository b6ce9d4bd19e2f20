// iproute2 6.1: ip (link, netns here; address/route/neigh from the IPv4 model), bridge.
import type { ProgramTable } from "../program-table.js";
import { ipMain } from "./ip/ip.js";

export const IPROUTE2: ProgramTable = [{ name: "ip", path: "/usr/sbin/ip", main: ipMain }];
