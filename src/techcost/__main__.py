from techcost.cli import main

main()
