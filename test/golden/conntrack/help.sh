# conntrack -h, and conntrack without a command, print the usage.
conntrack -h; echo "rc=$?"
conntrack --help | head -3; echo "rc=$?"
conntrack | tail -2; echo "rc=$?"
