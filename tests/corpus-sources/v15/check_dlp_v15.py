#!/usr/bin/env python3
"""Stand-alone checker for dlp_v15.jsonl (no detector, stdlib only).
Checks record format, ground truth (verbatim values and accept forms, Luhn,
mod-97, SSN issuance rules, token shapes) and cross-checks every document for
unlabelled values that should have been labelled.  Exit 0 = all good.
Usage: python3 check_dlp_v15.py [path/to/dlp_v15.jsonl] [--regen]
  --regen  also re-runs gen_dlp_v15.py in a temp dir twice and compares sha256."""
import json, re, sys, os, base64, hashlib, collections, subprocess, tempfile, shutil
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def mod97_ok(ib):
    s = ib[4:] + ib[:4]
    try:
        return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


IBAN_SPEC = {'DE': 'n18', 'FR': 'n10c11n2', 'GB': 'a4n14', 'ES': 'n20', 'IT': 'a1n10c12', 'NL': 'a4n10', 'BE': 'n12',
             'AT': 'n16', 'CH': 'n5c12', 'PL': 'n24', 'PT': 'n21', 'IE': 'a4n14', 'SE': 'n20', 'NO': 'n11', 'DK': 'n14',
             'FI': 'n14', 'LU': 'n3c13', 'SA': 'n2c18', 'AE': 'n19', 'TR': 'n6c16', 'BR': 'n23a1c1', 'MU': 'a4n19a3',
             'GR': 'n7c16', 'CZ': 'n20', 'RO': 'a4c16', 'HU': 'n24', 'LT': 'n16', 'EE': 'n16', 'HR': 'n17', 'SI': 'n15',
             'QA': 'a4c21', 'IL': 'n19'}
TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556',
              '5105105105105100', '6011111111111117', '4012888888881881', '3530111333300000', '2223003122003222',
              '4000000000000002', '4000000000009995', '5200828282828210', '371449635398431']


TEST_IBANS = ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
              'BE68539007547034', 'ES9121000418450200051332', 'CH9300762011623852957', 'IT60X0542811101000000123456',
              'GB29NWBK60161331926819', 'AT611904300234573201']


ROLE = ['support', 'noreply', 'no-reply', 'billing', 'security', 'info', 'sales', 'hr', 'team', 'alerts',
        'payments', 'compliance', 'claims', 'privacy', 'donotreply', 'notifications', 'help', 'contact',
        'service', 'admin', 'operations', 'clerk', 'edi', 'disputes', 'void']


# ================================================================ scanning (mirrored in check_dlp_v15.py)
TEST_CARDS_SET = set(TEST_CARDS)
TEST_IBANS_SET = set(TEST_IBANS)
IBAN_LEN = {cc: 4 + sum(int(n) for n in re.findall(r'\d+', sp)) for cc, sp in IBAN_SPEC.items()}
SSN_ALLOW = {'123-45-6789', '078-05-1120', '219-09-9999'}
PLACEHOLDER_EMAILS = {'you@example.com', 'user@domain.tld', 'name@example.com'}
SA_DOMAINS = ('iam.gserviceaccount.com', 'developer.gserviceaccount.com')
RE_CARD = [re.compile(r'(?<!\d)\d{13,19}(?!\d)'), re.compile(r'(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?(?!\d)'),
           re.compile(r'(?<!\d)\d{4}([ -])\d{6}\1\d{5}(?!\d)')]
RE_IBAN = re.compile(r'(?=([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,3})?))')
RE_SSN = re.compile(r'(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])')
RE_SSN_CTX = re.compile(r'(?i)(?:ssn|social security|REF\*SY\*)[^\d\n]{0,40}(\d{9})(?!\d)')
RE_EMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
RE_TOKENS = [re.compile(p) for p in [
    r'\bgh[pousr]_[A-Za-z0-9]{30,}', r'\bgithub_pat_[A-Za-z0-9_]{40,}', r'\bgl(?:pat|dt|rt|ptt|cbt|oas|soat|ft|imt)-[A-Za-z0-9_-]{20,}',
    r'\bxox[abpres]-[A-Za-z0-9-]{10,}', r'\bxoxe\.xox[bp]-[A-Za-z0-9-]{20,}', r'\bxapp-[A-Za-z0-9-]{20,}', r'\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}',
    r'\bsk-ant-[A-Za-z0-9_-]{20,}', r'\bsk-[A-Za-z0-9_-]{20,}', r'\bAIza[0-9A-Za-z_-]{35}', r'\b(?:AKIA|ASIA)[A-Z2-7]{16}\b',
    r'eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}', r'-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----',
    r'hooks\.slack\.com/services/[A-Za-z0-9/]+', r'discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]+', r'webhook\.office\.com/webhookb2/[^\s"\']+']]
RE_URLCRED = re.compile(r'[a-z][a-z0-9+.-]*://([^\s:/@"\']+):([^\s@/"\']+)@')
VENDOR_EXAMPLES = {'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'}


def is_placeholder(s):
    m = re.match(r'^[A-Za-z]{2,12}[_-](.+)$', s)
    body = m.group(1) if m else s
    return ('EXAMPLE' in s or 'XXXX' in s or 'xxxx' in s or '0000000' in s or '${' in s or '{{' in s or '*' in s or '<' in s
            or 'redact' in s.lower() or len(set(body)) <= 3)


def doc_strings(doc):
    out = []
    def walk(o):
        if isinstance(o, str):
            out.append(o)
        elif isinstance(o, dict):
            for k, v in o.items():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(doc)
    return out


def covered(c, labels):
    for l in labels:
        for a in [l['value']] + l.get('accept', []):
            if c in a or a in c:
                return True
    return False


def cross_check(doc, labels):
    """unlabelled values that should have been labelled"""
    bad = []
    for s in doc_strings(doc):
        for rx in RE_CARD:
            for m in rx.finditer(s):
                d = re.sub(r'\D', '', m.group(0))
                if 13 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS_SET and not any(
                        m.group(0) in a or d == re.sub(r'\D', '', a) for l in labels for a in [l['value']] + l.get('accept', [])):
                    bad.append(('card', m.group(0)))
        for m in RE_IBAN.finditer(s):
            c = m.group(1).replace(' ', '')
            n = IBAN_LEN.get(c[:2])
            cands = [c[:n]] if n else [c[:k] for k in range(15, min(34, len(c)) + 1)]
            for ib in cands:
                if n and len(ib) < n:
                    continue
                if mod97_ok(ib) and ib not in TEST_IBANS_SET and not any(ib == re.sub(' ', '', a) for l in labels for a in [l['value']] + l.get('accept', [])):
                    bad.append(('iban', ib))
        for m in RE_SSN.finditer(s):
            a, g, sn = int(m.group(1)), int(m.group(3)), int(m.group(4))
            v = m.group(0)
            if 0 < a < 900 and a != 666 and g > 0 and sn > 0 and v.replace(' ', '-') not in SSN_ALLOW and not covered(v, labels):
                bad.append(('ssn', v))
        for m in RE_SSN_CTX.finditer(s):
            v = m.group(1)
            a, g, sn = int(v[:3]), int(v[3:5]), int(v[5:])
            if 0 < a < 900 and a != 666 and g > 0 and sn > 0 and not covered(v, labels):
                bad.append(('ssn', v))
        for m in RE_EMAIL.finditer(s):
            e = m.group(0)
            loc, dom = e.split('@', 1)
            pre = s[max(0, m.start() - 20):m.start()]
            if loc.lower() in ROLE or e.lower() in PLACEHOLDER_EMAILS or dom.endswith(SA_DOMAINS) or pre.endswith('://') or 'Message-ID' in pre:
                continue
            if re.search(r'://[^\s]*$', pre):
                continue
            if not covered(e, labels):
                bad.append(('email', e))
        for rx in RE_TOKENS:
            for m in rx.finditer(s):
                v = m.group(0)
                if v in VENDOR_EXAMPLES or is_placeholder(v) or covered(v, labels):
                    continue
                bad.append(('token', v[:40]))
        for m in RE_URLCRED.finditer(s):
            pw = m.group(2)
            if is_placeholder(pw) or covered(pw, labels):
                continue
            bad.append(('urlcred', m.group(0)))
    return bad


TYPES = ['email', 'phone_number', 'us_ssn', 'payment_card', 'iban', 'aws_access_key_id', 'aws_secret_access_key',
         'github_token', 'gitlab_token', 'slack_token', 'stripe_key', 'openai_api_key', 'anthropic_api_key',
         'google_api_key', 'jwt', 'private_key', 'webhook_url', 'url_credentials', 'generic_secret']
SHAPE = {
    'aws_access_key_id': r'(?:AKIA|ASIA)[A-Z2-7]{16}', 'aws_secret_access_key': r'[A-Za-z0-9/+]{40}',
    'github_token': r'(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})',
    'gitlab_token': r'gl(?:pat|dt|rt|ptt|soat)-[A-Za-z0-9_-]{20,40}',
    'slack_token': r'(?:xox[bp]-[0-9A-Za-z-]{20,}|xapp-1-[A-Z0-9]{11}-\d{13}-[a-f0-9]{64}|xoxe\.xoxp-1-[A-Za-z0-9-]{100,})',
    'stripe_key': r'[sr]k_(?:live|test)_[A-Za-z0-9]{24,}', 'openai_api_key': r'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}',
    'anthropic_api_key': r'sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA', 'google_api_key': r'AIza[0-9A-Za-z_-]{35}',
    'jwt': r'eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+',
    'webhook_url': r'https://(?:hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}|discord\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{60,}|[a-z0-9]+\.webhook\.office\.com/webhookb2/\S+)',
}


def b64d(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def check_value(t, v, strs):
    errs = []
    if t in SHAPE and not re.fullmatch(SHAPE[t], v):
        errs.append('shape')
    if t == 'payment_card':
        d = re.sub(r'[ -]', '', v)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)) or d in TEST_CARDS:
            errs.append('luhn/test-card')
    elif t == 'iban':
        c = v.replace(' ', '')
        n = 4 + sum(int(x) for x in re.findall(r'\d+', IBAN_SPEC.get(c[:2], 'n0')))
        if not mod97_ok(c) or len(c) != n or c in TEST_IBANS:
            errs.append('mod97/length/test-iban')
    elif t == 'us_ssn':
        d = re.sub(r'[ -]', '', v)
        if not (len(d) == 9 and d.isdigit()) or d[:3] in ('000', '666') or d[0] == '9' or d[3:5] == '00' or d[5:] == '0000':
            errs.append('ssn-rules')
    elif t == 'email':
        if not re.fullmatch(RE_EMAIL.pattern, v) or v.split('@')[0].lower() in ROLE or v.lower() in PLACEHOLDER_EMAILS:
            errs.append('email')
    elif t == 'phone_number':
        if not (7 <= len(re.sub(r'\D', '', v)) <= 15) or re.search(r'555-01\d\d|07700 900|020 7946 0|0491 570', v):
            errs.append('phone')
    elif t == 'jwt':
        try:
            h = json.loads(b64d(v.split('.')[0]))
            json.loads(b64d(v.split('.')[1]))
            assert 'alg' in h
        except Exception:
            errs.append('jwt-decode')
    elif t == 'private_key':
        if not re.fullmatch(r'-----BEGIN ([A-Z ]*PRIVATE KEY)-----(?:\n|\\n)[A-Za-z0-9+/=\n\\]+(?:\n|\\n)-----END \1-----', v):
            errs.append('pem')
    elif t == 'url_credentials':
        if not any(re.search(r'://[^\s:/@]+:' + re.escape(v) + '@', s) for s in strs):
            errs.append('not-a-url-password')
    elif t == 'generic_secret':
        if len(v) < 8 or is_placeholder(v):
            errs.append('generic-placeholder')
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    here = os.path.dirname(os.path.abspath(__file__))
    path = args[0] if args else os.path.join(here, 'dlp_v15.jsonl')
    raw_bytes = open(path, 'rb').read()
    errors = []
    recs = []
    for ln, line in enumerate(raw_bytes.decode('utf-8').splitlines(), 1):
        r = json.loads(line)
        recs.append(r)
        if line != json.dumps(r, ensure_ascii=False):
            errors.append((ln, 'not json.dumps(ensure_ascii=False) form'))
    ids = [r['id'] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append((0, 'duplicate ids'))
    per_type = collections.Counter()
    per_tpl = collections.defaultdict(lambda: [0, 0])
    for r in recs:
        rid = r.get('id')
        if set(r) != {'id', 'template', 'split', 'wrap', 'doc', 'labels'}:
            errors.append((rid, 'keys %s' % sorted(r)))
        if r['split'] != 'holdout-v15' or not re.fullmatch(r'v15-\d+', rid):
            errors.append((rid, 'split/id'))
        w, doc = r['wrap'], r['doc']
        if w == 'text' and not isinstance(doc, str):
            errors.append((rid, 'text wrap needs str'))
        elif w == 'structured' and not isinstance(doc, dict):
            errors.append((rid, 'structured wrap needs object'))
        elif w == 'raw-result':
            ok = isinstance(doc, dict) and isinstance(doc.get('content'), list) and doc['content'] and all(c.get('type') == 'text' and isinstance(c.get('text'), str) for c in doc['content']) \
                 and doc.get('isError') in (True, False) and set(doc) <= {'content', 'isError', 'structuredContent'}
            if not ok:
                errors.append((rid, 'raw-result shape'))
        elif w not in ('text', 'structured', 'raw-result'):
            errors.append((rid, 'wrap'))
        strs = doc_strings(doc)
        seen = set()
        for l in r['labels']:
            if set(l) != {'type', 'value', 'accept'} or l['type'] not in TYPES:
                errors.append((rid, 'label keys/type %r' % l.get('type')))
                continue
            t, v = l['type'], l['value']
            per_type[t] += 1
            if (t, v) in seen:
                errors.append((rid, 'duplicate label'))
            seen.add((t, v))
            if not any(v in s for s in strs):
                errors.append((rid, 'value not verbatim (%s)' % t))
            for a in l['accept']:
                if a == v or not any(a in s for s in strs):
                    errors.append((rid, 'accept not verbatim/equal (%s)' % t))
                if v not in a and re.sub(r'\D', '', v) not in a and t not in ('phone_number', 'iban', 'us_ssn', 'payment_card'):
                    errors.append((rid, 'accept does not contain value (%s)' % t))
            for e in check_value(t, v, strs):
                errors.append((rid, '%s: %s' % (t, e)))
        per_tpl[r['template']][1 if r['labels'] else 0] += 1
        for kind, val in cross_check(doc, r['labels']):
            errors.append((rid, 'cross-check: unlabelled %s' % kind))
    n = len(recs)
    clean = sum(1 for r in recs if not r['labels'])
    nl = sum(per_type.values())
    if n != 450:
        errors.append((0, 'record count %d' % n))
    if len(per_tpl) < 35:
        errors.append((0, 'templates %d' % len(per_tpl)))
    for t in TYPES:
        if per_type[t] < 12:
            errors.append((0, 'type %s has %d labels' % (t, per_type[t])))
    for tp, (c, p) in per_tpl.items():
        if not c or not p:
            errors.append((0, 'template %s lacks clean or positive docs' % tp))
    print('file', path, 'sha256', hashlib.sha256(raw_bytes).hexdigest())
    print('records', n, 'clean', clean, 'positive', n - clean, 'labels', nl, 'templates', len(per_tpl))
    print('per type:', json.dumps(dict(sorted(per_type.items()))))
    if '--regen' in sys.argv:
        shas = []
        for i in range(2):
            d = tempfile.mkdtemp(prefix='dlpv15_')
            shutil.copy(os.path.join(here, 'gen_dlp_v15.py'), d)
            subprocess.run([sys.executable, os.path.join(d, 'gen_dlp_v15.py')], check=True, stdout=subprocess.DEVNULL)
            shas.append(hashlib.sha256(open(os.path.join(d, 'dlp_v15.jsonl'), 'rb').read()).hexdigest())
            shutil.rmtree(d)
        same = shas[0] == shas[1] == hashlib.sha256(raw_bytes).hexdigest()
        print('regen sha256 x2:', shas, 'identical to file:', same)
        if not same:
            errors.append((0, 'regeneration not byte-identical'))
    for e in errors[:60]:
        print('ERROR', e)
    print('errors', len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
