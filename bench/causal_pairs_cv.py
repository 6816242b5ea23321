#!/usr/bin/env python3
"""A learned causal-link model over event pairs, cross-validated by document against the rules.

Usage:
  python3 bench/causal_pairs_cv.py [--bin build/dev/chronograph] [--out DIR] [--learner svm|logreg]
                                   [--c 0.05] [--positive-weight 2] [--thresholds -0.5,0,0.5,1]

The experiment behind the choice to keep the cue rules (docs/causal-links.md, "A learned pair
model"). On ../shared/eval/causal-timebank (CHRONOGRAPH_SHARED overrides, as for causal_eval.py):
  1. builds each document's graph with the rules (bench/causal_eval.py's build) and runs
     `chronograph tag` on it for every detected event with its lemma, class, POS and factuality;
  2. candidates: ordered pairs of detected events in one sentence (the corpus' sentence spans),
     at most --max-distance tokens apart; a pair is positive when the gold CLINK's cause overlaps
     the first and its effect the second. Training also sees the pairs with a non-fact end (more
     positives); scoring and linking only the fact pairs (asserted or future), as the product;
  3. binary features: both lemmas, classes and POS, order, distance, the words between (capped),
     the first and last word between, comma and hard punctuation between, every cue form of
     data/events/causal_cues.txt found between, and the rule family that linked the pair (either
     direction) in the rules' graph;
  4. 5-fold cross-validation by document (the folds of causal_eval.py --cv: document i goes to
     fold i % 5): learn on four folds, score the fifth's pairs;
  5. writes four systems per threshold and scores each with score_links.py exactly as the rules
     are scored (within-sentence directed, ends on the trigger words): rules alone, model alone
     (a link per pair scoring >= the threshold), union (model links the rules did not make), and
     veto (rule links whose pair scores below the threshold dropped; rule links between words
     that are no fact pair stay).
--learner svm is LIBLINEAR's L2-loss SVM, solver 1 (the event detector's learner), through the
Debian package liblinear-tools (exit 77 when absent); logreg is a plain-Python logistic
regression (AdaGrad, fixed seed). Every threshold is printed: choosing one on the pooled result
flatters the model, so its best row is an upper bound.
"""
import argparse
import collections
import concurrent.futures
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import causal_eval  # noqa: E402  (the rules' build and the scorer, shared)

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TOKEN = re.compile(rb"\w+|[^\w\s]")
FACT = ('asserted', 'future')
FOLDS = 5


def cue_forms():
    forms = set()
    for line in open(os.path.join(REPO, 'data', 'events', 'causal_cues.txt'), encoding='utf-8'):
        line = line.split('#')[0].split(';')[0].strip()
        if line and not line.startswith('family'):
            forms.update(f.strip() for f in line.split('|'))
    return sorted(forms)


def overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def tag_one(binary, tagdir, doc):
    gold = json.load(open(os.path.join(causal_eval.GOLD, doc + '.gold.json'), encoding='utf-8'))
    cmd = [binary, 'tag', os.path.join(causal_eval.GOLD, doc + '.txt')]
    if gold.get('dct'):
        cmd += ['--dct', gold['dct'][:10]]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        print('tag failed: %s: %s' % (doc, r.stderr.strip()), file=sys.stderr)
        return
    open(os.path.join(tagdir, doc + '.json'), 'w', encoding='utf-8').write(r.stdout)


def rule_links(graph):
    """(family, cause spans, effect spans) of each causes link of a rules' graph"""
    spans = {e['id']: [(m['start'], m['end']) for m in e['mentions']] for e in graph['events']}
    return [(l.get('rule', ''), spans[l['from']], spans[l['to']]) for l in graph['links']
            if l['type'] == 'causes']


def hits(event, spans):
    return any(overlaps(event['start'], event['end'], s, e) for s, e in spans)


def features(a, b, forward, dist, between, rules, cues):
    o = 'F' if forward else 'B'
    f = ['bias', 'o=' + o, 'd=%s%d' % (o, min(dist, 10)), 'ca=' + a['class'], 'cb=' + b['class'],
         'pa=' + a['pos'], 'pb=' + b['pos'], 'la=' + a['lemma'], 'lb=' + b['lemma'],
         'cc=%s|%s|%s' % (a['class'], b['class'], o), 'pp=%s|%s|%s' % (a['pos'], b['pos'], o)]
    joined = ' %s ' % ' '.join(between)
    found = [c for c in cues if ' %s ' % c in joined]
    f += ['cue=%s|%s' % (o, c) for c in found] + ['ncue=%d' % min(len(found), 2)]
    f += ['w=%s|%s' % (o, w) for w in sorted(set(between[:8] + between[-4:]))]
    if between:
        f += ['w1=%s|%s' % (o, between[0]), 'wl=%s|%s' % (o, between[-1])]
    if ',' in between:
        f.append('comma|' + o)
    if any(w in (';', ':', '"') for w in between):
        f.append('hard|' + o)
    for family, cause, effect in rules:
        if hits(a, cause) and hits(b, effect):
            f += ['rule=%s|fwd' % family, 'anyrule|fwd']
        if hits(b, cause) and hits(a, effect):
            f += ['rule=%s|rev' % family, 'anyrule|rev']
    return f


def candidates(doc, tagdir, sysdir, cues, max_distance, rule_features):
    gold = json.load(open(os.path.join(causal_eval.GOLD, doc + '.gold.json'), encoding='utf-8'))
    text = open(os.path.join(causal_eval.GOLD, doc + '.txt'), 'rb').read()
    events = json.load(open(os.path.join(tagdir, doc + '.json'), encoding='utf-8'))['events']
    rules = rule_links(json.load(open(os.path.join(sysdir, doc + '.json'), encoding='utf-8')))
    seen = rules if rule_features else []
    gev = {e['id']: e for e in gold['events']}
    pairs = [(gev[l['cause']], gev[l['effect']]) for l in gold['plot_links']
             if l['intra_sentence'] and l['cause'] in gev and l['effect'] in gev]
    out = []
    for s in gold['sentences']:
        toks = [(m.start(), m.end()) for m in TOKEN.finditer(text, s['start'], s['end'])]
        words = [text[x:y].decode('utf-8', 'replace').lower() for x, y in toks]

        def index(pos):
            return next((i for i, (x, y) in enumerate(toks) if x <= pos < y), 0)
        es = [(e, index(e['start'])) for e in events if s['start'] <= e['start'] < s['end']]
        for a, ia in es:
            for b, ib in es:
                lo, hi = min(ia, ib), max(ia, ib)
                if a is b or hi - lo > max_distance:
                    continue
                y = any(hits(a, [(c['start'], c['end'])]) and hits(b, [(e['start'], e['end'])])
                        for c, e in pairs)
                out.append({'a': a, 'b': b, 'y': y,
                            'fact': a['factuality'] in FACT and b['factuality'] in FACT,
                            'ruled': any(hits(a, c) and hits(b, e) for _, c, e in rules),
                            'f': features(a, b, ia < ib, hi - lo, words[lo + 1:hi], seen, cues)})
    return out


def train_logreg(rows, positive_weight, epochs=15, l2=1e-4, seed=1):
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(lambda: 1e-8)
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            r = rows[i]
            z = max(-30.0, min(30.0, sum(w[k] for k in r['f'])))
            grad = (1 / (1 + math.exp(-z)) - r['y']) * (positive_weight if r['y'] else 1)
            for k in r['f']:
                gk = grad + l2 * w[k]
                g2[k] += gk * gk
                w[k] -= 0.5 * gk / math.sqrt(g2[k])
    return dict(w)


def train_svm(rows, c, positive_weight):
    vocab = {}
    for r in rows:
        for k in r['f']:
            vocab.setdefault(k, len(vocab) + 1)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'train'), 'w') as f:
            for r in rows:
                ids = sorted(set(vocab[k] for k in r['f']))
                f.write('%s %s\n' % ('+1' if r['y'] else '-1', ' '.join('%d:1' % i for i in ids)))
        subprocess.run(['liblinear-train', '-q', '-s', '1', '-c', str(c), '-w1',
                        str(positive_weight), os.path.join(tmp, 'train'),
                        os.path.join(tmp, 'model')], check=True)
        lines = open(os.path.join(tmp, 'model')).read().split('\n')
    first = lines.index('w') + 1
    sign = 1 if next(l for l in lines if l.startswith('label')).split()[1] == '1' else -1
    names = sorted(vocab, key=vocab.get)
    return {k: sign * float(v) for k, v in zip(names, lines[first:first + len(names)])}


def write_system(names, sysdir, pairs, mode, threshold, outdir):
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    for d in names:
        g = json.load(open(os.path.join(sysdir, d + '.json'), encoding='utf-8'))
        spans = {e['id']: [(m['start'], m['end']) for m in e['mentions']] for e in g['events']}
        fact = [r for r in pairs[d] if r['fact']]
        links = [l for l in g['links'] if l['type'] != 'causes']
        for l in g['links']:
            if l['type'] != 'causes' or mode == 'model':
                continue
            scores = [r['s'] for r in fact
                      if hits(r['a'], spans[l['from']]) and hits(r['b'], spans[l['to']])]
            if mode != 'veto' or not scores or max(scores) >= threshold:
                links.append(l)
        if mode in ('model', 'union'):
            for n, r in enumerate(r for r in fact if r['s'] >= threshold):
                if mode == 'union' and r['ruled']:
                    continue  # the rules made it already
                for end, e in (('a', r['a']), ('b', r['b'])):
                    g['events'].append({'id': 'pair%d%s' % (n, end), 'kind': 'event', 'mentions': [
                        {'doc': d, 'start': e['start'], 'end': e['end'], 'text': e['text']}]})
                links.append({'type': 'causes', 'from': 'pair%da' % n, 'to': 'pair%db' % n})
        g['links'] = links
        json.dump(g, open(os.path.join(outdir, d + '.json'), 'w', encoding='utf-8'))
    return causal_eval.find_intra(causal_eval.score(outdir))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default='build/dev/chronograph')
    ap.add_argument('--out', default=os.path.join(tempfile.gettempdir(), 'causal_pairs_cv'))
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--learner', choices=['svm', 'logreg'], default='svm')
    ap.add_argument('--c', type=float, default=0.05)
    ap.add_argument('--positive-weight', type=float, default=2.0)
    ap.add_argument('--max-distance', type=int, default=20)
    ap.add_argument('--no-rule-features', action='store_true',
                    help='leave out the rule family feature: what the words alone learn')
    ap.add_argument('--thresholds', default='-0.5,-0.25,0,0.25,0.5,1')
    a = ap.parse_args()
    if a.learner == 'svm' and not shutil.which('liblinear-train'):
        print('liblinear-train not found (Debian package liblinear-tools); try --learner logreg')
        sys.exit(77)
    sysdir, tagdir = os.path.join(a.out, 'sys'), os.path.join(a.out, 'tag')
    for d in (sysdir, sysdir + '-sentences', tagdir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    names = causal_eval.docs()
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        list(pool.map(lambda d: causal_eval.build_one(a.bin, 'salient', sysdir, d), names))
        list(pool.map(lambda d: tag_one(a.bin, tagdir, d), names))
    cues = cue_forms()
    pairs = {d: candidates(d, tagdir, sysdir, cues, a.max_distance, not a.no_rule_features)
             for d in names}
    rows = [r for d in names for r in pairs[d]]
    print('%d candidate pairs (%d with fact ends), %d positive (%d fact)' % (
        len(rows), sum(r['fact'] for r in rows), sum(r['y'] for r in rows),
        sum(r['y'] and r['fact'] for r in rows)))
    for f in range(FOLDS):
        train = [r for i, d in enumerate(names) if i % FOLDS != f for r in pairs[d]]
        w = (train_svm(train, a.c, a.positive_weight) if a.learner == 'svm'
             else train_logreg(train, a.positive_weight))
        for i, d in enumerate(names):
            if i % FOLDS == f:
                for r in pairs[d]:
                    r['s'] = sum(w.get(k, 0.0) for k in r['f'])
    print('| system | threshold | P | R | F1 | links right | gold found |')
    print('|---|---|---|---|---|---|---|')
    for mode in ('rules', 'model', 'union', 'veto'):
        for t in ([0.0] if mode == 'rules' else [float(x) for x in a.thresholds.split(',')]):
            i = write_system(names, sysdir, pairs, mode, t, os.path.join(a.out, mode))
            print('| %s | %s | %.1f | %.1f | %.1f | %d of %d | %d of %d |' % (
                mode, '-' if mode == 'rules' else '%g' % t, 100 * i['P'], 100 * i['R'],
                100 * i['F1'], i['tp_sys'], i['n_sys'], i['tp_gold'], i['n_gold']))


if __name__ == '__main__':
    main()
