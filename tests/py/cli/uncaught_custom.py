# user exceptions: str() forms, empty message, notes, args
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

    def __str__(self):
        return "code %d: %s" % (self.code, self.detail_text())

    def detail_text(self):
        return self.args[1]

for e in [AppError(3, "disk"), ValueError(), KeyError("k"), KeyError(), OSError(2, "No such file", "f.txt")]:
    print(type(e).__name__, "|" + str(e) + "|", repr(e))
err = RuntimeError("with note")
err.add_note("first note")
err.add_note("second note")
raise err
