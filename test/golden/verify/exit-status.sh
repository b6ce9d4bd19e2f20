# The transcript format itself: stdout and stderr merged in the order written,
# $0 as bash sees it in the sandbox, and the final [exit N] line.
echo "out 1"
echo "err 1" >&2
echo "out 2"
echo "\$0 is $0"
cd /nonexistent-dir
nosuchcommand
exit 3
