# iptables run as another user (runuser): the kernel refuses nfnetlink without
# CAP_NET_ADMIN, so any command that reads the rules fails; help texts work.
runuser -u nobody -- iptables -L; echo rc=$?
runuser -u nobody -- iptables -A FORWARD -p tcp --dport 123; echo rc=$?
runuser -u nobody -- iptables -A FORWARD -j DNAT --to-destination 1.2.3.4; echo rc=$?
runuser -u nobody -- iptables -j TEE -h | tail -4; echo rc=$?
runuser -u nobody -- iptables -S; echo rc=$?
runuser -u; echo rc=$?
runuser -u nosuch -- iptables -L; echo rc=$?
runuser -u nobody; echo rc=$?
runuser nobody -c id; echo rc=$?
runuser -u nobody -- /nonexist; echo rc=$?
runuser -u nobody -- sh -c 'echo $USER $LOGNAME $HOME $SHELL'; echo rc=$?
iptables -S; echo rc=$?
