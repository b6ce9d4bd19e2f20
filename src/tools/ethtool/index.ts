// ethtool 6.1.
import type { ProgramTable } from "../program-table.js";
import { ethtoolMain } from "./ethtool.js";

export const ETHTOOL: ProgramTable = [{ name: "ethtool", path: "/usr/sbin/ethtool", main: ethtoolMain }];
