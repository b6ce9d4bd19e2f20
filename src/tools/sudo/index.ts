// sudo: runs the command (everything already runs as root).
import type { ProgramTable } from "../program-table.js";

export const SUDO: ProgramTable = [];
