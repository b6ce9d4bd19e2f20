# hashlimit byte rates: the kernel's cost rounding (100b/s is 96b/s), default expire 15 s / 60 s with a burst, nft meters
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-mode dstip --hashlimit-name a
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-burst 2mb --hashlimit-mode dstip --hashlimit-name b
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-mode dstip --hashlimit-name c --hashlimit-htable-expire 1000
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-mode dstip --hashlimit-name d --hashlimit-htable-expire 15000
iptables -A INPUT -m hashlimit --hashlimit-above 1mb/s --hashlimit-burst 2mb --hashlimit-mode dstip --hashlimit-name e --hashlimit-htable-expire 15000
iptables -A INPUT -m hashlimit --hashlimit-upto 512kb/s --hashlimit-mode srcip,dstport --hashlimit-name f
iptables -A INPUT -m hashlimit --hashlimit-upto 100b/s --hashlimit-name g
iptables -S INPUT
iptables -L INPUT
nft list ruleset
