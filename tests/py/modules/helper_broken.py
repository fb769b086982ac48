# helper module that fails while importing
started = True
raise ValueError("helper_broken failed")
