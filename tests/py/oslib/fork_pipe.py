# os.fork, os.pipe, os.waitpid and the wait-status functions: a child
# writes through a pipe and exits with a status the parent decodes.
import os

r, w = os.pipe()
print(type(r).__name__, r != w)
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"hello from %d" % (os.getppid() > 0))
    os.close(w)
    os._exit(3)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
got, status = os.waitpid(pid, 0)
print(data, got == pid)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
      os.waitstatus_to_exitcode(status))
print(os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
print(os.WNOHANG, os.WIFEXITED(status=0))

# two children, reaped in turn; a lost child is ChildProcessError
pids = []
for code in (0, 5):
    p = os.fork()
    if p == 0:
        os._exit(code)
    pids.append(p)
print(sorted(os.WEXITSTATUS(os.waitpid(p, 0)[1]) for p in pids))
try:
    os.waitpid(pids[0], 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
try:
    os.waitstatus_to_exitcode(0x7f)
except ValueError as e:
    print("ValueError", e)
