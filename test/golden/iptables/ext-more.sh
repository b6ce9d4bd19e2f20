# sctp, dccp, hashlimit (and ip6tables' srh): forms, refusals, -L and -S.
iptables -A INPUT -p sctp -m sctp --sport 10:20 ! --dport 80 --chunk-types any INIT,DATA
iptables -A INPUT -p sctp -m sctp --chunk-types only SACK
iptables -A INPUT -p sctp --dport 65536; echo rc=$?
iptables -A INPUT -m sctp --sport 1; echo rc=$?
iptables -A INPUT -p dccp -m dccp ! --sport 5: --dccp-types REQUEST,RESET --dccp-option 4
iptables -A INPUT -p dccp --dccp-option 0; echo rc=$?
iptables -A INPUT -m hashlimit --hashlimit-upto 60/min --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-above 2/hour --hashlimit-burst 3 --hashlimit-mode srcip,dstport --hashlimit-name b --hashlimit-srcmask 24
iptables -A INPUT -m hashlimit --hashlimit-upto 2048b/s --hashlimit-burst 2mb --hashlimit-name c
iptables -A INPUT -m hashlimit --hashlimit-upto 1/sec; echo rc=$?
iptables -A INPUT -m hashlimit --hashlimit-name d; echo rc=$?
iptables -L INPUT -n
iptables -L INPUT
iptables -S INPUT
ip6tables -A INPUT -m srh --srh-next-hdr 6 ! --srh-segs-left-gt 2 --srh-psid 2001:db8::/48
ip6tables -L INPUT -n
ip6tables -S INPUT
