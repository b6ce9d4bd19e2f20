#!/usr/bin/env bash
# Run inside /work/shared/tools/kernel-sandbox (see record.sh): glibc's real
# stub resolver against a tiny UDP server on 127.0.0.1:53 that logs every
# query (hex) and answers with the reply bytes given for its name (our
# emitDns output, the id patched in), so glibc, ping, curl and nc read the
# answers nslab's server makes. /etc/resolv.conf is bind-mounted over in the
# sandbox's private mount namespace only.
#   $1 = reply hex for example.com (A), $2 = reply hex for nosuch.example (NXDOMAIN)
set -u
ip link set lo up
printf 'nameserver 127.0.0.1\n' > /tmp/resolv.conf
mount --bind /tmp/resolv.conf /etc/resolv.conf
printf 'hosts: files dns\n' > /tmp/nsswitch.conf
mount --bind /tmp/nsswitch.conf /etc/nsswitch.conf
cat > /tmp/srv.py <<'PY'
import socket, sys
replies = {b"example.com": bytes.fromhex(sys.argv[1]), b"nosuch.example": bytes.fromhex(sys.argv[2])}
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 53))
log = open("/tmp/queries.hex", "w")
while True:
    q, peer = s.recvfrom(4096)
    log.write(q.hex() + "\n"); log.flush()
    # the first question's name
    i, labels = 12, []
    while q[i]:
        labels.append(q[i + 1:i + 1 + q[i]]); i += 1 + q[i]
    qtype = int.from_bytes(q[i + 1:i + 3], "big")
    r = replies.get(b".".join(labels))
    if r is None or qtype != 1:
        continue  # AAAA and the rest: no answer (the client times out on them)
    s.sendto(q[:2] + r[2:], peer)
PY
/usr/bin/python3 /tmp/srv.py "$1" "$2" & srv=$!
for i in 1 2 3 4 5 6 7 8 9 10; do ss -Hlun | grep -q "127.0.0.1:53 " && break; sleep 0.2; done
# getent ahostsv4 sets AI_ADDRCONFIG and gives up without a non-loopback address; hosts does not.
echo '$ getent hosts example.com'; getent hosts example.com; echo "rc=$?"
echo '$ ping -4 -c1 -W1 example.com'; ping -4 -c1 -W1 example.com; echo "rc=$?"
echo '$ ping -4 -c1 -W1 nosuch.example'; ping -4 -c1 -W1 nosuch.example; echo "rc=$?"
echo '$ curl -s4 http://nosuch.example/'; curl -s4 http://nosuch.example/; echo "rc=$?"
echo '$ nc -4 -z nosuch.example 80'; nc -4 -z nosuch.example 80; echo "rc=$?"
kill $srv; wait $srv 2>/dev/null
echo '--- queries'; cat /tmp/queries.hex
# Nobody listening: ICMP port unreachable on lo, EAI_AGAIN at once.
echo '$ ping -4 -c1 -W1 example.com'; ping -4 -c1 -W1 example.com; echo "rc=$?"
echo '$ nc -4 -z example.com 80'; nc -4 -z example.com 80; echo "rc=$?"
