// bridge-utils 1.7.1: brctl.
import type { ProgramTable } from "../program-table.js";

export const BRIDGE_UTILS: ProgramTable = [];
