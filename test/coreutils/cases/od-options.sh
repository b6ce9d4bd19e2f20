printf 'hello world\n\001\377\200abc' > f
printf "%064d" 0 | tr 0 "\\000" > z
od z; od -v z; od -v -An -tx8 z
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' | od -c
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' | od -c -w8
od -Ad -j3 -c f; od -Ax -c f; od -An -c f; od -An -tx1 -tc f; od -A dd f
od -j 0x2 -N 010 -c f; od -N 1kB -c f; od -j2 -N5 -c f
od -t x1 -N 3 -j 1 - f < f
od -w4 -c f; od -w -c f; od -w6 -tx2 f; od --width=8 -tx1 f
od -j 1 z f
od f +3; od f 3; od f 10.; od --traditional f +3; od -c f +1b
od +2 < f
printf 'ab\0hello\0xyz\tq\0ab\nc\0end' > s
od -S 3 s; od -S3 -Ax s; od -S 1 -N 9 s; od --strings s; od -S 2 -An s
od --skip-bytes=4 --read-bytes=4 --format=c --address-radix=x --output-duplicates f
od --traditional -c -b f 1 2; od --traditional 3 < f; od --traditional 1 2 < f
od -v -An -c --traditional f 1 2; od -Ax -c --traditional f 1 22
od --traditional f 1 2 3 4; echo "[$?]"
od f 10.; echo "[$?]"; od f 0x3; od f +1B; echo "[$?]"
