# connlabel without /etc/xtables/connlabel.conf: numbers only, and the
# library's warning each time a rule is listed or saved or a name is parsed.
t() { echo "\$ iptables $*"; iptables "$@"; echo "rc=$?"; }
t -A INPUT -m connlabel --label 40
t -A INPUT -m connlabel ! --label 41 --set
t -A INPUT -m connlabel --label 0x10
t -A INPUT -m connlabel --label 127
t -A INPUT -m connlabel --label 128
t -A INPUT -m connlabel --label 2048
t -A INPUT -m connlabel --label foo
t -A INPUT -m connlabel --set
t -A INPUT -m connlabel
t -C INPUT -m connlabel --label 40
t -D INPUT -m connlabel --label 127
iptables -L INPUT -n -v
iptables -S INPUT
iptables-save -t filter | grep -v '^#'
iptables -L INPUT 1 2>&1 >/dev/null | wc -l
