# subprocess over _posixsubprocess.fork_exec: pipes, cwd, env, errors.
import os, subprocess, sys
p = subprocess.run(["echo", "hi"], capture_output=True)
print(p.returncode, p.stdout, p.stderr)
print(subprocess.check_output(["printf", "%s-%s", "a", "b"]))
print(subprocess.check_output("echo $((6*7))", shell=True, text=True), end="")
print(subprocess.call(["sh", "-c", "exit 3"]))
p = subprocess.run(["cat"], input=b"piped in\n", stdout=subprocess.PIPE)
print(p.stdout)
p = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(p.stdout.split()))
p = subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True)
print(p.stdout.strip())
p = subprocess.run(["sh", "-c", "echo $FOO,$BAR"], env={"FOO": "1", "BAR": "two"}, capture_output=True, text=True)
print(p.stdout.strip())
try:
    subprocess.run(["nosuch-program-xyz"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/nonexistent/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print(type(e).__name__, e)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
def bad():
    raise ValueError("nope")
try:
    subprocess.run(["true"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
p = subprocess.run(["sh", "-c", "echo $PPID > /dev/null; printf x"], preexec_fn=lambda: os.environ.setdefault("X", "1"), capture_output=True)
print(p.stdout)
r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", f"echo passed >&{w}"], pass_fds=[w])
p.wait()
os.close(w)
print(os.read(r, 100), p.returncode)
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
p = subprocess.run(["sh", "-c", f"echo leak >&{w}"], close_fds=True, stderr=subprocess.DEVNULL)
os.close(w)
print(os.read(r, 100), p.returncode != 0)
os.close(r)
p = subprocess.run(["sh", "-c", "ps -o sid= -p $$ | tr -d ' '; echo $$"], start_new_session=True, capture_output=True, text=True)
sid, pid = p.stdout.split()
print(sid == pid)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"line\n")
print(out, err, p.returncode, p.pid > 0)
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("exit 4"))
p = subprocess.run([sys.executable if False else "env"], env={}, capture_output=True)
print(p.stdout)
p = subprocess.run(["umask"], shell=False, capture_output=True) if False else subprocess.run("umask", shell=True, umask=0o027, capture_output=True, text=True)
print(p.stdout.strip())

# expect: 0 b'hi\n' b''
# expect: b'a-b'
# expect: 42
# expect: 3
# expect: b'piped in\n'
# expect: [b'err', b'out']
# expect: /tmp
# expect: 1,two
# expect: FileNotFoundError 2 nosuch-program-xyz
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/dir'
# expect: PermissionError [Errno 13] Permission denied: '/etc/passwd'
# expect: Command '['false']' returned non-zero exit status 1.
# expect: SubprocessError Exception occurred in preexec_fn.
# expect: b'x'
# expect: b'passed\n' 0
# expect: b'' True
# expect: True
# expect: b'got line\n' None 0 True
# expect: -9
# expect: one
# expect: two
# expect: (4, '')
# expect: b''
# expect: 0027
