excs = [ValueError(i) for i in range(17)]
raise ExceptionGroup("many", excs)
