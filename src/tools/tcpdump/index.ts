// tcpdump 4.99.
import type { ProgramTable } from "../program-table.js";

export const TCPDUMP: ProgramTable = [];
