if y    = eÿÿÿú:
	x[     y    = 1
