# iptables-restore without --noflush deletes each *TABLE it names (NFT_MSG_DELTABLE): a table with no chain lines is gone
iptables -A INPUT -j ACCEPT
printf '*filter\nCOMMIT\n' | iptables-restore; echo "rc=$?"
iptables-save | grep -v '^#'; nft list tables
iptables -A INPUT -j ACCEPT
printf '*filter\n:INPUT DROP [0:0]\nCOMMIT\n' | iptables-restore; echo "rc=$?"
nft list ruleset
iptables -t nat -A INPUT -j ACCEPT
printf '*nat\nCOMMIT\n*filter\nfoo\nCOMMIT\n' | iptables-restore; echo "rc=$?"
nft list tables
printf '*raw\n-A PREROUTING -j ACCEPT\nCOMMIT\n*filter\nfoo\nCOMMIT\n' | iptables-restore; echo "rc=$?"
nft list tables
