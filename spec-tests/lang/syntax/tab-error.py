if True:
	x = 1
        y = 2    # raises: TabError: inconsistent use of tabs and spaces in indentation
