// iputils 20221126: ping.
import type { ProgramTable } from "../program-table.js";
import { pingMain } from "./ping.js";

export const IPUTILS: ProgramTable = [{ name: "ping", path: "/usr/bin/ping", main: pingMain }];
