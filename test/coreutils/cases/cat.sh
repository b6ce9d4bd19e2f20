printf 'a\nb\n\n\n\nc\tx\n' > f3; printf 'x\ny' > nonl; mkdir d
cat f3 nonl; echo "[$?]"
cat -n f3 nonl; echo "[$?]"
cat -b f3; cat -s f3; cat -A f3; cat -E nonl; echo; cat -T f3; cat -ns f3
printf '\001\177\200\351\n' | cat -v
cat nope; echo "[$?]"
cat d; echo "[$?]"
cat f3 nope nonl; echo "[$?]"
cat -z; echo "[$?]"
cat --foo; echo "[$?]"
cat --number nonl; echo
echo piped | cat - f3
cat < f3 | cat -n
