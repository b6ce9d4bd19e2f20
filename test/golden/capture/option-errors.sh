ip link add veth0 type veth peer name veth1
tcpdump -i nosuch -c 1; echo rc=$?
tcpdump -i veth0 -c 1 'tcp port'; echo rc=$?
tcpdump -i veth0 -c 1 'foo bar'; echo rc=$?
tcpdump -i veth0 -c 1 'host 1.2.3'; echo rc=$?
tcpdump -i veth0 -c 1 'port 99999'; echo rc=$?
tcpdump -c; echo rc=$?
tcpdump -c 0 -i veth0; echo rc=$?
tcpdump -i veth0 -w; echo rc=$?
tcpdump -r /nonexistent; echo rc=$?
tcpdump -D
tcpdump -i veth0 -c 1 -Z; echo rc=$?
tcpdump --version | head -1
tcpdump -i veth0 -c 1 -s 0 -G; echo rc=$?
