printf 'hello world\n\001\377\200abc' > f
od f; echo "[$?]"
od -c f; od -b f; od -d f; od -o f; od -x f; od -a f
od -s -i -l f
od -B -D -O -X -H -h -I -L f
printf 'abc' | od
printf 'abc' | od -tx4 -c
printf '' | od; printf '' | od -An; echo "[$?]"
od -c f f
echo -e 'col1\tcol2' 'bell\a' | od -c
printf '\0\a\b\t\n\v\f\r\033 ~\177' | od -c -t a
