from cs_console.cli import main

main()
