// Seed 004 (/work/shared/seeds/004_*.txt) told through docker: two nginx
// containers on docker0, one veth each plugged into the bridge, eth0 inside with
// 172.17.0.x/16 and a default route via 172.17.0.1, pings between them and to
// the host. Names of veths and MACs are random (world RNG), so they are read
// back from the world and the listings are checked against them.

import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";

/** What the nginx image's /docker-entrypoint.sh prints before nginx starts. */
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

describe("seed 004: containers on docker0", () => {
  it("two nginx containers: veths on docker0, routes, pings", async () => {
    const w = new World({ seed: 4 });
    const run = (s: string) => w.run(s);
    let r = await run("docker run --name nginx-1 -d nginx:latest\ndocker run -d --name nginx-2 nginx");
    expect(r.status).toBe(0);
    const ids = r.stdout.trim().split("\n");
    expect(ids.map((i) => /^[0-9a-f]{64}$/.test(i))).toEqual([true, true]);

    r = await run("ip -o link show master docker0 | awk '{print $2}' | cut -d@ -f1");
    const veths = r.stdout.trim().split("\n");
    expect(veths.map((v) => /^veth[0-9a-f]{7}$/.test(v))).toEqual([true, true]);
    r = await run("brctl show");
    const mac = (await run("ip -br link show docker0")).stdout.split(/ +/)[2]!.replaceAll(":", "");
    const sorted = [...veths].sort();
    expect(r.stdout).toBe(
      `bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.${mac}\tno\t\t${sorted[0]}\n\t\t\t\t\t\t\t${sorted[1]}\n`,
    );

    r = await run("docker exec nginx-1 route -n");
    expect(r.stdout).toBe(
      "Kernel IP routing table\n" +
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n" +
        "0.0.0.0         172.17.0.1      0.0.0.0         UG    0      0        0 eth0\n" +
        "172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n",
    );
    r = await run("docker exec nginx-1 ip -4 -o addr show eth0 | awk '{print $4, $6}'");
    expect(r.stdout).toBe("172.17.0.2/16 172.17.255.255\n");

    r = await run("docker exec nginx-1 ping -c 2 172.17.0.3 | tail -2 | head -1");
    expect(r.stdout).toMatch(/^2 packets transmitted, 2 received, 0% packet loss/);
    r = await run("docker exec nginx-2 ping -c 1 172.17.0.1 | tail -2 | head -1");
    expect(r.stdout).toMatch(/^1 packets transmitted, 1 received, 0% packet loss/);
    r = await run("ping -c 1 172.17.0.2 | tail -2 | head -1");
    expect(r.stdout).toMatch(/^1 packets transmitted, 1 received, 0% packet loss/);

    r = await run("docker ps");
    expect(r.stdout).toBe(
      "CONTAINER ID   IMAGE          COMMAND                  CREATED        STATUS        PORTS     NAMES\n" +
        `${ids[1]!.slice(0, 12)}   nginx          "/docker-entrypoint.…"   1 second ago   Up 1 second   80/tcp    nginx-2\n` +
        `${ids[0]!.slice(0, 12)}   nginx:latest   "/docker-entrypoint.…"   1 second ago   Up 1 second   80/tcp    nginx-1\n`,
    );
    r = await run("docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}} {{.NetworkSettings.IPPrefixLen}}' nginx-2");
    expect(r.stdout).toBe("172.17.0.3 172.17.0.1 16\n");

    // Both really serve HTTP on :80 in their own namespaces: from the host and from each other.
    r = await run("curl -s 172.17.0.2 | grep title; docker exec nginx-2 curl -s -o /dev/null -w '%{http_code}\\n' 172.17.0.2");
    expect(r).toEqual({ stdout: "<title>Welcome to nginx!</title>\n200\n", stderr: "", status: 0 });
    r = await run("docker exec nginx-1 ss -ltn; ss -ltn");
    expect(r.stdout).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n" +
        "LISTEN 0      511          0.0.0.0:80        0.0.0.0:*          \n" +
        "State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n",
    );
  });

  it("docker run --net=host: the second nginx cannot bind :80 and exits", async () => {
    const w = new World({ seed: 4 });
    const run = (s: string) => w.run(s);
    let r = await run("docker run -d --name web1 --net=host nginx >/dev/null\ndocker run -d --name web2 --net=host nginx >/dev/null\nsleep 3");
    expect(r.status).toBe(0);
    // nginx tries five times, 500 ms apart, for 0.0.0.0:80 and [::]:80 (the image's default.conf listens on both).
    const bindFailed = "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to [::]:80 failed (98: Address already in use)\n";
    r = await run("docker logs web2");
    expect(r.stdout).toBe(NGINX_BANNER);
    expect(r.stderr).toBe(bindFailed.repeat(5) + "nginx: [emerg] still could not bind()\n");
    r = await run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' web2 web1; docker ps -a | awk 'NR>1 {print $NF}'");
    expect(r.stdout).toBe("exited 1\nrunning 0\nweb2\nweb1\n");
    expect((await run("docker ps | awk 'NR>1 {print $NF}'")).stdout).toBe("web1\n");
    // The first one serves on the host's own port 80, its socket in the host's namespace.
    r = await run("curl -sI localhost | head -2; ss -ltn | tail -n +2");
    expect(r.stdout).toBe("HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\n" + "LISTEN 0      511          0.0.0.0:80        0.0.0.0:*          \n");
    // Stopped with its stop signal (SIGQUIT): nginx shuts down gracefully, exit 0, the port is free again.
    r = await run("docker stop web1; docker inspect -f '{{.State.ExitCode}}' web1; ss -ltn | wc -l; ps -e | grep -c nginx");
    expect(r.stdout).toBe("web1\n0\n1\n0\n");
  });

  it("stopping a container takes its veth off the bridge", async () => {
    const w = new World({ seed: 4 });
    const r = await w.run("docker run -d --name a busybox sleep 1000 >/dev/null\nip -o link show master docker0 | wc -l\ndocker stop a\nip -o link show master docker0 | wc -l\ndocker ps -a --format x 2>/dev/null; docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' a");
    // busybox's sleep is pid 1 and ignores SIGTERM: docker stop kills it after 10 s.
    expect(r.stdout).toBe("1\na\n0\nexited 137\n");
  });

  it("an image that cannot be pulled", async () => {
    const w = new World({ seed: 4 });
    const r = await w.run("docker run nope");
    expect(r.stderr).toBe(
      "Unable to find image 'nope:latest' locally\n" +
        "docker: Error response from daemon: pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\n" +
        "Run 'docker run --help' for more information\n",
    );
    expect(r.status).toBe(125);
  });
});

describe("seed 004: published ports", () => {
  it("curl from another host reaches a published port (DNAT); local connections go through docker-proxy", async () => {
    const w = new World({ seed: 4, hosts: ["host1", "host2"] });
    const on = (host: string, s: string) => w.run(s, { host });
    let r = await on("host1", "docker run -d --name web -p 8080:80 nginx >/dev/null; docker port web; docker port web 80/tcp");
    // Docker 28 on a host with IPv6 would add "80/tcp -> [::]:8080" (the model has no AF_INET6 sockets).
    expect(r).toEqual({ stdout: "80/tcp -> 0.0.0.0:8080\n0.0.0.0:8080\n", stderr: "", status: 0 });

    r = await on("host2", "curl -s 10.0.0.1:8080 | grep title; curl -s -o /dev/null -w '%{http_code} %{remote_ip}:%{remote_port}\\n' 10.0.0.1:8080");
    expect(r).toEqual({ stdout: "<title>Welcome to nginx!</title>\n200 10.0.0.1:8080\n", stderr: "", status: 0 });
    // host1's conntrack saw them DNATed to the container: replies come from 172.17.0.2:80.
    r = await on("host1", "conntrack -L -p tcp --dport 8080 2>/dev/null | awk '{print $5, $6, $8, $9, $10, $11}' | sort -u");
    expect(r.stdout).toBe("src=10.0.0.2 dst=10.0.0.1 dport=8080 src=172.17.0.2 dst=10.0.0.2 sport=80\n");
    r = await on("host1", "iptables -t nat -nvL DOCKER | tail -1");
    expect(r.stdout).toBe("    2   120 DNAT       6    --  !docker0 *       0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:172.17.0.2:80\n");

    // The userland proxy: a child of dockerd holding the host port dockerd bound (fd 4).
    r = await on("host1", "ps -o ppid=,args= -C docker-proxy; ps -o pid= -C dockerd; ss -ltnp | tail -n +2");
    const [proxyLine, dockerdPid, ssLine] = r.stdout.split("\n");
    expect(proxyLine).toBe(`${dockerdPid!.trim().padStart(5)} /usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80 -use-listen-fd`);
    expect(ssLine).toMatch(/^LISTEN 0      4096         0\.0\.0\.0:8080      0\.0\.0\.0:\*    users:\(\("docker-proxy",pid=\d+,fd=4\)\)$/);
    // localhost is not DNATed (nat OUTPUT skips 127.0.0.0/8): the proxy carries it, as on a real Docker host.
    r = await on("host1", "curl -s localhost:8080 | grep title; curl -s 10.0.0.1:8080 | grep -c nginx");
    expect(r.stdout).toBe("<title>Welcome to nginx!</title>\n6\n");
    r = await on("host1", "iptables -t nat -nvL DOCKER | tail -1 | awk '{print $1}'");
    expect(r.stdout).toBe("3\n");

    // Stopping the container takes the proxy and the port away.
    r = await on("host1", "docker stop web >/dev/null; ps -C docker-proxy >/dev/null; echo $?; ss -ltn | wc -l");
    expect(r.stdout).toBe("1\n1\n");
    r = await on("host2", "curl -s -m 2 10.0.0.1:8080; echo $?");
    expect(r.stdout).toBe("7\n");
  });

  it("host ports already taken: by another container, by a host process", async () => {
    const w = new World({ seed: 4 });
    const run = (s: string) => w.run(s);
    let r = await run("docker run -d --name a -p 8080:80 nginx >/dev/null\npython3 -m http.server 9090 >/dev/null 2>&1 &\nsleep 1");
    r = await run("docker run -d --name b -p 8080:80 nginx");
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint b \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
    r = await run("docker run -d --name c -p 9090:80 nginx");
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint c \([0-9a-f]{64}\): failed to bind host port for 0\.0\.0\.0:9090:172\.17\.0\.3:80\/tcp: address already in use\n\nRun 'docker run --help' for more information\n$/,
    );
    r = await run("docker inspect -f '{{.State.Status}}' a b c; ip -o link show master docker0 | wc -l; iptables -t nat -S DOCKER | grep -c DNAT");
    expect(r.stdout).toBe("running\ncreated\ncreated\n1\n1\n");
  });

  it("redis answers on 6379", async () => {
    const w = new World({ seed: 4 });
    const r = await w.run("docker run -d --name r -p 6379:6379 redis >/dev/null\nprintf 'PING\\r\\nSET k v\\r\\nGET k\\r\\n*2\\r\\n$4\\r\\nECHO\\r\\n$2\\r\\nhi\\r\\nFOO x\\r\\n' | nc -N 172.17.0.2 6379\nprintf 'PING\\r\\n' | nc -N localhost 6379");
    expect(r.stdout).toBe("+PONG\r\n+OK\r\n$1\r\nv\r\n$2\r\nhi\r\n-ERR unknown command 'FOO', with args beginning with: 'x' \r\n+PONG\r\n");
  });

  it("httpd serves its 'It works!' page on :80", async () => {
    const w = new World({ seed: 4 });
    const r = await w.run("docker run -d --name h -p 8081:80 httpd >/dev/null\ncurl -s localhost:8081; curl -sI 172.17.0.2 | sed -n '1p;3p;5p'; curl -s -o /dev/null -w '%{http_code}\\n' 172.17.0.2/nope\ndocker stop h; docker inspect -f '{{.State.ExitCode}}' h");
    expect(r.stdout).toBe(
      "<html><body><h1>It works!</h1></body></html>\nHTTP/1.1 200 OK\r\nServer: Apache/2.4.63 (Unix)\r\nETag: \"2d-432a5e4a73a80\"\r\n404\nh\n0\n",
    );
  });
});
