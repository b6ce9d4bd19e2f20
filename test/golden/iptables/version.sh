iptables -V; echo "rc=$?"
iptables --version; echo "rc=$?"
iptables ! -V; echo "rc=$?"
iptables-save -V; echo "rc=$?"
iptables-restore -V; echo "rc=$?"
iptables-nft -V; echo "rc=$?"
xtables-nft-multi iptables -V; echo "rc=$?"
xtables-nft-multi; echo "rc=$?"
xtables-nft-multi bogus; echo "rc=$?"
command -v iptables iptables-save iptables-restore
readlink -f "$(command -v iptables)"
readlink /usr/sbin/iptables /etc/alternatives/iptables /usr/sbin/iptables-nft
