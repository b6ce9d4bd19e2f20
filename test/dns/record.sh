#!/usr/bin/env bash
# Re-records cases/glibc-against-nslab-replies.out: the reply bytes nslab's DNS
# server (services/dns) emits for example.com (A 203.0.113.10) and
# nosuch.example (NXDOMAIN) are served to the real glibc, ping, curl and nc
# inside the kernel sandbox; the file keeps what they print and glibc's own
# query bytes. Run from the repository root as root.
set -eu
cd "$(dirname "$0")/../.."
replies=$(npx --yes tsx test/dns/emit-replies.ts 2>/dev/null)
# shellcheck disable=SC2086
timeout 120 /work/shared/tools/kernel-sandbox test/dns/sandbox-resolver.sh $replies > test/dns/cases/glibc-against-nslab-replies.out 2>&1

# Re-records cases/dns-samples.pcap (python3 client and server on the sandbox's
# lo, test/dns/pcapgen.py) and what Debian's tcpdump prints reading it
# (cases/tcpdump-*.out, compared by tcpdump-domain.test.ts). The capture is
# written to /var/tmp because the sandbox's /tmp is private.
cat > /var/tmp/nslab-dns-pcap.sh <<'SH'
ip link set lo up
tcpdump -i lo -w /tmp/dns.pcap -U udp 2>/dev/null & sleep 1
python3 "$1"
sleep 1; kill %1; wait
cp /tmp/dns.pcap /var/tmp/nslab-dns-samples.pcap
SH
timeout 60 /work/shared/tools/kernel-sandbox /var/tmp/nslab-dns-pcap.sh "$PWD/test/dns/pcapgen.py" > /dev/null 2>&1
cp /var/tmp/nslab-dns-samples.pcap test/dns/cases/dns-samples.pcap
(cd test/dns/cases && for v in "" v vv vvv; do tcpdump -n ${v:+-$v} -r dns-samples.pcap > "tcpdump-n${v:+-$v}.out" 2>&1; done
 tcpdump -r dns-samples.pcap > tcpdump-names.out 2>&1)
