#!/bin/bash
# Re-records the expected outputs of the tcpdump cases from the real tcpdump 4.99.
#
#   ../shared/tools/kernel-sandbox test/tcpdump/record.sh "$PWD/test/tcpdump"   (from the repo root, as root;
#   the sandbox runs the script as /dev/fd/3, so it is told where the cases are)
#
# For each line "ID<TAB>ARGS" of cases.list, runs `tcpdump ARGS` in pcaps/ with
# TZ=UTC inside a network namespace whose /etc/hosts is the emulated hosts'
# default one (ip netns exec bind-mounts /etc/netns/rec/hosts), so names resolve
# the same way, and writes cases/ID.expected: stdout, "--- stderr", stderr,
# "--- exit N". "@OUT@" in ARGS is a -w destination; the written file is kept
# as cases/ID.pcap. No traffic is sent: every case reads a savefile.
set -u
here=${1:?usage: record.sh ABSOLUTE-PATH-OF-test/tcpdump}
mkdir -p "$here/cases" /etc/netns/rec
printf '127.0.0.1\tlocalhost\n127.0.1.1\tsandbox\n\n# The following lines are desirable for IPv6 capable hosts\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n' > /etc/netns/rec/hosts
ip netns add rec
cd "$here/pcaps"
while IFS=$'\t' read -r id args; do
  [ -z "$id" ] && continue
  a=${args//@OUT@/\/tmp\/out.pcap}
  rm -f /tmp/out.pcap
  eval "set -- $a"
  TZ=UTC ip netns exec rec tcpdump "$@" > /tmp/o 2> /tmp/e
  st=$?
  { cat /tmp/o; echo "--- stderr"; cat /tmp/e; echo "--- exit $st"; } > "$here/cases/$id.expected"
  if [ -f /tmp/out.pcap ]; then cp /tmp/out.pcap "$here/cases/$id.pcap"; fi
done < "$here/cases.list"
ip netns del rec
echo "recorded $(ls "$here/cases" | grep -c expected) cases"
