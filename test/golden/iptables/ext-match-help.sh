# -h of the socket, conntrack and packet matches (their part after the common help).
for m in owner socket cgroup connbytes connlimit connlabel cluster ipcomp rpfilter osf u32 bpf; do iptables -m $m -h | sed -n '/match options:/,$p'; echo "rc=$?"; done
