echo -e 'col1\tcol2' 'bell\a' | od -c | head -2
echo -e 'stop\cnot printed'
echo -e '\x41\0102\e[0m' | od -c | head -1
shopt -s xpg_echo; echo 'a\tb'; shopt -u xpg_echo
echo -ne 'x\n'
