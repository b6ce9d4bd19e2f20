// Images are behaviours, not filesystems: each known image says what its
// config would (Entrypoint, Cmd, ExposedPorts, Env, WorkingDir) and the
// container runs that command with the host's programs (containers share the
// host's filesystem in the model; see README). A server image runs the host's
// server program (nginx) or, where the host has none, the built-in one
// (httpd.ts, redis.ts); see lifecycle.ts resolveProgram.

export interface ImageConfig {
  repo: string;
  tag: string;
  /** 64-hex image id (sha256), fixed per image so `docker images`/inspect are stable. */
  id: string;
  entrypoint: string[];
  cmd: string[];
  exposed: string[];
  env: string[];
  /** What the main process prints when it starts (the image's entrypoint banner). */
  banner: string;
  /** Signal that stops it gracefully (STOPSIGNAL); undefined: SIGTERM. */
  stopSignal?: number;
}

const PATH_ENV = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const NGINX_BANNER =
  "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n" +
  "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n" +
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n" +
  "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n" +
  "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n" +
  "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n" +
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n" +
  "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n" +
  "/docker-entrypoint.sh: Configuration complete; ready for start up\n";

export const IMAGES: readonly ImageConfig[] = [
  {
    repo: "nginx",
    tag: "latest",
    id: "be69f2940aaf64fdf50c9c99420cbd57e10ee655ec7204df1c407e9af63d0cc1",
    entrypoint: ["/docker-entrypoint.sh"],
    cmd: ["nginx", "-g", "daemon off;"],
    exposed: ["80/tcp"],
    env: [PATH_ENV, "NGINX_VERSION=1.27.5"],
    banner: NGINX_BANNER,
    stopSignal: 3,
  },
  {
    repo: "httpd",
    tag: "latest",
    id: "90f191b9781e01f2cd9ba1c3e26f7bbf5b35a6d1df1b55ae9a1e9fb8b1c06c4e",
    entrypoint: [],
    cmd: ["httpd-foreground"],
    exposed: ["80/tcp"],
    env: [PATH_ENV, "HTTPD_PREFIX=/usr/local/apache2"],
    banner: "",
    stopSignal: 28,
  },
  {
    repo: "redis",
    tag: "latest",
    id: "a4b90e7079b67c41bdf4ca6f9d87197079e4c1c3273b7f489a74f2687d85a05e",
    entrypoint: ["docker-entrypoint.sh"],
    cmd: ["redis-server"],
    exposed: ["6379/tcp"],
    env: [PATH_ENV],
    banner: "",
  },
  {
    repo: "busybox",
    tag: "latest",
    id: "6d3e4188a38af91b0c1577b9e88c53368926b2fe0e1fb985d6e8a70040520c4d",
    entrypoint: [],
    cmd: ["sh"],
    exposed: [],
    env: [PATH_ENV],
    banner: "",
  },
  {
    repo: "alpine",
    tag: "latest",
    id: "8d591b0b7dea080ea3be9e12ae563eebf9869168ffced1cb25b2470a3d9fe15e",
    entrypoint: [],
    cmd: ["/bin/sh"],
    exposed: [],
    env: [PATH_ENV],
    banner: "",
  },
];

/** Splits "name[:tag]" (a registry host or digest is not modelled). */
export function parseRef(ref: string): { repo: string; tag: string } {
  const i = ref.lastIndexOf(":");
  if (i > 0 && !ref.slice(i).includes("/")) return { repo: ref.slice(0, i), tag: ref.slice(i + 1) };
  return { repo: ref, tag: "latest" };
}

export function findImage(ref: string): ImageConfig | undefined {
  const { repo, tag } = parseRef(ref);
  const r = repo.replace(/^(docker\.io\/)?(library\/)?/, "");
  return IMAGES.find((i) => i.repo === r && i.tag === tag);
}

/** The server programs that stand for an image's daemon process on this host. */
export const SERVER_OF: Record<string, string[]> = {
  nginx: ["nginx", "-g", "daemon off;"],
  "httpd-foreground": ["httpd-foreground"],
  "redis-server": ["redis-server"],
};
