ip netns add pk
ip netns exec pk sleep 30.4711 &
p=$!
sleep 0.1
pgrep -f 'sleep 30\.4711' | grep -c "^$p$"
pgrep -l -f 'sleep 30\.4711' | sed 's/^[0-9]*/PID/'
pgrep -a -f 'sleep 30\.4711' | sed 's/^[0-9]*/PID/'
pgrep -c -f 'sleep 30\.4711'
pgrep -c zzzzqq; echo "rc=$?"
pgrep; echo "rc=$?"
pgrep '('; echo "rc=$?"
pgrep a b; echo "rc=$?"
pkill -e -f 'sleep 30\.4711' | sed 's/pid [0-9]*/pid N/'; echo "rc=${PIPESTATUS[0]}"
wait $p; echo "wait=$?"
pkill zzzzqq; echo "rc=$?"
pkill -9 -x zzzzqq; echo "rc=$?"
pkill --signal HUP zzzzqq; echo "rc=$?"
pkill --signal FOO zzzzqq; echo "rc=$?"
pgrep -n -o x 2>&1 | head -3; echo "rc=${PIPESTATUS[0]}"
ip netns exec pk sleep 30.4712 & ip netns exec pk sleep 30.4713 &
sleep 0.1
pgrep -d, -f 'sleep 30\.471[23]' | tr -cd ',\n'
pgrep -n -f 'sleep 30\.471[23]' | grep -c "^$!$"
pkill -INT -f 'sleep 30\.471[23]'; echo "rc=$?"
wait; echo done
ip netns del pk
