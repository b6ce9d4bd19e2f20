/usr/bin/printf '%d|%s|%5.2f\n' 42 hi 3.14159 7 x; echo "[$?]"
/usr/bin/printf '%d\n' abc; echo "[$?]"
/usr/bin/printf; echo "[$?]"
/usr/bin/printf -- '%s\n' a; /usr/bin/printf -x; echo "[$?]"
/usr/bin/printf 'a\cb'; echo "[$?]"
env printf '%q\n' 'a b'
/usr/bin/echo -e 'a\tb'; /usr/bin/echo -n x; /usr/bin/echo; /usr/bin/echo -- -n; /usr/bin/echo -e '\101\0101'
/usr/bin/test 1 -eq 1; echo "[$?]"; /usr/bin/test a = b; echo "[$?]"; /usr/bin/test 1 -eq x; echo "[$?]"
/usr/bin/[ a ]; echo "[$?]"; /usr/bin/[ a; echo "[$?]"; /usr/bin/test --help; echo "[$?]"
mkdir d; echo x > f; /usr/bin/test -d d; echo "[$?]"; /usr/bin/test -f f -a -s f; echo "[$?]"; /usr/bin/[ -e nope ]; echo "[$?]"
env test -x f; echo "[$?]"
