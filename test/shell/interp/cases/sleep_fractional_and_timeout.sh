sleep 0.5
timeout 1 sleep 5; echo "timeout st=$?"
timeout 5 sleep 0.1; echo "ok st=$?"
