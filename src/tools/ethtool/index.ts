// ethtool 6.1.
import type { ProgramTable } from "../program-table.js";

export const ETHTOOL: ProgramTable = [];
