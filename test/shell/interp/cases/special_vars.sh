echo $BASH_VERSION
echo ${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]}
echo $UID $EUID
echo $HOSTNAME
echo $LINENO
echo $LINENO
f() { echo "line $LINENO"; }
f
[[ -n $PPID && -n $$ ]] && echo pids
echo ${IFS@Q}
echo "$PS4"
