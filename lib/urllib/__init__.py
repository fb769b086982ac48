"""urllib for pym: only the pure-Python part, urllib.parse."""
