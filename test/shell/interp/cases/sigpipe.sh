yes | head -3
echo "st=${PIPESTATUS[0]} ${PIPESTATUS[1]}"
(while true; do echo x; done) | head -2
echo end
