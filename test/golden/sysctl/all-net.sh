sysctl -a 2>/dev/null | grep '^net\.ipv4\.conf\.lo\.'
sysctl -a -r 'bridge-nf' 2>/dev/null
sysctl -a -N 2>/dev/null | grep -c '^net\.'
