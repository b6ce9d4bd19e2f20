// dnsmasq-base 2.90 (Debian 12): dnsmasq as a small local DNS server (dnsmasq.ts).
import type { ProgramTable } from "../program-table.js";
import { dnsmasqMain } from "./dnsmasq.js";

export const DNSMASQ_BASE: ProgramTable = [{ name: "dnsmasq", path: "/usr/sbin/dnsmasq", main: dnsmasqMain }];
