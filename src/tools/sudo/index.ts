// sudo 1.9.13p3: runs the command (everything already runs as root).
import type { ProgramTable } from "../program-table.js";
import { sudoMain } from "./sudo.js";

export const SUDO: ProgramTable = [{ name: "sudo", path: "/usr/bin/sudo", main: sudoMain }];
