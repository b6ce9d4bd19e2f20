printenv NOPE; echo rc=$?; A=5 printenv HOME NOPE A; echo rc=$?; printenv -x; echo rc=$?; printenv 'A=B'; echo rc=$?
env -i A=1 B=2 printenv; env -i A=1 printenv -0 | od -c | head -2; env -i printenv; echo rc=$?
