#!/usr/bin/env python3
"""A real Dask cluster on 127.0.0.1 builds a corpus byte-identical to `chronograph build`.

Usage: run.py CHRONOGRAPH_BINARY

Starts `dask scheduler` and two one-thread `dask worker`s (no nanny, so a killed worker stays
dead), runs scripts/chronograph-dask over the sample and the other-topic test corpora in
batches of one document with a fan-in of 2 (so partial merges are exercised), and compares
timeline.json and timeline.dot with a local build. Then again with one worker killed (SIGKILL)
while the run is under way: its tasks are retried on the other worker and the result is the
same. Exit 77 (skipped) where Debian's python3-distributed is absent.
"""
import filecmp
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRIVER = os.path.join(ROOT, 'scripts', 'chronograph-dask')
SYSTEM_PYTHON = '/usr/bin/python3'  # the interpreter Debian's python3-distributed serves
CORPORA = [os.path.join(ROOT, 'data', 'corpus')] + sorted(
    os.path.join(ROOT, 'tests', 'corpora', d)
    for d in os.listdir(os.path.join(ROOT, 'tests', 'corpora'))
    if os.path.isdir(os.path.join(ROOT, 'tests', 'corpora', d)))
DEADLINE = 150  # seconds for each cluster run, sanitizer builds included


def skip(why):
    print('SKIPPED: ' + why)
    sys.exit(77)


def check(condition, message):
    if not condition:
        print('FAIL: ' + message)
        sys.exit(1)


def wait_for(predicate, seconds, what):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    check(False, 'timed out waiting for ' + what)


class Cluster:
    """A scheduler and workers on 127.0.0.1, each its own process group, stopped on exit."""

    def __init__(self, work, workers):
        self.file = os.path.join(work, 'scheduler.json')
        self.log = open(os.path.join(work, 'cluster.log'), 'w')
        self.procs = [self.start(['dask', 'scheduler', '--host', '127.0.0.1', '--port', '0',
                                  '--no-dashboard', '--scheduler-file', self.file])]
        wait_for(lambda: os.path.exists(self.file), 60, 'the scheduler file')
        self.workers = [self.start(['dask', 'worker', '--scheduler-file', self.file,
                                    '--host', '127.0.0.1', '--nthreads', '1', '--no-nanny',
                                    '--no-dashboard']) for _ in range(workers)]
        self.procs += self.workers

    def start(self, cmd):
        return subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT,
                                start_new_session=True)

    def stop(self):
        for p in self.procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        self.log.close()


def driver(binary, work, out, shards):
    return subprocess.Popen([SYSTEM_PYTHON, DRIVER, '--scheduler-file',
                             os.path.join(work, 'scheduler.json'), '--chronograph', binary,
                             '--batch', '1', '--fan-in', '2', '--shards', shards,
                             '--no-overrides', '--format', 'json,dot', '-o', out, 'corpus'],
                            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def same_outputs(ref, out, what):
    for name in ('timeline.json', 'timeline.dot'):
        check(os.path.exists(os.path.join(out, name)), what + ': no ' + name)
        check(filecmp.cmp(os.path.join(ref, name), os.path.join(out, name), shallow=False),
              what + ': ' + name + ' differs from chronograph build')


def run_cluster(binary, work, name, kill_one):
    cluster = Cluster(work, 2)
    out, shards = os.path.join(work, name), os.path.join(work, name + '-shards')
    try:
        d = driver(binary, work, out, shards)
        if kill_one:
            # First shards exist, so the run is under way; the slowed binary keeps it going.
            wait_for(lambda: d.poll() is not None or any(
                f.endswith('.cgshard') and not f.startswith('.') for f in os.listdir(shards))
                if os.path.isdir(shards) else d.poll() is not None, DEADLINE, 'a first shard')
            check(d.poll() is None, 'the run ended before a worker could be killed')
            os.killpg(cluster.workers[0].pid, signal.SIGKILL)
            cluster.workers[0].wait()
        try:
            log, _ = d.communicate(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            d.kill()
            check(False, name + ': the cluster run took over %d s' % DEADLINE)
        check(d.returncode == 0, name + ': chronograph-dask exited %d:\n%s' % (d.returncode, log))
    finally:
        cluster.stop()
    return out


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    binary = os.path.abspath(sys.argv[1])
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run(
            [SYSTEM_PYTHON, '-c', 'import distributed'], capture_output=True).returncode != 0:
        skip('Dask distributed is absent (Debian python3-distributed; scripts/setup.sh installs '
             'it)')
    if not shutil.which('dask'):
        skip("the 'dask' command is absent (Debian python3-distributed)")
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, 'corpus')
        for c in CORPORA:
            shutil.copytree(c, os.path.join(corpus, os.path.basename(c)))
        ref = os.path.join(work, 'ref')
        r = subprocess.run([binary, 'build', 'corpus', '--no-overrides', '--format', 'json,dot',
                            '-o', ref], cwd=work, capture_output=True, text=True)
        check(r.returncode == 0, 'chronograph build failed: ' + r.stderr)

        same_outputs(ref, run_cluster(binary, work, 'two-workers', False), 'two workers')
        print('ok: two workers, byte-identical to build')

        # Each task is slowed by half a second, so the kill lands mid-run.
        slow = os.path.join(work, 'slow-chronograph')
        with open(slow, 'w') as f:
            f.write('#!/bin/sh\nsleep 0.5\nexec "%s" "$@"\n' % binary)
        os.chmod(slow, 0o755)
        same_outputs(ref, run_cluster(slow, work, 'one-killed', True), 'one worker killed')
        print('ok: one worker killed mid-run, byte-identical to build')


if __name__ == '__main__':
    main()
