// OpenSSH 9.2p1 client: ssh (a session on another host of the world, no transport).
import type { ProgramTable } from "../program-table.js";
import { sshMain } from "./ssh.js";

export const OPENSSH_CLIENT: ProgramTable = [{ name: "ssh", path: "/usr/bin/ssh", main: sshMain }];
