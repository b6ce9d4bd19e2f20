set -e
(false; echo not)
echo after
