from __future__ import generators, braces
