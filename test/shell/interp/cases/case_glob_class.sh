for c in a 5 Z '-' ' '; do
  case "$c" in
    [[:alpha:]]) echo "$c alpha";;
    [[:digit:]]) echo "$c digit";;
    [[:space:]]) echo "space";;
    *) echo "$c other";;
  esac
done
