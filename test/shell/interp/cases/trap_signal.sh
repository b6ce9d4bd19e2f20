trap 'echo got USR1' USR1
kill -USR1 $$
echo after
trap 'echo got TERM' TERM
kill $$
echo still alive
