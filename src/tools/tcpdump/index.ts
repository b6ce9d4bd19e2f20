// tcpdump 4.99.
import type { ProgramTable } from "../program-table.js";
import { tcpdumpMain } from "./tcpdump.js";

export const TCPDUMP: ProgramTable = [{ name: "tcpdump", path: "/usr/bin/tcpdump", main: tcpdumpMain }];
