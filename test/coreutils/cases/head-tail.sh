printf 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n' > f; printf 'x\ny' > nonl; mkdir d
head f; echo "[$?]"
head -n 3 f; head -n -10 f; head -c 5 f; head -3 f; head -c -20 f; echo
head -n 2 f nonl; head -q -n1 f nonl; echo; head -v -n1 f
head nope f; echo "[$?]"
head d; echo "[$?]"
head -n x f; echo "[$?]"
head -c 1x f; echo "[$?]"
head -n; echo "[$?]"
head --lines=2 f; head --bytes 3 f; echo
head -n 1k f | wc -l
yes | head -n 3
seq 100 | head -n 2
cat f | head -2
tail f; tail -n 3 f; tail -n +11 f; tail -c 4 f; tail -3 f; tail +12 f; tail -n 1 nonl; echo
tail -n 2 f nonl; echo; tail -q -n1 f nonl; echo
tail nope; echo "[$?]"
tail d f; echo "[$?]"
tail -n x f; echo "[$?]"
tail -c +5 f
seq 20 | tail -n 2
tail -n 0 f; echo "[$?]"
