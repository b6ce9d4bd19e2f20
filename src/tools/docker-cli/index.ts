// The docker CLI (docker-ce-cli 28.2.2) at /usr/bin/docker; its daemon is src/container/docker.
import type { ProgramTable } from "../program-table.js";
import { dockerMain } from "./docker.js";

export const DOCKER_CLI: ProgramTable = [{ name: "docker", path: "/usr/bin/docker", main: dockerMain }];
