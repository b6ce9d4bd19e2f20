echo a
echo ;;
