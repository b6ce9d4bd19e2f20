# stdout and stderr go to their own streams, in order; the exit status is the script's.
echo out1
echo err1 >&2
printf 'out2 no newline'
echo
echo err2 >&2
exit 3
