// Every program the emulated hosts can run, gathered from each package's table.
// One folder per upstream package; each exports its ProgramTable from index.ts.

import { BRIDGE_UTILS } from "./bridge-utils/index.js";
import { CONNTRACK_TOOLS } from "./conntrack-tools/index.js";
import { COREUTILS } from "./coreutils/index.js";
import { CURL } from "./curl/index.js";
import { DEBIANUTILS } from "./debianutils/index.js";
import { DIFFUTILS } from "./diffutils/index.js";
import { DNSMASQ_BASE } from "./dnsmasq-base/index.js";
import { DOCKER_CLI } from "./docker-cli/index.js";
import { ETHTOOL } from "./ethtool/index.js";
import { FINDUTILS } from "./findutils/index.js";
import { GAWK } from "./gawk/index.js";
import { GREP } from "./grep/index.js";
import { HOSTNAME_PKG } from "./hostname/index.js";
import { IPROUTE2 } from "./iproute2/index.js";
import { IPSET } from "./ipset/index.js";
import { IPTABLES } from "./iptables/index.js";
import { IPUTILS } from "./iputils/index.js";
import { LIBC_BIN } from "./libc-bin/index.js";
import { NET_TOOLS } from "./net-tools/index.js";
import { NFTABLES } from "./nftables/index.js";
import { NGINX } from "./nginx/index.js";
import { NETCAT_OPENBSD } from "./netcat-openbsd/index.js";
import { OPENSSH_CLIENT } from "./openssh-client/index.js";
import type { ProgramTable } from "./program-table.js";
import { PROCPS } from "./procps/index.js";
import { PYTHON3 } from "./python3/index.js";
import { SED } from "./sed/index.js";
import { SUDO } from "./sudo/index.js";
import { TCPDUMP } from "./tcpdump/index.js";
import { TRACEROUTE } from "./traceroute/index.js";
import { UTIL_LINUX } from "./util-linux/index.js";
import { XXD } from "./xxd/index.js";

export const ALL_PROGRAMS: ProgramTable = [
  ...COREUTILS,
  ...GREP,
  ...SED,
  ...GAWK,
  ...FINDUTILS,
  ...DEBIANUTILS,
  ...DIFFUTILS,
  ...HOSTNAME_PKG,
  ...LIBC_BIN,
  ...DNSMASQ_BASE,
  ...SUDO,
  ...UTIL_LINUX,
  ...XXD,
  ...PROCPS,
  ...IPROUTE2,
  ...BRIDGE_UTILS,
  ...NET_TOOLS,
  ...IPUTILS,
  ...TCPDUMP,
  ...ETHTOOL,
  ...OPENSSH_CLIENT,
  ...NETCAT_OPENBSD,
  ...CURL,
  ...PYTHON3,
  ...TRACEROUTE,
  ...NGINX,
  ...IPTABLES,
  ...IPSET,
  ...NFTABLES,
  ...CONNTRACK_TOOLS,
  ...DOCKER_CLI,
];
