# ip fou/ila/l2tp/macsec: this kernel has none of these generic netlink families (usage without words, else the failed lookup).
for o in fou ila l2tp macsec; do ip $o show; echo "rc=$?"; ip $o; echo "rc=$?"; done
ip fou add port 5555 ipproto 4; echo "rc=$?"
ip l2tp show tunnel; echo "rc=$?"
ip ila list; echo "rc=$?"
ip fou h; echo "rc=$?"
ip l2tp help; echo "rc=$?"
ip macsec help; echo "rc=$?"
ip ila help; echo "rc=$?"
ip fou bogus; echo "rc=$?"
ip macsec show; echo "rc=$?"
ip -j l2tp show session; echo "rc=$?"
ip -b - <<EOF2
mptcp limits
fou show
mptcp limits
EOF2
echo "rc=$?"
