// bridge-utils 1.7.1: brctl.
import type { ProgramTable } from "../program-table.js";
import { brctlMain } from "./brctl.js";

export const BRIDGE_UTILS: ProgramTable = [{ name: "brctl", path: "/usr/sbin/brctl", main: brctlMain }];
