# -h with extensions loaded: the target's help, then the matches'.
iptables -m limit -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -p tcp -j DNAT -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -j TEE -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -j ACCEPT -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -p udp -j MASQUERADE -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -j SNAT -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -j REDIRECT -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -j LED -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -m comment -m mark -j ACCEPT -h | sed -n '/^\[!\] --version/,$p'
echo ===
iptables -m statistic -j MARK -h | sed -n '/^\[!\] --version/,$p'
