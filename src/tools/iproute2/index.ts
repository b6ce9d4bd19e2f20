// iproute2 6.1: ip, bridge.
import type { ProgramTable } from "../program-table.js";

export const IPROUTE2: ProgramTable = [];
