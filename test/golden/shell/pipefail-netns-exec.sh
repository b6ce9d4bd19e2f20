# error handling with set -e / pipefail
set -o pipefail
ip link show nonexist | grep mtu
echo "pipe rc=$? ${PIPESTATUS[*]}"
ip link show nonexist 2>&1 | head -1
echo "rc=$? ${PIPESTATUS[@]}"
false | true; echo "pf=$?"
set +o pipefail
false | true; echo "nopf=$?"
ip netns exec nonexist true; echo "rc=$?"
ip netns add t1
ip netns exec t1 nosuchprog; echo "rc=$?"
ip netns exec t1 bash -c 'exit 7'; echo "rc=$?"
ip netns exec t1 bash -c 'echo $((1+'; echo "rc=$?"
ip netns exec t1 sh -c 'ip link show lo | head -1 | cut -d" " -f2'
ip netns exec t1 /bin/true; echo "rc=$?"
ip netns exec t1 ./relative; echo "rc=$?"
ip netns del t1
ip netns del t1; echo "rc=$?"
command -v ip; type ip; type -t cd; which ip nc tcpdump
hash -r; echo "$BASH_VERSION" | cut -d. -f1,2
