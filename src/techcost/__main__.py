from techcost._entry import main

main()
