from cs_console.start import main

main()
