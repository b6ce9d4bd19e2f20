trap 'echo "ERR at $LINENO"' ERR
false
true
if false; then :; fi
false || true
(exit 3)
echo end
