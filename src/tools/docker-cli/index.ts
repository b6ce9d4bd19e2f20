// The docker CLI (docker-ce-cli 28.2.2) at /usr/bin/docker; its daemon is src/container/docker.
// docker-proxy (docker-ce 28.2.2's userland proxy) at /usr/bin/docker-proxy, which dockerd starts per published port.
import type { ProgramTable } from "../program-table.js";
import { dockerMain } from "./docker.js";
import { dockerProxyMain } from "./docker-proxy.js";

export const DOCKER_CLI: ProgramTable = [
  { name: "docker", path: "/usr/bin/docker", main: dockerMain },
  { name: "docker-proxy", path: "/usr/bin/docker-proxy", main: dockerProxyMain },
];
