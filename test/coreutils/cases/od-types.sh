printf 'hello world\n\001\377\200abc' > f
od -t x1 -t c f
od -t d2 -t a -t o1 f
od -t x4 -t u1 -Ax f
od -t d8 -t u8 -t o8 -t x8 f
printf '\200\0\0\0\0\0\0\200' | od -t d8 -t u8 -t o8 -t x8 -t d4 -t u4 -t o4 -t d2 -t d1
od -t dC -t dS -t uI -t uL -N8 f
od -t x -t d -t o -t u -N8 f
od -tx1z f; od -t c -t d1z f; od -t x1z -N3 f
od -t cx2 -w6 f
od --endian=big -tx2 -tx4 f; od --endian=little -tx2 -N4 f
od -t f4 -t d8 f
od -t f8 -t x1 f
od -f -e -F -N16 f
printf '\0\0\200\077\0\0\200\177\0\0\200\377\0\0\300\177\0\0\0\0\0\0\0\200\001\0\0\0' | od -t f4
printf '\232\231\231\231\231\231\271\077\0\0\0\0\0\0\360\177\0\0\0\0\0\0\370\377\001\0\0\0\0\0\0\0' | od -t f8
