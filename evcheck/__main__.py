from evcheck.cli import main

main()
