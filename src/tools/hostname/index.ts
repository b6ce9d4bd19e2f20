// hostname 3.23: hostname, dnsdomainname, domainname.
import type { ProgramTable } from "../program-table.js";
import { dnsdomainnameMain, domainnameMain, hostnameMain } from "./hostname.js";

export const HOSTNAME_PKG: ProgramTable = [
  { name: "hostname", path: "/usr/bin/hostname", main: hostnameMain },
  { name: "dnsdomainname", path: "/usr/bin/dnsdomainname", main: dnsdomainnameMain },
  { name: "domainname", path: "/usr/bin/domainname", main: domainnameMain },
];
