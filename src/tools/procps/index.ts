// procps 4.0: sysctl (ps comes from the process model).
import type { ProgramTable } from "../program-table.js";
import { sysctlMain } from "./sysctl.js";

export const PROCPS: ProgramTable = [{ name: "sysctl", path: "/usr/sbin/sysctl", main: sysctlMain }];
