# -N/-X/-E/-P and their error messages.
iptables -N web; echo rc=$?
iptables -N web; echo rc=$?
iptables -A INPUT -j web
iptables -X web; echo rc=$?
iptables -E web www; echo rc=$?
iptables -E www INPUT; echo rc=$?
iptables -E nope x; echo rc=$?
iptables -N other
iptables -E www other; echo rc=$?
iptables -A www -j ACCEPT
iptables -S
iptables -D INPUT -j www
iptables -X www; echo rc=$?
iptables -F www; iptables -X www; echo rc=$?
iptables -X; echo rc=$?
iptables -X INPUT; echo rc=$?
iptables -P www DROP; echo rc=$?
iptables -P INPUT REJECT; echo rc=$?
iptables -P INPUT RETURN; echo rc=$?
iptables -P INPUT drop; echo rc=$?
iptables -P FORWARD DROP; echo rc=$?
iptables -P OUTPUT; echo rc=$?
iptables -N "$(printf 'a%.0s' {1..29})"; echo rc=$?
iptables -N "$(printf 'a%.0s' {1..28})"; echo rc=$?
iptables -N -bad; echo rc=$?
iptables -N ACCEPT; echo rc=$?
iptables -N 'has space'; echo rc=$?
iptables -L -n
