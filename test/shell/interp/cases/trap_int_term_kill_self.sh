trap 'echo caught INT' INT
kill -INT $$
echo after-int
trap 'echo caught TERM; exit 3' TERM
kill -TERM $$
echo unreachable
