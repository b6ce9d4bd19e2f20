# time: forms and listing (dates and times in UTC, as the sandbox's zone).
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00:30 --weekdays Sat,Sun,1 --utc
iptables -A INPUT -m time --monthdays 31,1,22,3 --datestart 2020-02 --kerneltz
iptables -A INPUT -m time ! --weekdays Mon --datestop 2030-12-31T23:59
iptables -A INPUT -m time --timestart 25:00; echo rc=$?
iptables -A INPUT -m time --weekdays Xyz; echo rc=$?
iptables -L INPUT -n
iptables -S INPUT
