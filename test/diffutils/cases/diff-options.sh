printf 'a\nb\nc\n' > x; printf 'a\nB\nc\nd' > y
printf 'Hello World\nfoo  bar\n\tx\nend \n' > w1; printf 'hello world\nfoo bar\n        x\nend\n' > w2
diff -q x y; echo "[$?]"; diff --brief x x; echo "[$?]"
diff -s x x; diff -qs x x; diff -s x y; echo "[$?]"
diff w1 w2; echo "[$?]"; diff -i w1 w2; echo "[$?]"; diff -b w1 w2; echo "[$?]"; diff -w w1 w2; echo "[$?]"
diff -iw w1 w2; echo "[$?]"; diff -Z w1 w2; echo "[$?]"; diff -E w1 w2; echo "[$?]"; diff -ibE w1 w2; echo "[$?]"
diff -qi w1 w2; echo "[$?]"; diff -s -iw w1 w2; echo "[$?]"
printf 'a\n\nb\n' > b1; printf 'a\nb\n\n' > b2; diff b1 b2; echo "[$?]"; diff -B b1 b2; echo "[$?]"
printf 'a\0b\n' > bin; diff bin x; echo "[$?]"; diff -q bin x; echo "[$?]"; diff -a bin x; echo "[$?]"
diff -i <(printf 'ABC\n') <(printf 'abc\n'); echo "[$?]"
