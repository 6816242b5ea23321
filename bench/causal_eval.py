#!/usr/bin/env python3
"""End-to-end causal-link evaluation on Causal-TimeBank with chronograph's own events.

Usage:
  python3 bench/causal_eval.py [--bin build/dev/chronograph] [--events salient|all]
                               [--out DIR] [--cv] [--theta 0.5] [--per-cue]

Builds one graph per document of ../shared/eval/causal-timebank/<doc>.txt (with --dct from
<doc>.gold.json, --no-overrides, --format json) into OUT/sys-sentences/<doc>.json, writes the
same graph with each event mention cut to its `trigger` into OUT/sys/<doc>.json, and scores
both with ../shared/eval/score_links.py. The headline is within-sentence directed P/R/F1 on the
triggers: on whole-sentence mentions a link between any two events of a gold link's sentence
counts, in either direction (printed second, for comparison with older figures).

--per-cue  precision of each rule family and cue (links judged like the scorer: the `from`
           vertex has a mention overlapping the gold cause, `to` one overlapping the effect).
--cv       5-fold cross-validation by document of the cue choice: on 4 folds keep a cue when
           its precision there is at least THETA (a cue unseen there stays), drop the links
           of the other cues on the 5th fold, score it; pooled over the folds.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

EVAL = (os.path.join(os.environ['CHRONOGRAPH_SHARED'], 'eval') if os.environ.get('CHRONOGRAPH_SHARED')
        else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
GOLD = os.path.join(EVAL, 'causal-timebank')
SCORER = os.path.join(EVAL, 'score_links.py')


def docs():
    return sorted(f[:-len('.gold.json')] for f in os.listdir(GOLD) if f.endswith('.gold.json'))


def build_one(binary, events, sysdir, doc):
    gold = json.load(open(os.path.join(GOLD, doc + '.gold.json'), encoding='utf-8'))
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [binary, 'build', os.path.join(GOLD, doc + '.txt'), '--no-overrides',
               '--format', 'json', '--events', events, '-o', tmp]
        if gold.get('dct'):
            cmd += ['--dct', gold['dct'][:10]]  # a day: "1998-02-13T14:35:00" -> 1998-02-13
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            print('build failed: %s: %s' % (doc, r.stderr.strip()), file=sys.stderr)
            return
        shutil.copy(os.path.join(tmp, 'timeline.json'),
                    os.path.join(sysdir + '-sentences', doc + '.json'))
        graph = json.load(open(os.path.join(tmp, 'timeline.json'), encoding='utf-8'))
        json.dump(to_triggers(graph), open(os.path.join(sysdir, doc + '.json'), 'w',
                                           encoding='utf-8'))


def to_triggers(graph):
    """the graph with each event mention cut to its trigger: score_links.py matches a link's
    ends by overlap with a vertex's mentions, and a mention's own span is its whole sentence, so
    scored as written any link between two events of a sentence that holds a gold link would
    count, in either direction"""
    for e in graph['events']:
        for m in e['mentions']:
            t = m.get('trigger')
            if t:
                m['start'], m['end'], m['text'] = t['start'], t['end'], t['text']
    return graph


def score(sysdir, extra=()):
    out = os.path.join(sysdir, '..', 'score.json')
    subprocess.run([sys.executable, SCORER, sysdir, '--json', out] + list(extra),
                   stdout=subprocess.DEVNULL, check=True)
    return json.load(open(out))


def find_intra(js):
    """the within-sentence directed link figures of a score_links --json result"""
    return js['links']['directed/annotated/intra']


def cue_key(link):
    cue = link.get('cue', {}).get('text', '').lower()
    return '%s/%s' % (link.get('rule', ''), cue)


def judged_links(doc, graph):
    """(cue key, correct) for each causes link of a system graph, judged against gold"""
    gold = json.load(open(os.path.join(GOLD, doc + '.gold.json'), encoding='utf-8'))
    ev = {e['id']: (e['start'], e['end']) for e in gold['events']}
    pairs = [(ev[p['cause']], ev[p['effect']]) for p in gold['plot_links']
             if p['cause'] in ev and p['effect'] in ev]
    spans = {e['id']: [(m['start'], m['end']) for m in e['mentions']] for e in graph['events']}

    def ov(a, b):
        return a[0] < b[1] and b[0] < a[1]
    out = []
    for l in graph['links']:
        if l['type'] != 'causes':
            continue
        ok = any(any(ov(a, c) for a in spans[l['from']]) and any(ov(b, e) for b in spans[l['to']])
                 for c, e in pairs)
        out.append((cue_key(l), ok))
    return out


def per_cue(sysdir, names):
    count = collections.defaultdict(lambda: [0, 0])
    for d in names:
        path = os.path.join(sysdir, d + '.json')
        if not os.path.exists(path):
            continue
        for key, ok in judged_links(d, json.load(open(path, encoding='utf-8'))):
            count[key][0] += ok
            count[key][1] += 1
    return count


def cross_validate(sysdir, names, theta, folds=5):
    pooled = collections.Counter()
    work = os.path.join(sysdir, '..', 'cv')
    for f in range(folds):
        test = [d for i, d in enumerate(names) if i % folds == f]
        train = [d for i, d in enumerate(names) if i % folds != f]
        prec = per_cue(sysdir, train)
        keep = lambda key: key not in prec or prec[key][0] >= theta * prec[key][1]
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        for d in test:
            path = os.path.join(sysdir, d + '.json')
            if not os.path.exists(path):
                continue
            g = json.load(open(path, encoding='utf-8'))
            g['links'] = [l for l in g['links'] if l['type'] != 'causes' or keep(cue_key(l))]
            json.dump(g, open(os.path.join(work, d + '.json'), 'w', encoding='utf-8'))
        dropped = sorted(k for k in prec if not keep(k))
        js = score(work, ['--docs', ','.join(test)])
        intra = find_intra(js)
        for k in ('tp_sys', 'n_sys', 'tp_gold', 'n_gold'):
            pooled[k] += intra[k]
        print('fold %d: P %.1f R %.1f F1 %.1f; dropped %s' % (
            f + 1, 100 * intra['P'], 100 * intra['R'], 100 * intra['F1'], dropped or '-'))
    p = pooled['tp_sys'] / pooled['n_sys'] if pooled['n_sys'] else 0
    r = pooled['tp_gold'] / pooled['n_gold'] if pooled['n_gold'] else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print('CV pooled, within-sentence directed: P %.1f R %.1f F1 %.1f (%d/%d links, %d/%d gold)'
          % (100 * p, 100 * r, 100 * f1, pooled['tp_sys'], pooled['n_sys'], pooled['tp_gold'],
             pooled['n_gold']))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default='build/dev/chronograph')
    ap.add_argument('--events', default='salient', choices=['salient', 'all'])
    ap.add_argument('--out', default=None)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--no-build', action='store_true', help='score OUT/sys as it is')
    ap.add_argument('--cv', action='store_true')
    ap.add_argument('--theta', type=float, default=0.5)
    ap.add_argument('--per-cue', action='store_true')
    a = ap.parse_args()
    out = a.out or os.path.join(tempfile.gettempdir(), 'causal_eval_' + a.events)
    sysdir = os.path.join(out, 'sys')
    names = docs()
    if not a.no_build:
        for d in (sysdir, sysdir + '-sentences'):
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
            list(pool.map(lambda d: build_one(a.bin, a.events, sysdir, d), names))
    js = score(sysdir)
    intra = find_intra(js)
    print('--events %s, %d documents, within-sentence directed: P %.1f R %.1f F1 %.1f '
          '(%d/%d links correct, %d/%d gold found)' % (
              a.events, len(names), 100 * intra['P'], 100 * intra['R'], 100 * intra['F1'],
              intra['tp_sys'], intra['n_sys'], intra['tp_gold'], intra['n_gold']))
    if os.path.isdir(sysdir + '-sentences'):
        loose = find_intra(score(sysdir + '-sentences'))
        print('  scored on whole-sentence mentions (either end anywhere in its sentence): '
              'P %.1f R %.1f F1 %.1f' % (100 * loose['P'], 100 * loose['R'], 100 * loose['F1']))
    if a.per_cue:
        count = per_cue(sysdir, names)
        fam = collections.defaultdict(lambda: [0, 0])
        for key, (ok, n) in count.items():
            fam[key.split('/')[0]][0] += ok
            fam[key.split('/')[0]][1] += n
        for key, (ok, n) in sorted(fam.items(), key=lambda x: -x[1][1]):
            print('  %-20s %3d/%3d (%.0f%%)' % (key, ok, n, 100 * ok / n))
        for key, (ok, n) in sorted(count.items(), key=lambda x: -x[1][1]):
            print('    %-40s %3d/%3d' % (key, ok, n))
    if a.cv:
        cross_validate(sysdir, names, a.theta)


if __name__ == '__main__':
    main()
