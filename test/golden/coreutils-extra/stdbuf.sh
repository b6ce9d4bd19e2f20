# stdbuf: the environment it hands the command (modes, sizes, LD_PRELOAD), its exit statuses and errors
cd "$(mktemp -d)"
stdbuf -oL env | grep -E '^(_STDBUF|LD_PRELOAD)'
stdbuf -i0 -e 4k env | grep -E '^_STDBUF'
stdbuf -o 1KB env | grep STDBUF; stdbuf -o 2M env | grep STDBUF; stdbuf -o 00010 env | grep STDBUF
stdbuf -o L -o 0 env | grep STDBUF; stdbuf --output=L --error=0 env | grep STDBUF
LD_PRELOAD=/usr/lib/x.so stdbuf -oL sh -c 'echo "$LD_PRELOAD"' 2>/dev/null
stdbuf -oL sh -c 'exit 7'; echo "status $?"
stdbuf -oL tcpdump --version >/dev/null; echo "status $?"
stdbuf ls; echo "status $?"
stdbuf -o x true; echo "status $?"
stdbuf -o 1b true; echo "status $?"
stdbuf -o 0x10 true; echo "status $?"
stdbuf -o 99999999999999999999 true; echo "status $?"
stdbuf -o '' true; echo "status $?"
stdbuf -iL true; echo "status $?"
stdbuf -oL nosuch; echo "status $?"
stdbuf -oL /etc; echo "status $?"
stdbuf -oL; echo "status $?"
stdbuf -z true; echo "status $?"
stdbuf --version | head -1
