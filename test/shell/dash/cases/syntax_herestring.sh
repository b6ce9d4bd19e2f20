cat <<< x
