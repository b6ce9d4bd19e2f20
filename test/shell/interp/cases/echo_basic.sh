echo hello world
echo -n "no newline"; echo
echo -e 'a\tb\nc'
echo -E 'a\tb'
echo -- -n
echo -nx
echo "a   b" c
