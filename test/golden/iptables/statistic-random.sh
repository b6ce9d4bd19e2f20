# statistic --mode random probabilities as kube-proxy writes them and how they print.
iptables -t nat -N SVC
iptables -t nat -A SVC -m statistic --mode random --probability 0.33333333349 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0.50000000000 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 0.25 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 1 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 3 --packet 2 -j RETURN
iptables -t nat -A SVC -m statistic --mode nth --every 3 -j RETURN
iptables -t nat -A SVC -m statistic ! --mode random --probability 0.1 -j RETURN
iptables -t nat -A SVC -m statistic --mode random --probability 1.5 -j RETURN; echo rc=$?
iptables -t nat -A SVC -m statistic --mode nth --every 3 --packet 3 -j RETURN; echo rc=$?
iptables -t nat -A SVC -m statistic --mode nth --probability 0.5 -j RETURN; echo rc=$?
iptables -t nat -A SVC -m statistic --mode foo -j RETURN; echo rc=$?
iptables -t nat -A SVC -m statistic --every 2 -j RETURN; echo rc=$?
iptables -t nat -S SVC
iptables -t nat -L SVC -n
