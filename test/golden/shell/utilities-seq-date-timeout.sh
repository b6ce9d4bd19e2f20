# seq, date, sleep, misc utilities
seq -w 1 10 | paste -sd' '
seq 0 0.5 2
seq -f 'ns%02g' 3
seq 5 -2 1 | tr '\n' ,; echo
seq 2>&1; echo "rc=$?"
seq 1 x; echo "rc=$?"
date -d @0 -u '+%Y-%m-%d %H:%M:%S'
date -u -d '2024-01-02 03:04:05' +%s
date +%s | grep -cE '^[0-9]+$'
sleep 0.1 && echo slept
sleep abc; echo "rc=$?"
timeout 0.2 bash -c 'while :; do :; done'; echo "rc=$?"
timeout --preserve-status 0.2 sleep 1; echo "rc=$?"
timeout -k 0.1 0.1 sleep 1; echo "rc=$?"
timeout 1 nosuchcmd; echo "rc=$?"
env -i PATH=/usr/bin:/bin bash -c 'echo "$HOME|$PATH"'
env | grep -c '^PATH='
printenv HOME 2>&1 || echo "printenv rc=$?"
hostname | grep -c .
uname -s; uname -r | grep -c .
id -u; whoami
nproc | grep -cE '^[0-9]+$'
true; echo $?; false; echo $?
yes | head -3
echo $(( RANDOM >= 0 ))
