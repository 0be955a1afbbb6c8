#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v15 (regulated back offices:
finance, health, insurance, government).  Python 3 stdlib only, one seeded
random.Random, no clock / environment input.  Writes dlp_v15.jsonl next to
this file.  Every sensitive value is generated at random here."""
import json, os, re, string, base64

import random
R = random.Random(1515015)

UP = string.ascii_uppercase
DG = string.digits
AN = string.ascii_letters + DG
UD = UP + DG
HX = '0123456789abcdef'
B64 = AN + '+/'
B64U = AN + '-_'


def rs(n, a=AN):
    return ''.join(R.choice(a) for _ in range(n))


def dg(n):
    return ''.join(R.choice(DG) for _ in range(n))


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


def luhn_digit(body):
    for c in DG:
        if luhn_ok(body + c):
            return c


def nid(n):
    """numeric id that is never Luhn-valid"""
    s = str(R.randint(1, 9)) + dg(n - 1)
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def uuid():
    h = rs(32, HX)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])


def pick(seq):
    return R.choice(seq)

# ---------------------------------------------------------------- people
PEOPLE = [("Amélie Laurent", "amelie", "laurent", "FR"), ("Jonas Becker", "jonas", "becker", "DE"),
          ("Sofía Ramírez", "sofia", "ramirez", "ES"), ("Haruto Sato", "haruto", "sato", "JP"),
          ("Priya Raman", "priya", "raman", "IN"), ("Chinedu Okafor", "chinedu", "okafor", "NG"),
          ("Mateus Oliveira", "mateus", "oliveira", "BR"), ("Ingrid Johansson", "ingrid", "johansson", "SE"),
          ("Wojciech Nowak", "wojciech", "nowak", "PL"), ("Aisha Al-Farsi", "aisha", "alfarsi", "AE"),
          ("Liam O'Connor", "liam", "oconnor", "IE"), ("Marcus Whitfield", "marcus", "whitfield", "US"),
          ("Dana Kowalczyk", "dana", "kowalczyk", "US"), ("Giulia Rossi", "giulia", "rossi", "IT"),
          ("Sanne de Vries", "sanne", "devries", "NL"), ("Thabo Nkosi", "thabo", "nkosi", "ZA"),
          ("Min-jun Kim", "minjun", "kim", "KR"), ("Valentina Cruz", "valentina", "cruz", "MX"),
          ("Emily Harrington", "emily", "harrington", "GB"), ("Rahul Mehta", "rahul", "mehta", "IN"),
          ("Lucas Martin", "lucas", "martin", "FR"), ("Hannah Schulz", "hannah", "schulz", "DE"),
          ("Keiko Tanaka", "keiko", "tanaka", "JP"), ("Camila Souza", "camila", "souza", "BR"),
          ("Oliver Bennett", "oliver", "bennett", "AU"), ("Zanele Dlamini", "zanele", "dlamini", "ZA"),
          ("Javier Morales", "javier", "morales", "AR"), ("Nora Lindqvist", "nora", "lindqvist", "SE"),
          ("Reto Baumann", "reto", "baumann", "CH"), ("Gabriel Nunes", "gabriel", "nunes", "PT"),
          ("Darnell Jackson", "darnell", "jackson", "US"), ("Mei Lin Chen", "meilin", "chen", "US"),
          ("Tyrone Baptiste", "tyrone", "baptiste", "US"), ("Rosa Delgado", "rosa", "delgado", "US"),
          ("Kofi Mensah", "kofi", "mensah", "GB"), ("Ayumi Watanabe", "ayumi", "watanabe", "JP"),
          ("Pedro Almeida", "pedro", "almeida", "BR"), ("Fatima Zahra Idrissi", "fatima", "idrissi", "FR"),
          ("Sean McAllister", "sean", "mcallister", "US"), ("Anneke Visser", "anneke", "visser", "NL"),
          ("Lerato Mokoena", "lerato", "mokoena", "ZA"), ("Sipho Ndlovu", "sipho", "ndlovu", "ZA"), ("Yuna Park", "yuna", "park", "KR"),
          ("Carlos Ibáñez", "carlos", "ibanez", "ES"), ("Marta Kowalska", "marta", "kowalska", "PL"), ("Chloé Dubois", "chloe", "dubois", "FR"),
          ("Matteo Bianchi", "matteo", "bianchi", "IT"), ("Erik Nilsson", "erik", "nilsson", "SE"), ("Daan Bakker", "daan", "bakker", "NL"),
          ("Felix Wagner", "felix", "wagner", "DE"), ("Yui Kobayashi", "yui", "kobayashi", "JP"), ("Jack Thompson", "jack", "thompson", "AU"),
          ("Lucía Fernández", "lucia", "fernandez", "AR"), ("Diego Hernández", "diego", "hernandez", "MX"), ("Ana Beatriz Lima", "anabeatriz", "lima", "BR")]
US_PEOPLE = [p for p in PEOPLE if p[3] == 'US'] + [("Karen Whitlock", "karen", "whitlock", "US"),
             ("Jamal Robinson", "jamal", "robinson", "US"), ("Linda Okonkwo", "linda", "okonkwo", "US"),
             ("Brian Castellano", "brian", "castellano", "US"), ("Teresa Huang", "teresa", "huang", "US")]
DOMS = {'FR': ['orange.fr', 'free.fr', 'laposte.net'], 'DE': ['web.de', 'gmx.de', 't-online.de'],
        'ES': ['telefonica.net', 'gmail.com'], 'JP': ['yahoo.co.jp', 'docomo.ne.jp'], 'IN': ['rediffmail.com', 'gmail.com'],
        'BR': ['uol.com.br', 'bol.com.br'], 'US': ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'],
        'GB': ['btinternet.com', 'outlook.com'], 'IT': ['libero.it', 'virgilio.it'], 'NL': ['ziggo.nl', 'kpnmail.nl'],
        'SE': ['telia.com', 'gmail.com'], 'AU': ['bigpond.com', 'optusnet.com.au'], 'ZA': ['mweb.co.za', 'gmail.com']}
ROLE = ['support', 'noreply', 'no-reply', 'billing', 'security', 'info', 'sales', 'hr', 'team', 'alerts',
        'payments', 'compliance', 'claims', 'privacy', 'donotreply', 'notifications', 'help', 'contact',
        'service', 'admin', 'operations', 'clerk', 'edi', 'disputes', 'void']


def person(cc=None, us=False):
    if us:
        return pick(US_PEOPLE)
    if cc:
        c = [p for p in PEOPLE if p[3] == cc]
        if c:
            return pick(c)
    return pick(PEOPLE)


def email_of(p, domain=None):
    f, l = p[1], p[2]
    loc = pick([f + '.' + l, f[0] + l, f + '_' + l, l + '.' + f, f + '.' + l + str(R.randint(1, 99)),
                f + l[0] + str(R.randint(70, 99)), f + '.' + l + '+statements', f[0] + '.' + l])
    d = domain or pick(DOMS.get(p[3], ['gmail.com', 'hotmail.com', 'proton.me']))
    return loc + '@' + d


def role_email(domain):
    return pick(ROLE) + '@' + domain

# ---------------------------------------------------------------- phones
US_AREAS = ['212', '415', '312', '617', '202', '305', '713', '206', '404', '503', '720', '602', '919', '614', '801', '973', '512']


def us_num():
    ex = str(R.randint(2, 9)) + dg(2)
    while ex in ('555',) or ex[1:] == '11':
        ex = str(R.randint(2, 9)) + dg(2)
    return pick(US_AREAS), ex, dg(4)


def phone(cc='US', style=None):
    """returns (value, accept-candidates)"""
    acc = []
    if cc in ('US', 'CA'):
        a, e, n = us_num()
        f = style or pick(['paren', 'dash', 'dot', 'intl', 'intldash', 'e164', 'paren'])
        v = {'paren': '(%s) %s-%s', 'dash': '%s-%s-%s', 'dot': '%s.%s.%s', 'intl': '+1 %s %s %s',
             'intldash': '+1-%s-%s-%s', 'e164': '+1%s%s%s', 'digits': '%s%s%s', 'iso': '+1-%s%s%s'}[f] % (a, e, n)
    elif cc == 'GB':
        f = style or pick(['mob', 'mobintl', 'lon', 'lonintl', 'man'])
        if f == 'mob':
            v = '07%d%s %s' % (R.randint(3, 9), dg(2), dg(6))
        elif f == 'mobintl':
            v = '+44 7%d%s %s' % (R.randint(3, 9), dg(2), dg(6))
        elif f == 'lon':
            v = '020 %s%s %s' % (pick('38'), dg(3), dg(4))
        elif f == 'lonintl':
            v = '+44 20 %s%s %s' % (pick('38'), dg(3), dg(4))
        elif f == 'iso':
            v = '+44-7%d%s' % (R.randint(3, 9), dg(8))
        else:
            v = '0161 %d%s %s' % (R.randint(2, 9), dg(2), dg(4))
    elif cc == 'FR':
        f = style or pick(['nat', 'intl', 'nat', 'fix'])
        d = ' '.join(dg(2) for _ in range(4))
        if f == 'nat':
            v = '0%s %s' % (pick('67'), d)
        elif f == 'intl':
            v = '+33 %s %s' % (pick('67'), d)
        elif f == 'iso':
            v = '+33-%s%s' % (pick('67'), d.replace(' ', ''))
        else:
            v = '0%s %s' % (pick('12345'), d)
    elif cc == 'DE':
        f = style or pick(['mob', 'mobintl', 'ber', 'berintl', 'muc'])
        if f == 'mob':
            v = '01%s %s' % (pick(['51', '52', '60', '70', '76']), dg(8))
        elif f == 'mobintl':
            v = '+49 1%s %s' % (pick(['51', '52', '60', '70', '76']), dg(8))
        elif f == 'ber':
            v = '030 %s' % dg(8)
        elif f == 'berintl':
            v = '+49 30 %s' % dg(8)
        elif f == 'iso':
            v = '+49-30%s' % dg(8)
        else:
            v = '089/%s' % dg(7)
    elif cc == 'BR':
        f = style or pick(['intl', 'nat', 'intl2', 'land'])
        ddd = pick(['11', '21', '31', '41', '51', '61', '71', '81'])
        if f == 'intl':
            v = '+55 (%s) 9%s-%s' % (ddd, dg(4), dg(4))
        elif f == 'nat':
            v = '(%s) 9%s-%s' % (ddd, dg(4), dg(4))
        elif f == 'intl2':
            v = '+55 %s 9%s-%s' % (ddd, dg(4), dg(4))
        elif f == 'e164':
            v = '+55%s9%s' % (ddd, dg(8))
        else:
            v = '(%s) 3%s-%s' % (ddd, dg(3), dg(4))
    elif cc == 'JP':
        f = style or pick(['tokyo', 'mob', 'intl', 'osaka'])
        if f == 'tokyo':
            v = '03-%s-%s' % (dg(4), dg(4))
        elif f == 'mob':
            v = '0%s0-%s-%s' % (pick('789'), dg(4), dg(4))
        elif f == 'intl':
            v = '+81 %s0-%s-%s' % (pick('789'), dg(4), dg(4))
        else:
            v = '06-%s-%s' % (dg(4), dg(4))
    elif cc == 'AR':
        f = style or pick(['nat', 'intl'])
        v = '(011) 4%s-%s' % (dg(3), dg(4)) if f == 'nat' else '+54 9 11 %s-%s' % (dg(4), dg(4))
    elif cc == 'MX':
        f = style or pick(['intl', 'nat'])
        v = '+52 55 %s %s' % (dg(4), dg(4)) if f == 'intl' else '(55) %s-%s' % (dg(4), dg(4))
    elif cc == 'IN':
        f = style or pick(['intl', 'dash', 'e164'])
        m = pick('6789') + dg(4)
        v = {'intl': '+91 %s %s' % (m, dg(5)), 'dash': '+91-%s%s' % (m, dg(5)), 'e164': '+91%s%s' % (m, dg(5))}[f]
    elif cc == 'AU':
        f = style or pick(['mobintl', 'syd', 'mob'])
        if f == 'mobintl':
            v = '+61 4%s %s %s' % (pick(['12', '18', '23', '38', '57']), dg(3), dg(3))
        elif f == 'mob':
            v = '04%s %s %s' % (pick(['12', '18', '23', '38', '57']), dg(3), dg(3))
        else:
            v = '(02) 9%s %s' % (dg(3), dg(4))
    elif cc == 'ES':
        v = pick(['+34 6%s %s %s' % (dg(2), dg(3), dg(3)), '91 %s %s %s' % (dg(3), dg(2), dg(2))])
    elif cc == 'IT':
        v = pick(['+39 3%s %s %s' % (dg(2), dg(3), dg(4)), '02 %s %s' % (dg(4), dg(4))])
    elif cc == 'NL':
        v = pick(['+31 6 %s' % dg(8), '06-%s' % dg(8), '020-%s %s' % (dg(3), dg(4))])
    elif cc == 'ZA':
        v = pick(['+27 82 %s %s' % (dg(3), dg(4)), '082 %s %s' % (dg(3), dg(4))])
    elif cc == 'KR':
        v = pick(['010-%s-%s' % (dg(4), dg(4)), '+82 10-%s-%s' % (dg(4), dg(4))])
    elif cc == 'PL':
        v = '+48 5%s %s %s' % (dg(2), dg(3), dg(3))
    elif cc == 'NG':
        v = '+234 803 %s %s' % (dg(3), dg(4))
    elif cc == 'CH':
        v = pick(['+41 79 %s %s %s' % (dg(3), dg(2), dg(2)), '044 %s %s %s' % (dg(3), dg(2), dg(2))])
    elif cc == 'SE':
        v = pick(['070-%s %s %s' % (dg(3), dg(2), dg(2)), '+46 70 %s %s %s' % (dg(3), dg(2), dg(2))])
    elif cc == 'AE':
        v = '+971 50 %s %s' % (dg(3), dg(4))
    elif cc == 'IE':
        v = pick(['+353 87 %s %s' % (dg(3), dg(4)), '087 %s %s' % (dg(3), dg(4))])
    elif cc == 'PT':
        v = '+351 912 %s %s' % (dg(3), dg(3))
    else:
        return phone('US', style)
    if v.startswith('+'):
        acc.append(v[1:])
        m = re.match(r'\+(\d{1,3})[ -]?(.*)$', v)
        if m:
            acc.append(m.group(2))
    return v, acc


def tollfree(cc='US'):
    return {'US': '1-800-%s-%s' % (dg(3), dg(4)), 'GB': '0800 %s %s' % (dg(3), dg(4)), 'FR': '0 800 %s %s %s' % (dg(2), dg(2), dg(2)),
            'DE': '0800 %s' % dg(7), 'JP': '0120-%s-%s' % (dg(3), dg(3)), 'AU': '1800 %s %s' % (dg(3), dg(3)),
            'BR': '0800 7%s %s' % (dg(2), dg(4)), 'IN': '1800-%s-%s' % (dg(3), dg(4))}.get(cc, '1-888-%s-%s' % (dg(3), dg(4)))


def fictional(cc='US'):
    if cc == 'GB':
        return pick(['07700 900%s' % dg(3), '020 7946 0%s' % dg(3)])
    if cc == 'AU':
        return '0491 570 %s' % dg(3)
    return pick(['(%s) 555-01%s', '%s-555-01%s']) % (pick(US_AREAS), dg(2))

# ---------------------------------------------------------------- ids
def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))
        if s not in ('123-45-6789', '078-05-1120', '219-09-9999'):
            return s


def masked_ssn():
    return pick(['XXX-XX-%s', '***-**-%s', 'xxx-xx-%s']) % dg(4)


BRANDS = [('4', 16), ('51', 16), ('52', 16), ('53', 16), ('54', 16), ('55', 16), ('2221', 16), ('2720', 16),
          ('34', 15), ('37', 15), ('6011', 16), ('65', 16), ('3528', 16), ('3589', 16), ('62', 16), ('62', 19)]
TEST_CARDS = ['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005', '4000056655665556',
              '5105105105105100', '6011111111111117', '4012888888881881', '3530111333300000', '2223003122003222',
              '4000000000000002', '4000000000009995', '5200828282828210', '371449635398431']


def card(style=None):
    pre, n = pick(BRANDS)
    body = pre + dg(n - len(pre) - 1)
    num = body + luhn_digit(body)
    style = style or pick(['plain', 'space', 'space', 'dash'])
    if style == 'plain':
        return num, []
    sep = ' ' if style == 'space' else '-'
    if n == 15:
        v = sep.join([num[:4], num[4:10], num[10:]])
    else:
        v = sep.join(num[i:i + 4] for i in range(0, n, 4))
    return v, [num]


def masked_card():
    pre, n = pick(BRANDS[:8])
    return pick(['%s******%s' % ((pre + dg(6))[:6], dg(4)), '**** **** **** %s' % dg(4), 'XXXXXXXXXXXX%s' % dg(4), '%s********%s' % (pre[:1] + dg(3), dg(4))])


IBAN_SPEC = {'DE': 'n18', 'FR': 'n10c11n2', 'GB': 'a4n14', 'ES': 'n20', 'IT': 'a1n10c12', 'NL': 'a4n10', 'BE': 'n12',
             'AT': 'n16', 'CH': 'n5c12', 'PL': 'n24', 'PT': 'n21', 'IE': 'a4n14', 'SE': 'n20', 'NO': 'n11', 'DK': 'n14',
             'FI': 'n14', 'LU': 'n3c13', 'SA': 'n2c18', 'AE': 'n19', 'TR': 'n6c16', 'BR': 'n23a1c1', 'MU': 'a4n19a3',
             'GR': 'n7c16', 'CZ': 'n20', 'RO': 'a4c16', 'HU': 'n24', 'LT': 'n16', 'EE': 'n16', 'HR': 'n17', 'SI': 'n15',
             'QA': 'a4c21', 'IL': 'n19'}
GB_BANKS = ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'NAIA', 'SRLG']
TEST_IBANS = ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
              'BE68539007547034', 'ES9121000418450200051332', 'CH9300762011623852957', 'IT60X0542811101000000123456',
              'GB29NWBK60161331926819', 'AT611904300234573201']


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)


def mod97_ok(ib):
    s = ib[4:] + ib[:4]
    try:
        return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def iban(cc=None, grouped=None):
    cc = cc or pick(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ''
    for kind, num in re.findall(r'([anc])(\d+)', spec):
        num = int(num)
        if kind == 'n':
            bban += dg(num)
        elif kind == 'a':
            bban += pick(GB_BANKS) if (cc in ('GB', 'IE') and num == 4) else rs(num, UP)
        else:
            bban += rs(num, UD)
    ib = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = R.random() < 0.4
    if grouped:
        return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4)), [ib]
    return ib, []


def bad_iban(cc=None):
    v, _ = iban(cc, False)
    cd = int(v[2:4])
    w = v[:2] + '%02d' % ((cd + R.randint(1, 50)) % 97 + 2) + v[4:]
    if mod97_ok(w):
        w = v[:2] + '%02d' % ((cd + 1) % 97 + 2) + v[4:]
    return w if not mod97_ok(w) else v[:2] + '00' + v[4:]


def masked_iban(cc='DE'):
    return pick(['%s** **** **** **** **%s %s' % (cc, dg(2), dg(2)), '%s**************%s' % (cc, dg(4)), '%sXX XXXX XXXX XXXX %s' % (cc, dg(4))])

BICS = ['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'NWBKGB2L', 'BARCGB22', 'INGBNL2A', 'UBSWCHZH80A', 'CHASUS33', 'BOFAUS3N',
        'ITAUBRSP', 'HDFCINBB', 'ABNANL2A', 'CAIXESBB', 'UNCRITMM', 'SOGEFRPP', 'RABONL2U', 'HELADEF1822', 'BCEELULL']

# ---------------------------------------------------------------- tokens
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt():
    hdr = {'alg': pick(['RS256', 'ES256', 'HS256', 'PS256']), 'typ': 'JWT'}
    if R.random() < 0.6:
        hdr['kid'] = rs(10, AN)
    pl = {'iss': pick(['https://auth.openbank-hub.eu/realms/psd2', 'https://sso.meridian-health.org', 'https://idp.tax-gateway.gov.example/oauth2',
                       'https://login.claimsnet.io']), 'sub': rs(12, HX), 'aud': pick(['accounts', 'payments', 'fhir-api', 'mtd-api', 'claims']),
          'iat': 1700000000 + R.randint(0, 9000000)}
    pl['exp'] = pl['iat'] + pick([300, 900, 3600])
    if R.random() < 0.4:
        pl['scope'] = pick(['accounts balances', 'patient/*.read', 'read:vat write:vat', 'openid payments'])
    if R.random() < 0.3:
        pl['email'] = email_of(person())
    sig = rs(pick([43, 86, 342]), B64U)
    return b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' + b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + sig


def pem():
    kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])
    start = {'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA', 'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
             'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA',
             'EC PRIVATE KEY': 'MHcCAQEEI', 'ENCRYPTED PRIVATE KEY': 'MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI'}[kind]
    nl = {'EC PRIVATE KEY': 3, 'OPENSSH PRIVATE KEY': 6}.get(kind, R.randint(8, 16))
    width = 70 if kind == 'OPENSSH PRIVATE KEY' else 64
    body = start + rs(width * nl - len(start) - R.randint(0, 20), B64)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (kind, '\n'.join(lines), kind)


def tok(t):
    if t == 'aws_access_key_id':
        return pick(['AKIA', 'AKIA', 'ASIA']) + rs(16, UP + '234567')
    if t == 'aws_secret_access_key':
        return rs(40, B64)
    if t == 'github_token':
        p = pick(['ghp_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'])
        if p == 'github_pat_':
            return p + rs(22) + '_' + rs(59)
        return p + rs(36)
    if t == 'gitlab_token':
        p = pick(['glpat-', 'glpat-', 'gldt-', 'glrt-', 'glptt-', 'glsoat-'])
        return p + (rs(40, HX) if p == 'glptt-' else rs(20, AN + '-_'))
    if t == 'slack_token':
        k = pick(['xoxb', 'xoxb', 'xoxp', 'xapp', 'xoxe'])
        if k == 'xoxb':
            return 'xoxb-%s-%s-%s' % (dg(R.randint(10, 12)), dg(R.randint(11, 13)), rs(24))
        if k == 'xoxp':
            return 'xoxp-%s-%s-%s-%s' % (dg(11), dg(12), dg(13), rs(32, HX))
        if k == 'xapp':
            return 'xapp-1-A%s-%s-%s' % (rs(10, UD), dg(13), rs(64, HX))
        return 'xoxe.xoxp-1-' + rs(140, AN + '-')
    if t == 'stripe_key':
        p = pick(['sk_live_', 'sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'])
        return p + (('51' + rs(97)) if R.random() < 0.5 else rs(24))
    if t == 'openai_api_key':
        p = pick(['sk-proj-', 'sk-proj-', 'sk-', 'sk-svcacct-', 'sk-admin-'])
        if p == 'sk-':
            return 'sk-' + rs(20) + 'T3BlbkFJ' + rs(20)
        return p + rs(R.randint(56, 74), AN + '-_') + 'T3BlbkFJ' + rs(R.randint(56, 74), AN + '-_')
    if t == 'anthropic_api_key':
        return pick(['sk-ant-api03-', 'sk-ant-api03-', 'sk-ant-admin01-']) + rs(93, AN + '-_') + 'AA'
    if t == 'google_api_key':
        return 'AIza' + pick(['Sy', 'Sy', 'Sx', 'Sz']) + rs(33, AN + '-_')
    if t == 'jwt':
        return jwt()
    if t == 'private_key':
        return pem()
    if t == 'webhook_url':
        k = pick(['slack', 'discord', 'teams', 'slack'])
        if k == 'slack':
            return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(R.randint(8, 10), UD), rs(R.randint(8, 10), UD), rs(24))
        if k == 'discord':
            return 'https://discord.com/api/webhooks/%s/%s' % (nid(19), rs(68, B64U))
        return 'https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s' % (
            pick(['meridianhealth', 'northbridgebank', 'civicbenefits', 'alpenversicherung']), uuid(), uuid(), rs(32, HX), uuid())
    raise ValueError(t)


def gsecret(shape=None):
    shape = shape or pick(['pw', 'pw', 'hex32', 'hex40', 'b64', 'alnum', 'uuid', 'whsec', 'mollie', 'sg', 'hex64', 'adyen'])
    if shape == 'pw':
        return rs(R.randint(12, 20), AN + '!#%^-_.~+=')
    if shape == 'hex32':
        return rs(32, HX)
    if shape == 'hex30':
        return rs(30, HX)
    if shape == 'hex40':
        return rs(40, HX)
    if shape == 'hex64':
        return rs(64, HX)
    if shape == 'b64':
        return rs(43, B64) + '='
    if shape == 'alnum':
        return rs(R.randint(24, 40))
    if shape == 'uuid':
        return uuid()
    if shape == 'whsec':
        return 'whsec_' + rs(32)
    if shape == 'mollie':
        return pick(['live_', 'test_']) + rs(30)
    if shape == 'sg':
        return 'SG.' + rs(22, B64U) + '.' + rs(43, B64U)
    if shape == 'adyen':
        return 'AQE' + rs(R.randint(60, 90), AN + '+/=') + '~' + rs(40, B64U)
    if shape == 'rzp':
        return rs(24)
    if shape == 'cookie':
        return rs(32, UD)
    raise ValueError(shape)


def urlpw():
    return rs(R.randint(10, 18), AN + '!-_.~') if R.random() < 0.7 else rs(8, AN) + '%21' + rs(6, AN)

# ---------------------------------------------------------------- labels
TYPES = ['email', 'phone_number', 'us_ssn', 'payment_card', 'iban', 'aws_access_key_id', 'aws_secret_access_key',
         'github_token', 'gitlab_token', 'slack_token', 'stripe_key', 'openai_api_key', 'anthropic_api_key',
         'google_api_key', 'jwt', 'private_key', 'webhook_url', 'url_credentials', 'generic_secret']
TYPED = ['aws_access_key_id', 'github_token', 'gitlab_token', 'slack_token', 'stripe_key', 'openai_api_key',
         'anthropic_api_key', 'google_api_key', 'jwt', 'private_key', 'webhook_url', 'url_credentials']
GLOBAL = {t: 0 for t in TYPES}


class L:
    def __init__(self):
        self.items = []

    def cnt(self, t):
        return GLOBAL[t] + sum(1 for i in self.items if i[0] == t)

    def add(self, t, v, acc=()):
        self.items.append([t, v, list(acc)])
        return v

    def email(self, p=None, domain=None):
        v = email_of(p or person(), domain)
        return self.add('email', v, ['mailto:' + v])

    def phone(self, cc='US', style=None, key=None):
        v, a = phone(cc, style)
        return self.add('phone_number', v, a)

    def ssn(self, style='dash'):
        v = ssn()
        if style == 'space':
            v = v.replace('-', ' ')
        elif style == 'plain':
            v = v.replace('-', '')
        return self.add('us_ssn', v, [v.replace('-', ''), v.replace('-', ' ')] if style == 'dash' else [])

    def card(self, style=None):
        v, a = card(style)
        return self.add('payment_card', v, a)

    def iban(self, cc=None, grouped=None):
        v, a = iban(cc, grouped)
        return self.add('iban', v, a + [v.replace(' ', '')])

    def tok(self, t, key=None):
        if t == 'aws_access_key_id':
            v = tok(t)
        else:
            v = tok(t)
        a = ['Bearer ' + v] if t == 'jwt' else []
        if key:
            a += ['%s=%s' % (key, v), '%s: %s' % (key, v), '%s = %s' % (key, v), '%s=%s' % (key.upper(), v)]
        return self.add(t, v, a)

    def gen(self, key, shape=None, v=None):
        v = v or gsecret(shape)
        return self.add('generic_secret', v, ['%s=%s' % (key, v), '%s: %s' % (key, v), '%s = %s' % (key, v), '%s:%s' % (key, v),
                                                  '"%s": "%s"' % (key, v), '%s="%s"' % (key, v)])

    def urlcred(self, scheme, user, host, path='', pwtype=None):
        if pwtype:
            pw = tok(pwtype)
        else:
            pw = urlpw()
        url = '%s://%s:%s@%s%s' % (scheme, user, pw, host, path)
        self.add(pwtype or 'url_credentials', pw, ['%s:%s' % (user, pw), '%s:%s@' % (user, pw), url, '%s:%s@%s' % (user, pw, host)])
        return url

    def pickt(self, allowed=TYPED, exclude=()):
        c = [t for t in allowed if t not in exclude]
        return min(c, key=lambda t: (self.cnt(t), R.random()))


ENVNAME = {'aws_access_key_id': 'AWS_ACCESS_KEY_ID', 'github_token': 'GITHUB_TOKEN', 'gitlab_token': 'GITLAB_DEPLOY_TOKEN',
           'slack_token': 'SLACK_BOT_TOKEN', 'stripe_key': 'STRIPE_SECRET_KEY', 'openai_api_key': 'OPENAI_API_KEY',
           'anthropic_api_key': 'ANTHROPIC_API_KEY', 'google_api_key': 'GOOGLE_MAPS_API_KEY', 'jwt': 'SERVICE_BEARER_TOKEN',
           'webhook_url': 'ALERT_WEBHOOK_URL', 'private_key': 'SIGNING_KEY_PEM', 'url_credentials': 'DATABASE_URL'}
FIELD = {'aws_access_key_id': 'access_key_id', 'github_token': 'token', 'gitlab_token': 'deploy_token', 'slack_token': 'bot_token',
         'stripe_key': 'secret_key', 'openai_api_key': 'openai_api_key', 'anthropic_api_key': 'anthropic_api_key', 'google_api_key': 'maps_api_key',
         'jwt': 'access_token', 'webhook_url': 'webhook_url', 'private_key': 'private_key', 'url_credentials': 'dsn'}
DBHOSTS = ['recon-db.internal:5432/ledger', 'claims-pg.prod.local:5432/claims', 'mysql-benefits.gov.internal:3306/cases',
           'mongo-kyc-0.cluster.local:27017/kyc', 'rabbit.pay.internal:5672/settlement']


def leak(lb, n, fmt, allowed=TYPED):
    """n typed secrets, returned as list of (key, value-as-string) pairs or env lines"""
    out = []
    used = set()
    for _ in range(n):
        t = lb.pickt(allowed, used)
        used.add(t)
        if t == 'url_credentials':
            sch, hp = pick([('postgres', DBHOSTS[0]), ('postgresql', DBHOSTS[1]), ('mysql', DBHOSTS[2]), ('mongodb', DBHOSTS[3]), ('amqp', DBHOSTS[4])])
            h, p = hp.split('/', 1)
            v = lb.urlcred(sch, pick(['svc_recon', 'claims_app', 'benefits_ro', 'kyc_writer', 'settle']), h, '/' + p)
            out.append((ENVNAME[t] if fmt == 'env' else FIELD[t], v))
            continue
        key = ENVNAME[t] if fmt == 'env' else FIELD[t]
        if t == 'private_key' and fmt == 'env':
            v = lb.add(t, pem().replace('\n', '\\n'))
            v = '"%s"' % v
        else:
            v = lb.tok(t, key)
        out.append((key, v))
        if t == 'aws_access_key_id':
            k2 = 'AWS_SECRET_ACCESS_KEY' if fmt == 'env' else 'secret_access_key'
            out.append((k2, lb.tok('aws_secret_access_key', k2)))
    return out


def neg_keys():
    """vendor example keys / placeholders (unlabelled)"""
    return pick([('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'), ('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
                 ('STRIPE_SECRET_KEY', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'), ('OPENAI_API_KEY', '${OPENAI_API_KEY}'),
                 ('SLACK_BOT_TOKEN', '${{ secrets.SLACK_BOT_TOKEN }}'), ('GITHUB_TOKEN', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
                 ('ANTHROPIC_API_KEY', 'sk-ant-...'), ('GOOGLE_MAPS_API_KEY', '<your-api-key>'),
                 ('SFTP_PASSWORD', 'vault:secret/data/bank-sftp#password'), ('ALERT_WEBHOOK_URL', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
                 ('DATABASE_URL', 'postgres://svc_recon:${DB_PASSWORD}@recon-db.internal:5432/ledger'),
                 ('GITLAB_DEPLOY_TOKEN', '[MASKED]'), ('STRIPE_WEBHOOK_SECRET', 'whsec_****************'),
                 ('API_SIGNING_SECRET', 'arn:aws:secretsmanager:eu-west-1:%s:secret:bank-sftp-%s' % (nid(12), rs(6)))])


def neg_pool(n):
    seen, out = set(), []
    while len(out) < n:
        k = neg_keys()
        if k[0] not in seen:
            seen.add(k[0]); out.append(k)
    return out


def date(y0=2023, y1=2025):
    return '%04d-%02d-%02d' % (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def dob():
    return date(1942, 2003)


def amount(lo=10, hi=99999):
    return '%d.%02d' % (R.randint(lo, hi), R.randint(0, 99))


def amt_de(lo=10, hi=99999):
    v = R.randint(lo, hi)
    s = '{:,}'.format(v).replace(',', '.')
    return '%s,%02d' % (s, R.randint(0, 99))


def ts():
    return '%sT%02d:%02d:%02dZ' % (date(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def raw(text, sc=None, err=False):
    d = {'content': [{'type': 'text', 'text': text}], 'isError': err}
    if sc is not None:
        d['structuredContent'] = sc
    return d


def jd(o, indent=None):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def npi():
    return '1' + dg(9)


def icd():
    return pick(['E11.9', 'I10', 'J44.9', 'M54.5', 'Z00.00', 'F41.1', 'K21.9', 'N39.0', 'R51.9', 'S82.101A'])


def cpt():
    return pick(['99213', '99214', '80053', '85025', '93000', '71046', '97110', '36415', '90471', 'G0439'])


def loinc():
    return pick([('2345-7', 'Glucose', 'mg/dL'), ('718-7', 'Hemoglobin', 'g/dL'), ('2160-0', 'Creatinine', 'mg/dL'),
                 ('4548-4', 'Hemoglobin A1c', '%'), ('2093-3', 'Cholesterol', 'mg/dL'), ('6690-2', 'WBC', '10*3/uL')])


def ndc():
    return '%s-%s-%s' % (dg(5), dg(4), dg(2))


def wallet():
    return pick(['bc1q' + rs(38, '023456789acdefghjklmnpqrstuvwxyz'), '0x' + rs(40, HX), 'T' + rs(33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')])

# ================================================================ templates
T = {}


def tpl(f):
    T[f.__name__[2:]] = f
    return f


@tpl
def t_swift_mt103(lb, pos):
    ref = 'FT' + rs(10, UD).lower()
    cc1, cc2 = pick(['DE', 'FR', 'NL', 'IT', 'ES', 'BE', 'AT']), pick(['GB', 'CH', 'SE', 'PL', 'PT', 'IE', 'AE', 'SA'])
    p1, p2 = person(), person()
    if pos:
        a1 = lb.iban(cc1, False)
        a2 = lb.iban(cc2, False) if R.random() < 0.8 else nid(12)
    else:
        a1 = pick([pick(TEST_IBANS), bad_iban(cc1), nid(12)])
        a2 = pick([pick(TEST_IBANS), nid(10), masked_iban(cc2).replace(' ', '')])
    rem = '/INV/%s-%s' % (R.randint(2023, 2025), nid(5))
    if pos and R.random() < 0.4:
        rem += '\n//TEL ' + lb.phone(pick(['DE', 'FR', 'GB']), 'intl' if R.random() < 0.5 else None)
    t = ('{1:F01%sAXXX%s}{2:I103%sXXXXN}{3:{108:%s}{121:%s}}{4:\n:20:%s\n:23B:CRED\n:32A:%s%s%s\n:50K:/%s\n%s\n%s\n'
         ':52A:%s\n:57A:%s\n:59:/%s\n%s\n%s\n:70:%s\n:71A:%s\n-}{5:{CHK:%s}}') % (
        pick(BICS)[:8], nid(10), pick(BICS)[:8], rs(8, UD), uuid(), ref.upper(), date()[2:].replace('-', ''), pick(['EUR', 'GBP', 'CHF']),
        amt_de(100, 90000).replace('.', ''), a1, p1[0].upper(), pick(['HAUPTSTR 5 BERLIN', '12 RUE DE LA PAIX PARIS', 'KEIZERSGRACHT 88 AMSTERDAM']),
        pick(BICS), pick(BICS), a2, p2[0].upper(), pick(['1 CANADA SQUARE LONDON', 'BAHNHOFSTRASSE 1 ZURICH', 'AV DA LIBERDADE LISBOA']),
        rem, pick(['SHA', 'OUR', 'BEN']), rs(12, 'ABCDEF' + DG))
    return 'text', t


@tpl
def t_swift_mt940(lb, pos):
    acct = lb.iban('DE', False) if pos and R.random() < 0.6 else '%s/%s' % (dg(8), nid(10))
    lines = [':20:STARTUMS%s' % dg(4), ':25:%s' % acct, ':28C:%05d/001' % R.randint(1, 300), ':60F:C%sEUR%s' % (date()[2:].replace('-', ''), amt_de().replace('.', ''))]
    for i in range(R.randint(2, 4)):
        p = person()
        if pos and R.random() < 0.6:
            cp = '?30%s?31%s' % (pick(BICS), lb.iban(pick(['DE', 'AT', 'NL', 'FR']), False))
        else:
            cp = pick(['?30%s?31%s' % (dg(8), nid(10)), '?30%s?31%s' % (pick(BICS), pick(TEST_IBANS)), '?31%s' % masked_iban().replace(' ', '')])
        lines.append(':61:%s%sD%sNTRFNONREF//%s' % (date()[2:].replace('-', ''), dg(4), amt_de(5, 5000).replace('.', ''), nid(8)))
        lines.append(':86:166?00SEPA-UEBERWEISUNG?20EREF+%s?21SVWZ+Rechnung %s?22KREF+%s%s?32%s' % (nid(12), nid(5), nid(6), cp, p[0].upper()[:27]))
    lines.append(':62F:C%sEUR%s' % (date()[2:].replace('-', ''), amt_de().replace('.', '')))
    lines.append('-')
    return 'text', '\n'.join(lines)


def iso_phone(lb, pos):
    if pos:
        cc = pick(['DE', 'FR', 'GB', 'US'])
        return lb.phone(cc, 'iso')
    return '+1-' + tollfree('US').replace('1-', '', 1).replace('-', '')


@tpl
def t_iso20022_pain001(lb, pos):
    ns = pick(['pain.001.001.09', 'pain.001.001.03'])
    txs = []
    dbtr = lb.iban(pick(['DE', 'NL', 'FR', 'BE']), False) if pos else pick(TEST_IBANS)
    for i in range(R.randint(1, 3)):
        p = person()
        if pos and i == 0:
            cacct = '<IBAN>%s</IBAN>' % lb.iban(pick(['DE', 'FR', 'ES', 'IT', 'PT', 'NL']), False)
            ctc = '<CtctDtls><PhneNb>%s</PhneNb><EmailAdr>%s</EmailAdr></CtctDtls>' % (iso_phone(lb, True), lb.email(p))
        else:
            cacct = pick(['<IBAN>%s</IBAN>' % bad_iban(), '<Othr><Id>%s</Id></Othr>' % nid(11)])
            ctc = '<CtctDtls><EmailAdr>%s</EmailAdr></CtctDtls>' % role_email(pick(['acme-supplies.eu', 'stadtwerke-nord.de']))
        txs.append(('<CdtTrfTxInf><PmtId><InstrId>%s</InstrId><EndToEndId>E2E-%s</EndToEndId><UETR>%s</UETR></PmtId>'
                    '<Amt><InstdAmt Ccy="EUR">%s</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt>'
                    '<Cdtr><Nm>%s</Nm>%s</Cdtr><CdtrAcct><Id>%s</Id></CdtrAcct><RmtInf><Ustrd>INV %s</Ustrd></RmtInf></CdtTrfTxInf>') % (
            rs(10, UD), rs(12, UD), uuid(), amount(), pick(BICS), p[0], ctc, cacct, nid(6)))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
           '<CstmrCdtTrfInitn><GrpHdr><MsgId>MSG-%s</MsgId><CreDtTm>%s</CreDtTm><NbOfTxs>%d</NbOfTxs></GrpHdr><PmtInf><PmtInfId>%s</PmtInfId>'
           '<PmtMtd>TRF</PmtMtd><Dbtr><Nm>%s</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></DbtrAgt>'
           '%s</PmtInf></CstmrCdtTrfInitn></Document>') % (ns, rs(12, UD), ts()[:-1], len(txs), rs(10, UD), pick(['Stadtwerke Nord GmbH', 'Acme Supplies BV', 'Clinique Saint-Roch SAS']),
                                                         dbtr, pick(BICS), ''.join(txs))
    return 'raw-result', raw('Validated payment file %s.xml (%d transactions)\n%s' % (rs(8, HX), len(txs), xml))


@tpl
def t_iso20022_camt053(lb, pos):
    acct = lb.iban(pick(['DE', 'FR', 'NL', 'CH', 'LU']), False) if pos and R.random() < 0.5 else pick(TEST_IBANS)
    ntries = []
    for i in range(R.randint(2, 3)):
        p = person()
        rel = ('<IBAN>%s</IBAN>' % lb.iban(pick(list(IBAN_SPEC)), False)) if (pos and R.random() < 0.6) else '<Othr><Id>%s</Id></Othr>' % nid(9)
        ntries.append(('<Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd><BookgDt><Dt>%s</Dt></BookgDt><AcctSvcrRef>%s</AcctSvcrRef>'
                       '<NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId><UETR>%s</UETR></Refs><RltdPties><Dbtr><Pty><Nm>%s</Nm></Pty></Dbtr>'
                       '<DbtrAcct><Id>%s</Id></DbtrAcct></RltdPties><RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>') % (
            amount(), pick(['CRDT', 'DBIT']), date(), rs(14, UD), 'NOTPROVIDED' if R.random() < 0.3 else rs(16, UD), uuid(), p[0], rel,
            pick(['Miete Maerz', 'Facture %s' % nid(6), 'Premium policy HX-%s' % nid(7), 'Salary'])))
    if not any('<IBAN>' in n for n in ntries) and acct in TEST_IBANS and pos:
        acct = lb.iban('DE', False)
    xml = ('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm></GrpHdr>'
           '<Stmt><Id>%s</Id><ElctrncSeqNb>%d</ElctrncSeqNb><Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BICFI>%s</BICFI></FinInstnId></Svcr></Acct>'
           '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt></Bal>%s</Stmt></BkToCstmrStmt></Document>') % (
        rs(16, UD), ts()[:-1], rs(12, UD), R.randint(1, 365), acct, pick(BICS), amount(), ''.join(ntries))
    return 'text', xml


@tpl
def t_iso20022_pacs008(lb, pos):
    dbt = lb.iban(pick(['GB', 'IE', 'DE']), pick([True, False])) if pos else bad_iban('GB')
    cdt = lb.iban(pick(['FR', 'IT', 'ES', 'PL']), False) if (pos and R.random() < 0.7) else pick(TEST_IBANS)
    uetr = uuid()
    xml = ('<FIToFICstmrCdtTrf xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><GrpHdr><MsgId>%s</MsgId><NbOfTxs>1</NbOfTxs>'
           '<SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr><CdtTrfTxInf><PmtId><InstrId>%s</InstrId><EndToEndId>%s</EndToEndId>'
           '<UETR>%s</UETR></PmtId><IntrBkSttlmAmt Ccy="EUR">%s</IntrBkSttlmAmt><ChrgBr>SHAR</ChrgBr><InstgAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></InstgAgt>'
           '<Dbtr><Nm>%s</Nm><PstlAdr><Ctry>GB</Ctry></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>'
           '<Cdtr><Nm>%s</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct></CdtTrfTxInf></FIToFICstmrCdtTrf>') % (
        rs(14, UD), rs(10, UD), rs(16, UD), uetr, amount(), pick(BICS), person()[0], dbt, person()[0], cdt)
    sc = {'uetr': uetr, 'status': pick(['ACSC', 'ACCC', 'PDNG', 'RJCT']), 'gpi_tracker': 'https://gpi.swift.example/track/%s' % uetr,
          'screening': {'sanctions_hits': 0, 'list_version': '2024.%02d' % R.randint(1, 12)}}
    return 'raw-result', raw(xml, sc)


@tpl
def t_sepa_mandates_csv(lb, pos):
    rows = ['Mandatsreferenz;Mandatsdatum;Name;IBAN;BIC;Betrag;Verwendungszweck;E-Mail']
    for i in range(R.randint(3, 5)):
        p = person(pick(['DE', 'FR', 'NL', 'IT', 'ES']))
        if pos and i < 2:
            ib = lb.iban(pick(['DE', 'AT', 'NL', 'FR', 'IT']), R.random() < 0.3)
            em = lb.email(p) if R.random() < 0.5 else ''
        else:
            ib = masked_iban(pick(['DE', 'AT']))
            em = ''
        rows.append('MR-%s;%s;%s;%s;%s;%s;Beitrag %s/%s;%s' % (nid(8), date(), p[0], ib, pick(BICS), amt_de(5, 900), R.randint(1, 12), R.randint(2023, 2025), em))
    rows.append('Summe;;;;;%s;;' % amt_de(100, 9000))
    return 'text', '\n'.join(rows)


def fw(s, n, right=False, pad=' '):
    s = str(s)[:n]
    return s.rjust(n, pad) if right else s.ljust(n, pad)


@tpl
def t_nacha_ach(lb, pos):
    co = pick(['NORTHBRIDGE PAYROLL', 'MERIDIAN HEALTH INC', 'CITY OF LAKEVIEW'])
    recs = ['101 %s %s%s%s%sA094101%s%s%s' % (nid(9), nid(9), '24%02d%02d' % (R.randint(1, 12), R.randint(1, 28)), '%02d%02d' % (R.randint(0, 23), R.randint(0, 59)),
                                              'A', fw('FIRST NATIONAL BANK', 23), fw(co, 23), fw('', 8))]
    recs.append('5220%s%s%s%s%s%s   1%s%s' % (fw(co, 16), fw('', 20), nid(10), 'PPD', fw('PAYROLL', 10), fw('', 6) + '24%02d%02d' % (R.randint(1, 12), R.randint(1, 28)),
                                              nid(8), '0000001'))
    n = R.randint(2, 4)
    labelled = 0
    for i in range(n):
        p = person(us=True)
        if pos and labelled < 2 and R.random() < 0.7:
            ind = lb.ssn('plain'); labelled += 1
        else:
            ind = 'EMP%s' % nid(5)
        recs.append('622%s%s%s%s%s  %s%s' % (nid(9), fw(nid(R.randint(8, 12)), 17), fw(str(R.randint(50000, 900000)), 10, True, '0'), fw(ind, 15),
                                              fw(p[0].upper(), 22), '0', nid(15)))
    if pos and labelled == 0:
        recs.append('705%s%s%s' % (fw('QUESTIONS ' + lb.email(person(us=True), pick(['northbridgepay.com', 'gmail.com'])), 80), '0001', '0000001'))
    recs.append('8220%s%s%s%s%s%s' % ('%06d' % n, nid(10), fw('', 12, True, '0'), fw(str(R.randint(100000, 999999)), 12, True, '0'), nid(10), fw('', 25)))
    recs.append('9%s%s' % ('000001000001', fw('', 81, False, '9')[:81]))
    return 'text', '\n'.join(recs)


@tpl
def t_bacs_std18(lb, pos):
    lines = ['VOL1%s' % fw(nid(6), 76), 'HDR1A%s' % fw('BACS', 75), 'UHL1 %s999999    000000001 DAILY  001' % ('2%s' % dg(4))]
    for i in range(R.randint(3, 5)):
        lines.append('%s%s0%s%s%s    %s%s%s' % (dg(6), dg(8), pick(['99', '17', '01']), dg(6), dg(8), fw(str(R.randint(100, 999999)), 11, True, '0'),
                                               fw('PREMIUM %s' % nid(6), 18), fw(person('GB')[0].upper(), 18)))
    log = ['# bacs-submit job %s' % rs(8, HX), '# submitted %s' % ts()]
    if pos:
        k = R.random()
        if k < 0.5:
            log.append('# upload: %s' % lb.urlcred('sftp', 'BACS%s' % dg(4), 'bacs-gw.northbridgebank.co.uk:22', '/inbound/std18'))
        else:
            log.append('# bureau login: user=SUN%s password=%s' % (dg(6), lb.gen('password', 'pw')))
        if R.random() < 0.5:
            log.append('# operator contact: %s' % lb.email(person('GB'), 'northbridgebank.co.uk'))
    else:
        log.append('# upload: sftp://BACS%s@bacs-gw.northbridgebank.co.uk:22/inbound/std18 (key auth)' % dg(4))
        log.append('# password=%s' % pick(['********', '${BACS_SFTP_PASSWORD}']))
    return 'text', '\n'.join(log + lines + ['EOF1A' + fw('BACS', 75), 'UTL1%s' % fw(str(R.randint(10000, 9999999)), 13, True, '0')])


@tpl
def t_openbanking_accounts(lb, pos):
    accts = []
    for i in range(R.randint(1, 2)):
        ids = [{'SchemeName': 'UK.OBIE.SortCodeAccountNumber', 'Identification': nid(14), 'Name': person('GB')[0]}]
        if pos and i == 0:
            ids.append({'SchemeName': 'UK.OBIE.IBAN', 'Identification': lb.iban('GB', False), 'SecondaryIdentification': nid(8)})
        accts.append({'AccountId': rs(8, DG) if False else uuid(), 'Status': 'Enabled', 'Currency': 'GBP', 'AccountType': pick(['Personal', 'Business']),
                      'AccountSubType': 'CurrentAccount', 'Nickname': pick(['Bills', 'Household', 'Payroll']), 'Account': ids})
    body = {'Data': {'Account': accts}, 'Links': {'Self': 'https://ob.northbridgebank.co.uk/open-banking/v3.1/aisp/accounts'}, 'Meta': {'TotalPages': 1}}
    dbg = {'x-fapi-interaction-id': uuid(), 'x-fapi-auth-date': 'Tue, 12 Mar 2024 10:%02d:00 GMT' % R.randint(0, 59)}
    dbg['Authorization'] = 'Bearer ' + (lb.tok('jwt') if pos and R.random() < 0.7 else '***')
    return 'raw-result', raw('GET /aisp/accounts -> 200\nrequest headers: %s\n%s' % (jd(dbg), jd(body, 2)))


@tpl
def t_psd2_consent(lb, pos):
    acc = [{'iban': lb.iban(pick(['DE', 'ES', 'IT', 'FR']), False) if pos else pick(TEST_IBANS)}, {'maskedPan': masked_card()}]
    d = {'consentId': rs(24, AN), 'consentStatus': pick(['valid', 'received', 'expired']), 'access': {'accounts': acc, 'balances': acc[:1]},
         'recurringIndicator': True, 'validUntil': date(2025, 2026), 'frequencyPerDay': 4, 'lastActionDate': date(),
         '_links': {'scaStatus': {'href': '/v1/consents/%s/authorisations/%s' % (rs(12), uuid())}},
         'tpp': {'organisation_id': 'PSDDE-BAFIN-%s' % nid(6), 'client_id': rs(24, HX)}}
    if pos:
        if R.random() < 0.6:
            d['tpp']['client_secret'] = lb.gen('client_secret', pick(['alnum', 'b64', 'hex64']))
        d['token'] = {'access_token': lb.tok('jwt'), 'token_type': 'Bearer', 'expires_in': 3600}
        if R.random() < 0.5:
            d['token']['refresh_token'] = lb.gen('refresh_token', 'alnum')
    else:
        d['tpp']['client_secret'] = pick(['[redacted]', '${TPP_CLIENT_SECRET}'])
        d['token'] = {'access_token': '<redacted>', 'token_type': 'Bearer', 'expires_in': 3600}
    return 'structured', d


@tpl
def t_payment_webhook(lb, pos):
    v = pick(['adyen', 'razorpay', 'mollie', 'stripe'])
    if v == 'adyen':
        p = person()
        ad = {'hmacSignature': rs(43, B64) + '=', 'cardBin': '4' + dg(5), 'cardSummary': dg(4), 'expiryDate': '%02d/20%d' % (R.randint(1, 12), R.randint(26, 31)),
              'shopperEmail': lb.email(p) if pos else role_email('merchant-shop.eu'), 'authCode': dg(6)}
        if pos and R.random() < 0.5:
            ad['shopperTelephone'] = lb.phone(p[3] if p[3] in ('DE', 'FR', 'NL', 'GB', 'ES', 'IT') else 'NL')
        d = {'live': 'true', 'notificationItems': [{'NotificationRequestItem': {'additionalData': ad, 'amount': {'currency': 'EUR', 'value': R.randint(100, 90000)},
             'eventCode': 'AUTHORISATION', 'eventDate': ts(), 'merchantAccountCode': 'NorthbridgeECOM', 'merchantReference': 'ORD-%s' % nid(7),
             'pspReference': rs(16, UD), 'paymentMethod': 'visa', 'success': 'true'}}]}
    elif v == 'razorpay':
        p = person('IN')
        ent = {'id': 'pay_' + rs(14), 'entity': 'payment', 'amount': R.randint(1000, 900000), 'currency': 'INR', 'status': 'captured', 'method': pick(['card', 'upi']),
               'vpa': '%s@okaxis' % p[1] if R.random() < 0.4 else None, 'card': {'last4': dg(4), 'network': pick(['Visa', 'RuPay', 'MasterCard'])},
               'email': lb.email(p) if pos else 'void@razorpay.com', 'contact': lb.phone('IN', 'e164') if pos else '+91' + pick(['0000000000', '9999999999'])}
        d = {'entity': 'event', 'account_id': 'acc_' + rs(14), 'event': 'payment.captured', 'payload': {'payment': {'entity': ent}}, 'created_at': 1700000000 + R.randint(0, 9999999)}
    elif v == 'mollie':
        p = person(pick(['NL', 'BE', 'DE']) if False else pick(['NL', 'DE', 'FR']))
        d = {'resource': 'payment', 'id': 'tr_' + rs(10), 'mode': 'live', 'amount': {'value': amount(5, 900), 'currency': 'EUR'}, 'method': 'ideal',
             'details': {'consumerName': p[0], 'consumerAccount': lb.iban(pick(['NL', 'BE', 'DE'])) if pos else pick(TEST_IBANS), 'consumerBic': pick(BICS)},
             'billingEmail': lb.email(p) if pos and R.random() < 0.6 else role_email('webshop.nl')}
    else:
        p = person()
        d = {'id': 'evt_' + rs(24), 'object': 'event', 'type': 'charge.succeeded', 'livemode': False,
             'data': {'object': {'id': 'ch_' + rs(24), 'amount': R.randint(100, 99999), 'currency': 'usd', 'billing_details': {'email': lb.email(p) if pos else None, 'name': p[0]},
                                 'payment_method_details': {'card': {'brand': 'visa', 'last4': '4242', 'exp_month': 12, 'exp_year': 2030}}}}}
    cfg = {'endpoint': 'https://hooks.northbridge-pay.com/psp/%s' % v, 'signature_header': pick(['Stripe-Signature', 'X-Razorpay-Signature', 'hmac'])}
    if pos and R.random() < 0.6:
        if v == 'stripe' or R.random() < 0.5:
            cfg['stripe_secret_key'] = lb.tok('stripe_key')
        else:
            cfg['signing_secret'] = lb.gen('signing_secret', 'whsec')
    else:
        cfg['signing_secret'] = pick(['whsec_****************', 'see vault: psp/%s/signing' % v])
    return 'raw-result', raw(jd(d), {'delivery': cfg, 'attempt': R.randint(1, 3)})


@tpl
def t_plaid_identity(lb, pos):
    owners = []
    p = person(us=True)
    o = {'names': [p[0]], 'addresses': [{'data': {'street': '%d Maple Ave' % R.randint(10, 999), 'city': 'Springfield', 'region': 'IL', 'postal_code': dg(5), 'country': 'US'}, 'primary': True}]}
    if pos:
        o['emails'] = [{'data': lb.email(p), 'primary': True, 'type': 'primary'}]
        o['phone_numbers'] = [{'data': lb.phone('US', pick(['digits', 'e164', 'dash'])), 'primary': True, 'type': pick(['home', 'mobile'])}]
    else:
        o['emails'] = []
        o['phone_numbers'] = [{'data': fictional('US'), 'primary': True, 'type': 'home'}]
    owners.append(o)
    d = {'accounts': [{'account_id': rs(37), 'balances': {'available': float(amount()), 'current': float(amount()), 'iso_currency_code': 'USD'},
                       'mask': dg(4), 'name': pick(['Plaid Checking', 'Everyday Checking', 'High Yield Savings']), 'subtype': 'checking', 'type': 'depository', 'owners': owners}],
         'item': {'item_id': rs(37), 'institution_id': 'ins_%d' % R.randint(1, 130)}, 'request_id': rs(15)}
    echo = {'client_id': rs(24, HX)}
    echo['secret'] = lb.gen('secret', 'hex30') if pos and R.random() < 0.5 else '[FILTERED]'
    d['_request_echo'] = echo
    return 'structured', d


@tpl
def t_wise_transfer(lb, pos):
    p = person(pick(['DE', 'FR', 'ES', 'GB', 'PL']))
    det = {'legalType': 'PRIVATE', 'iban': lb.iban(p[3] if p[3] in IBAN_SPEC else 'DE', False) if pos else masked_iban(), 'bic': pick(BICS)}
    if pos and R.random() < 0.5:
        det['email'] = lb.email(p)
    d = {'id': R.randint(10 ** 8, 10 ** 9), 'profile': R.randint(10 ** 7, 10 ** 8), 'accountHolderName': p[0], 'currency': 'EUR', 'country': p[3], 'type': 'iban', 'details': det}
    t = {'id': R.randint(10 ** 8, 10 ** 9), 'quoteUuid': uuid(), 'targetAccount': d['id'], 'status': 'outgoing_payment_sent', 'reference': 'INV %s' % nid(6),
         'rate': round(R.uniform(0.8, 1.2), 4), 'sourceValue': float(amount()), 'customerTransactionId': uuid()}
    cfg = 'connector wise-payouts  env=live  api_token=%s' % (lb.gen('api_token', 'uuid') if pos and R.random() < 0.6 else '********-****-****-****-************')
    return 'raw-result', raw(cfg + '\n' + jd({'recipient': d, 'transfer': t}, 2))


@tpl
def t_card_settlement_report(lb, pos):
    hdr = 'ACQUIRER SETTLEMENT REPORT  MID %s  BATCH %s  DATE %s' % (nid(12), nid(6), date())
    cols = '%-10s %-8s %-19s %-6s %12s %-3s %-23s' % ('TXN DATE', 'TERMINAL', 'PAN', 'AUTH', 'AMOUNT', 'CUR', 'ARN')
    rows = []
    full = 0
    for i in range(R.randint(4, 7)):
        if pos and full < 2 and R.random() < 0.5:
            pan = lb.card(pick(['plain', 'plain', 'dash'])); full += 1
        else:
            pan = masked_card().replace(' ', '')[:19]
        rows.append('%-10s %-8s %-19s %-6s %12s %-3s %-23s' % (date(), rs(8, UD), pan, dg(6), amount(1, 9999), pick(['USD', 'EUR', 'GBP']), nid(23)))
    if pos and full == 0:
        rows.append('%-10s %-8s %-19s %-6s %12s %-3s %-23s' % (date(), rs(8, UD), lb.card('plain'), dg(6), amount(1, 9999), 'USD', nid(23)))
    if R.random() < 0.5:
        rows.append('%-10s %-8s %-19s %-6s %12s %-3s %-23s   * TEST TXN' % (date(), 'TESTTERM', pick(TEST_CARDS), '000000', '1.00', 'USD', nid(23)))
    return 'text', '\n'.join([hdr, cols, '-' * len(cols)] + rows + ['TOTAL %s  COUNT %d' % (amount(1000, 99999), len(rows))])


@tpl
def t_chargeback_dispute(lb, pos):
    p = person()
    d = {'dispute_id': 'dp_' + rs(20), 'network': pick(['visa', 'mastercard', 'amex']), 'reason_code': pick(['10.4', '13.1', '4837', '4853', 'F29']),
         'arn': nid(23), 'stage': pick(['first_chargeback', 'pre_arbitration', 'retrieval']), 'amount': {'value': amount(5, 4000), 'currency': pick(['USD', 'EUR', 'GBP'])},
         'card': {'number': lb.card() if pos and R.random() < 0.85 else masked_card(), 'expiry': '%02d/%d' % (R.randint(1, 12), R.randint(26, 31))},
         'cardholder': {'name': p[0], 'email': lb.email(p) if pos else None, 'phone': lb.phone(p[3] if p[3] in ('US', 'GB', 'FR', 'DE', 'AU') else 'US') if pos and R.random() < 0.6 else None},
         'merchant': {'mid': nid(15), 'contact': role_email('northbridge-pay.com'), 'support_line': tollfree('US')},
         'evidence_due_by': date(2025, 2026), 'transaction_id': uuid()}
    return 'structured', d


def mrz(p, nat):
    sur = p[2].upper().replace(' ', '<')
    giv = p[1].upper()
    l1 = ('P<%s%s<<%s' % (nat, sur, giv)).ljust(44, '<')[:44]
    l2 = ('%s%s%s%s%s%s%s%s%s' % (rs(9, UD), dg(1), nat, dob().replace('-', '')[2:], dg(1), pick('MF'), date(2027, 2034).replace('-', '')[2:], dg(1), '<' * 14)).ljust(43, '<')[:43] + dg(1)
    return l1 + '\n' + l2


@tpl
def t_kyc_ocr(lb, pos):
    cc = pick(['FR', 'DE', 'GB', 'US', 'BR', 'JP'])
    p = person(cc, us=(cc == 'US'))
    nat = {'FR': 'FRA', 'DE': 'D<<', 'GB': 'GBR', 'US': 'USA', 'BR': 'BRA', 'JP': 'JPN'}[cc]
    out = ['[OCR engine=tesseract-5 conf=0.%d] passport_bio_page.jpg' % R.randint(80, 97), mrz(p, nat), '', 'SELFIE CHECK: liveness=PASS  match_score=0.%d  provider_ref=%s' % (R.randint(80, 99), uuid()),
           '', '[OCR] onboarding_form_p1.pdf']
    if pos:
        ph = lb.phone(cc)
        out.append('Full  name : %s     Date of birth: %s' % (p[0], dob()))
        out.append('Mob ile  No. :  %s' % ph)
        if R.random() < 0.7:
            out.append('E-mail :  %s' % lb.email(p))
        if cc == 'US' and R.random() < 0.8:
            out.append('Social Security No.  %s' % lb.ssn(pick(['dash', 'dash', 'space'])))
    else:
        ph, _ = phone(cc)
        cut = len(ph) // 2
        out.append('Full  name : %s     Date of birth: %s' % (p[0], dob()))
        out.append('Mob ile  No. :  %s\n%s   (continued)' % (ph[:cut], ph[cut:]))
        if cc == 'US':
            out.append('Social Security No.  %s' % masked_ssn())
    out.append('Risk tier: %s   PEP: no   Sanctions: clear   Document no. %s' % (pick(['LOW', 'MEDIUM']), rs(9, UD)))
    return 'text', '\n'.join(out)


@tpl
def t_aml_alert(lb, pos):
    p = person()
    subj = {'customer_id': 'CUST-%s' % nid(8), 'name': p[0], 'dob': dob(), 'nationality': p[3], 'national_id': {'type': pick(['NINO', 'CPF', 'NIF', 'PESEL']), 'value': pick(['AB%sC' % dg(6), '%s.%s.%s-%s' % (dg(3), dg(3), dg(3), dg(2)), dg(11)])},
            'risk_rating': pick(['HIGH', 'MEDIUM'])}
    if pos:
        subj['email'] = lb.email(p)
        if R.random() < 0.5:
            subj['phone'] = lb.phone(p[3] if p[3] in ('GB', 'FR', 'DE', 'BR', 'IN', 'NG', 'ZA', 'AE', 'PL') else 'GB')
    txs = []
    for i in range(R.randint(2, 4)):
        txs.append({'tx_id': uuid(), 'booked': ts(), 'amount': float(amount(900, 9999)), 'currency': 'EUR',
                    'counterparty_iban': lb.iban() if pos and i == 0 else pick([masked_iban(), bad_iban(), pick(TEST_IBANS)]), 'counterparty_name': person()[0]})
    d = {'alert_id': 'AML-%s' % nid(9), 'rule': pick(['RAPID_MOVEMENT_OF_FUNDS', 'STRUCTURING_BELOW_THRESHOLD', 'HIGH_RISK_JURISDICTION']), 'score': round(R.uniform(60, 99), 1),
         'subject': subj, 'transactions': txs, 'crypto': {'wallet': wallet(), 'tx_hash': rs(64, HX), 'chain': pick(['bitcoin', 'ethereum', 'tron'])},
         'assigned_to': role_email('fincrime.northbridgebank.co.uk')}
    if pos and R.random() < 0.3:
        d['escalation_channel'] = lb.tok('webhook_url')
    return 'structured', d


@tpl
def t_loan_application(lb, pos):
    p = person(us=True)
    ap = {'name': p[0], 'dob': dob(), 'ssn': lb.ssn() if pos else masked_ssn(), 'email': lb.email(p) if pos and R.random() < 0.7 else None,
          'phones': {'mobile': lb.phone('US') if pos else fictional('US')}}
    emp = {'name': pick(['Lakeview Unified School District', 'Harbor Freight Logistics', 'St. Jude Medical Group']), 'years': R.randint(1, 20),
           'hr_verification_line': tollfree('US')}
    if pos and R.random() < 0.5:
        emp['supervisor_direct'] = lb.phone('US', 'paren') + ' ext. %d' % R.randint(100, 999)
    d = {'application_id': 'LA-%s' % nid(8), 'product': pick(['30Y_FIXED', 'AUTO_60M', 'HELOC']), 'requested_amount': float(amount(5000, 600000)),
         'applicant': ap, 'employer': emp, 'bank': {'routing': pick(['021000021', '026009593', '121000248', '011000138']), 'account': nid(10)},
         'credit': {'score': R.randint(560, 820), 'bureau_ref': rs(12, UD)}, 'decision': pick(['REFER', 'APPROVE', 'DECLINE'])}
    return 'structured', d


@tpl
def t_crypto_exchange_keys(lb, pos):
    k = {'label': pick(['treasury-rebalancer', 'otc-desk-read', 'cold-sweep']), 'permissions': pick([['read'], ['read', 'trade'], ['read', 'withdraw']]),
         'ipRestrict': True, 'ips': ['203.0.113.%d' % R.randint(1, 254)], 'createTime': 1700000000000 + R.randint(0, 10 ** 10)}
    if pos:
        k['apiKey'] = lb.gen('apiKey', v=rs(64))
        k['secretKey'] = lb.gen('secretKey', v=rs(64))
        if R.random() < 0.4:
            k['passphrase'] = lb.gen('passphrase', 'pw')
    else:
        k['apiKey'] = rs(8) + '************************'
        k['secretKey'] = '********'
    d = {'code': 0, 'data': [k], 'wallets': [{'asset': 'BTC', 'address': wallet()}, {'asset': 'USDT', 'address': wallet()}],
         'recentWithdrawals': [{'txId': rs(64, HX), 'amount': '%d.%s' % (R.randint(0, 40), dg(6)), 'status': 6}]}
    if pos and R.random() < 0.5:
        d['alerting'] = {'slack': lb.tok(pick(['slack_token', 'webhook_url']))}
    return 'raw-result', raw(jd(d))


@tpl
def t_accounting_export(lb, pos):
    if R.random() < 0.5:
        invs = []
        for i in range(R.randint(1, 3)):
            p = person()
            c = {'ContactID': uuid(), 'Name': p[0], 'TaxNumber': pick(['GB%s' % dg(9), '%s-%s-%s' % (dg(3), dg(3), dg(3)), 'DE%s' % dg(9)]),
                 'EmailAddress': lb.email(p) if pos and i == 0 else '', 'Phones': [{'PhoneType': 'DEFAULT', 'PhoneNumber': lb.phone(p[3] if p[3] in ('GB', 'AU', 'NL', 'DE') else 'GB') if pos and i == 0 and R.random() < 0.6 else ''}]}
            invs.append({'InvoiceID': uuid(), 'InvoiceNumber': 'INV-%04d' % R.randint(1, 9999), 'Type': 'ACCREC', 'Contact': c, 'Total': float(amount()), 'CurrencyCode': 'GBP', 'Status': 'AUTHORISED'})
        return 'structured', {'Invoices': invs}
    p = person(us=True)
    cust = {'Id': str(R.randint(1, 999)), 'DisplayName': p[0], 'PrimaryEmailAddr': {'Address': lb.email(p) if pos else role_email('lakeview-dental.com')},
            'PrimaryPhone': {'FreeFormNumber': lb.phone('US', 'paren') if pos and R.random() < 0.7 else fictional('US')}, 'Balance': float(amount()),
            'SyncToken': str(R.randint(0, 9)), 'MetaData': {'CreateTime': ts()}}
    return 'structured', {'QueryResponse': {'Customer': [cust], 'startPosition': 1, 'maxResults': 1}, 'time': ts()}


@tpl
def t_datev_csv(lb, pos):
    rows = ['"EXTF";700;21;"Buchungsstapel";13;%s;;"RE";"";"";%s;%s;20240101;4;;;;;;0;"EUR"' % (dg(17), dg(5), dg(5)),
            'Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Buchungstext;EU-Mitgliedstaat u. UStID;IBAN']
    for i in range(R.randint(3, 5)):
        ib = lb.iban(pick(['DE', 'AT', 'FR', 'NL']), False) if pos and i < 2 and R.random() < 0.8 else ''
        rows.append('%s;%s;EUR;%d;%d;%s;%02d%02d;RE%s;"%s";%s;%s' % (amt_de(1, 20000), pick('SH'), R.randint(1000, 1999), R.randint(70000, 79999), pick(['9', '', '3']),
                                                                 R.randint(1, 28), R.randint(1, 12), nid(6), pick(['Miete Büro', 'Wartung Server', 'Honorar Steuerberatung', 'Reisekosten']),
                                                                 pick(['DE%s' % dg(9), 'ATU%s' % dg(8), '']), ib))
    if pos and not lb.items:
        rows.append('%s;S;EUR;1200;%d;;0101;RE%s;"Rückerstattung %s";;%s' % (amt_de(1, 900), R.randint(70000, 79999), nid(6), person('DE')[0], lb.iban('DE', False)))
    return 'text', '\n'.join(rows)


@tpl
def t_payroll_csv(lb, pos):
    rows = ['emp_id,name,ssn,dob,routing,account,net_pay,email,phone']
    for i in range(R.randint(2, 4)):
        p = person(us=True)
        if pos and i < 2:
            s = lb.ssn()
            em = lb.email(p) if R.random() < 0.4 else ''
            ph = lb.phone('US', pick(['dash', 'dot'])) if R.random() < 0.3 else ''
        else:
            s, em, ph = masked_ssn(), '', ''
        rows.append('E%s,"%s",%s,%s,%s,%s,%s,%s,%s' % (nid(5), p[0], s, dob(), pick(['021000021', '026009593', '121000248']), nid(10), amount(800, 9000), em, ph))
    return 'text', 'payroll_run=%s period=%s\n' % (rs(6, HX), date()) + '\n'.join(rows)


@tpl
def t_us_tax_forms(lb, pos):
    p = person(us=True)
    if R.random() < 0.5:
        t = ('Form W-2 Wage and Tax Statement %d\n'
             'a  Employee\'s social security number   %s\n'
             'b  Employer identification number (EIN)   %s-%s\n'
             'c  Employer\'s name, address, and ZIP code   %s, %d Commerce Dr, Columbus OH 43215\n'
             'd  Control number   %s\n'
             'e  Employee\'s first name and initial  Last name   %s\n'
             '1  Wages, tips, other compensation   %s      2  Federal income tax withheld   %s\n'
             '3  Social security wages   %s      4  Social security tax withheld   %s\n'
             '12a  D  %s      15  State OH  Employer\'s state ID number  %s\n') % (
            R.randint(2022, 2024), lb.ssn() if pos else masked_ssn(), dg(2), dg(7), pick(['Lakeview Health Partners', 'Buckeye Mutual Insurance']),
            R.randint(100, 9999), nid(8), p[0], amount(20000, 150000), amount(1000, 30000), amount(20000, 150000), amount(1000, 9000), amount(500, 20000), nid(8))
    else:
        t = ('Form 1099-NEC (Rev. January 2024)  Nonemployee Compensation\n'
             'PAYER\'S TIN  %s-%s      RECIPIENT\'S TIN  %s\n'
             'RECIPIENT\'S name  %s\n'
             'Account number (see instructions)  %s\n'
             '1 Nonemployee compensation  $%s\n'
             '4 Federal income tax withheld  $0.00\n') % (dg(2), dg(7), lb.ssn() if pos else pick([masked_ssn(), '%s-%s' % (dg(2), dg(7))]), p[0], nid(9), amount(600, 90000))
    if pos and R.random() < 0.3:
        t += 'Questions about this form: %s (payroll specialist, direct)\n' % lb.phone('US', 'dash')
    t += 'For IRS help call %s. Copy B - For Recipient.' % tollfree('US')
    return 'text', t


@tpl
def t_intl_tax_forms(lb, pos):
    k = pick(['P60', 'T4', 'F16', 'IRPF', 'FR'])
    if k == 'P60':
        p = person('GB')
        t = 'P60 End of Year Certificate  Tax year to 5 April %d\nEmployee: %s\nNational Insurance number: %s %s %s %s %s\nTax code: %s\nPAYE reference: %d/%s\nPay in this employment £%s  Tax deducted £%s\nHMRC helpline %s' % (
            R.randint(2022, 2024), p[0], pick(['AB', 'JT', 'NP', 'SK']), dg(2), dg(2), dg(2), pick('ABCD'), pick(['1257L', 'BR', 'K475']), R.randint(100, 999), rs(6, UD), amt_de(10000, 90000).replace('.', ',').replace(',', '.', 1), amount(1000, 20000), '0300 200 3300')
        cc = 'GB'
    elif k == 'T4':
        p = person()
        t = 'T4 Statement of Remuneration Paid %d\nEmployee: %s\nSocial insurance number 12: %s %s %s\nBusiness number 54: %sRP0001\nEmployment income 14: %s  Income tax deducted 22: %s\nCRA: %s' % (
            R.randint(2022, 2024), p[0], dg(3), dg(3), dg(3), dg(9), amount(20000, 90000), amount(1000, 20000), '1-800-959-8281')
        cc = 'US'
    elif k == 'F16':
        p = person('IN')
        t = 'FORM NO. 16  [See rule 31(1)(a)]\nPART A  Certificate under section 203\nName of Employee: %s\nPAN of the Employee: %s%s%s\nTAN of the Deductor: %s%s%s\nAssessment Year %d-%d\nGross Salary Rs. %d\nTDS Rs. %d' % (
            p[0], rs(5, UP), dg(4), rs(1, UP), rs(4, UP), dg(5), rs(1, UP), R.randint(2022, 2024), R.randint(25, 26), R.randint(300000, 4000000), R.randint(10000, 400000))
        cc = 'IN'
    elif k == 'IRPF':
        p = person('BR')
        t = 'COMPROVANTE DE RENDIMENTOS PAGOS E DE IMPOSTO SOBRE A RENDA RETIDO NA FONTE\nAno-calendário %d\nFonte pagadora CNPJ: %s.%s.%s/0001-%s\nBeneficiário: %s  CPF: %s.%s.%s-%s\nRendimentos tributáveis R$ %s\nImposto retido R$ %s' % (
            R.randint(2022, 2024), dg(2), dg(3), dg(3), dg(2), p[0], dg(3), dg(3), dg(3), dg(2), amt_de(10000, 300000), amt_de(100, 30000))
        cc = 'BR'
    else:
        p = person('FR')
        t = 'AVIS D\'IMPÔT SUR LE REVENU %d\nDéclarant 1 : %s\nNuméro fiscal : %s %s %s %s %s\nRéférence de l\'avis : %s %s %s %s\nRevenu fiscal de référence : %s €\nImpôt net : %s €' % (
            R.randint(2022, 2024), p[0], dg(2), dg(2), dg(3), dg(3), dg(3), dg(2), dg(2), dg(3), rs(6, UD), amt_de(10000, 90000).split(',')[0], amt_de(100, 20000).split(',')[0])
        cc = 'FR'
    if pos:
        t += '\n-- cover note from %s: please call me back on %s' % (p[0], lb.phone(cc if cc != 'US' else 'US'))
        if R.random() < 0.6:
            t += ' or write to %s' % lb.email(p)
    else:
        t += '\n-- cover note: questions go to %s' % role_email(pick(['northbridge-payroll.com', 'clinique-saint-roch.fr']))
    return 'text', t


@tpl
def t_tax_authority_api(lb, pos):
    k = pick(['hmrc', 'irs', 'serpro'])
    if k == 'hmrc':
        body = {'obligations': [{'periodKey': '#%03d' % R.randint(1, 12), 'start': date(), 'end': date(), 'due': date(), 'status': pick(['F', 'O'])}], 'vrn': dg(9), 'nino': 'AB%sC' % dg(6)}
    elif k == 'irs':
        body = {'transcript_type': 'ACCOUNT', 'tax_period': '%d12' % R.randint(2020, 2024), 'taxpayer': {'name_control': rs(4, UP), 'tin_masked': masked_ssn()}, 'balance_due': float(amount(0, 9000)),
                'transactions': [{'code': pick(['150', '806', '846']), 'date': date(), 'amount': float(amount())}]}
    else:
        body = {'ni': '%s.%s.%s/0001-%s' % (dg(2), dg(3), dg(3), dg(2)), 'situacao_cadastral': 'ATIVA', 'data_situacao': date(), 'natureza_juridica': '206-2'}
    dbg = {'request': {'method': 'GET', 'url': pick(['https://api.service.hmrc.gov.uk/organisations/vat/%s/obligations' % dg(9), 'https://api.tds.irs.example/v1/transcripts', 'https://gateway.apiserpro.serpro.gov.br/consulta-cnpj-df/v2/basica/%s' % dg(14)])}}
    if pos:
        dbg['request']['headers'] = {'Authorization': 'Bearer ' + lb.tok('jwt'), 'Gov-Client-Connection-Method': 'WEB_APP_VIA_SERVER'}
        if R.random() < 0.5:
            dbg['oauth_app'] = {'client_id': rs(28), 'client_secret': lb.gen('client_secret', pick(['hex32', 'uuid', 'alnum']))}
    else:
        dbg['request']['headers'] = {'Authorization': 'Bearer [REDACTED]', 'Gov-Client-Connection-Method': 'WEB_APP_VIA_SERVER'}
    return 'raw-result', raw(jd(body, 2), {'debug': dbg})


FHIR_SSN = 'http://hl7.org/fhir/sid/us-ssn'


@tpl
def t_fhir_patient_bundle(lb, pos):
    us = R.random() < 0.6
    p = person(us=us) if us else person(pick(['FR', 'DE', 'GB', 'NL', 'AU', 'JP', 'BR']))
    cc = 'US' if us else p[3]
    ident = [{'use': 'usual', 'type': {'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/v2-0203', 'code': 'MR'}]}, 'system': 'urn:oid:1.2.36.146.595.217.0.1', 'value': nid(8)}]
    tel = []
    if us:
        ident.append({'system': FHIR_SSN, 'value': lb.ssn() if pos and R.random() < 0.7 else masked_ssn()})
    else:
        ident.append({'system': pick(['urn:oid:1.2.250.1.213.1.4.8', 'http://fhir.nl/fhir/NamingSystem/bsn', 'https://fhir.nhs.uk/Id/nhs-number']), 'value': dg(pick([9, 10, 13]))})
    if pos:
        tel.append({'system': 'phone', 'value': lb.phone(cc), 'use': pick(['mobile', 'home'])})
        if R.random() < 0.6:
            tel.append({'system': 'email', 'value': lb.email(p), 'use': 'home'})
    else:
        tel.append({'system': 'phone', 'value': fictional('US' if us else (p[3] if p[3] in ('GB', 'AU') else 'US')), 'use': 'home'})
    pat = {'resourceType': 'Patient', 'id': rs(8, HX), 'identifier': ident, 'name': [{'family': p[2].title(), 'given': [p[1].title()]}], 'telecom': tel, 'gender': pick(['female', 'male']),
           'birthDate': dob(), 'address': [{'line': ['%d Elm St' % R.randint(1, 999)], 'city': 'Springfield', 'postalCode': dg(5)}]}
    cov = {'resourceType': 'Coverage', 'id': rs(8, HX), 'status': 'active', 'subscriberId': 'W%s' % nid(9), 'beneficiary': {'reference': 'Patient/' + pat['id']},
           'payor': [{'display': pick(['Blue Meridian PPO', 'Aetna Choice POS II', 'AOK Bayern'])}], 'class': [{'type': {'text': 'group'}, 'value': nid(6)}]}
    code, name, unit = loinc()
    obs = {'resourceType': 'Observation', 'id': rs(8, HX), 'status': 'final', 'code': {'coding': [{'system': 'http://loinc.org', 'code': code, 'display': name}]},
           'subject': {'reference': 'Patient/' + pat['id']}, 'valueQuantity': {'value': round(R.uniform(1, 200), 1), 'unit': unit}}
    return 'structured', {'resourceType': 'Bundle', 'type': 'searchset', 'total': 3, 'entry': [{'resource': r} for r in (pat, cov, obs)]}


@tpl
def t_fhir_claim(lb, pos):
    p = person(us=True)
    org_tel = [{'system': 'phone', 'value': tollfree('US'), 'use': 'work'}]
    if pos and R.random() < 0.7:
        org_tel.append({'system': 'phone', 'value': lb.phone('US'), 'use': 'work'})
    org = {'resourceType': 'Organization', 'id': 'org1', 'identifier': [{'system': 'http://hl7.org/fhir/sid/us-npi', 'value': npi()}], 'name': pick(['Lakeside Orthopedics', 'Riverbend Family Medicine']), 'telecom': org_tel}
    pat = {'resourceType': 'Patient', 'id': 'pat1', 'name': [{'text': p[0]}], 'birthDate': dob(), 'telecom': []}
    if pos:
        pat['telecom'].append({'system': 'email', 'value': lb.email(p)})
    claim = {'resourceType': 'Claim', 'id': nid(7), 'contained': [org, pat], 'status': 'active', 'type': {'coding': [{'code': 'professional'}]}, 'use': 'claim',
             'patient': {'reference': '#pat1'}, 'provider': {'reference': '#org1'}, 'insurance': [{'sequence': 1, 'focal': True, 'coverage': {'display': 'Member %s' % nid(10)}}],
             'diagnosis': [{'sequence': 1, 'diagnosisCodeableConcept': {'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10-cm', 'code': icd()}]}}],
             'item': [{'sequence': 1, 'productOrService': {'coding': [{'system': 'http://www.ama-assn.org/go/cpt', 'code': cpt()}]}, 'net': {'value': float(amount(50, 900)), 'currency': 'USD'}}]}
    return 'raw-result', raw(jd(claim))


def x12_env(inner, sid='SENDER', rid='RECEIVER'):
    ctrl = dg(9)
    return ('ISA*00*          *00*          *ZZ*%s*ZZ*%s*%s*%s*^*00501*%s*0*P*:~GS*HC*%s*%s*%s*%s*%d*X*005010X222A1~' % (
        fw(sid + dg(4), 15), fw(rid, 15), '24%02d%02d' % (R.randint(1, 12), R.randint(1, 28)), '%02d%02d' % (R.randint(0, 23), R.randint(0, 59)), ctrl, sid, rid, '2024%02d%02d' % (R.randint(1, 12), R.randint(1, 28)), '1200', R.randint(1, 999))
            + inner + 'GE*1*1~IEA*1*%s~' % ctrl)


@tpl
def t_x12_837(lb, pos):
    p = person(us=True)
    per = 'PER*IC*%s*TE*%s' % (person(us=True)[0].upper(), lb.phone('US', 'digits') if pos else tollfree('US').replace('-', '')[1:])
    if pos and R.random() < 0.6:
        per += '*EM*%s' % lb.email(person(us=True), pick(['riverbendfm.org', 'lakesideortho.com']))
    seg = ['ST*837*0001*005010X222A1', 'BHT*0019*00*%s*20240%d%02d*1200*CH' % (nid(6), R.randint(1, 9), R.randint(1, 28)), 'NM1*41*2*RIVERBEND FAMILY MEDICINE*****46*%s' % rs(5, UD), per,
           'NM1*40*2*CLEARINGHOUSE*****46*%s' % dg(5), 'HL*1**20*1', 'NM1*85*2*RIVERBEND FAMILY MEDICINE*****XX*%s' % npi(), 'N3*%d MAIN ST' % R.randint(1, 999), 'N4*SPRINGFIELD*IL*%s' % dg(9),
           'REF*EI*%s' % dg(9), 'HL*2*1*22*0', 'SBR*P*18*%s******CI' % nid(6), 'NM1*IL*1*%s*%s****MI*W%s' % (p[2].upper(), p[1].upper(), nid(9)), 'DMG*D8*%s*%s' % (dob().replace('-', ''), pick('MF'))]
    if pos and R.random() < 0.6:
        seg.append('REF*SY*%s' % lb.ssn('plain'))
    seg += ['CLM*%s*%s***11:B:1*Y*A*Y*Y' % (nid(8), amount(50, 900)), 'HI*ABK:%s' % icd().replace('.', ''), 'LX*1', 'SV1*HC:%s*%s*UN*1***1' % (cpt(), amount(50, 400)), 'DTP*472*D8*2024%02d%02d' % (R.randint(1, 12), R.randint(1, 28)), 'SE*%d*0001' % 22]
    return 'text', x12_env('~'.join(seg) + '~')


@tpl
def t_x12_835_271(lb, pos):
    if R.random() < 0.5:
        seg = ['ST*835*0001', 'BPR*I*%s*C*ACH*CCP*01*%s*DA*%s*%s**01*%s*DA*%s*2024%02d%02d' % (amount(100, 9000), dg(9), nid(10), dg(10), dg(9), nid(10), R.randint(1, 12), R.randint(1, 28)),
               'TRN*1*%s*1%s' % (nid(10), dg(9)), 'N1*PR*%s' % pick(['BLUE MERIDIAN', 'HARBOR MUTUAL HEALTH']), 'PER*CX**TE*%s*UR*www.bluemeridian.example/providers' % tollfree('US').replace('-', '')[1:],
               'N1*PE*RIVERBEND FAMILY MEDICINE*XX*%s' % npi()]
        if pos:
            s = 'PER*BL*%s*TE*%s' % (person(us=True)[0].upper(), lb.phone('US', 'digits'))
            if R.random() < 0.6:
                s += '*EM*%s' % lb.email(person(us=True), 'riverbendfm.org')
            seg.append(s)
        seg += ['CLP*%s*1*%s*%s**12*%s' % (nid(9), amount(100, 900), amount(50, 500), nid(14)), 'CAS*CO*45*%s' % amount(10, 300), 'SVC*HC:%s*%s*%s' % (cpt(), amount(50, 400), amount(20, 300)), 'SE*12*0001']
    else:
        p = person(us=True)
        seg = ['ST*271*0001*005010X279A1', 'BHT*0022*11*%s*20240%d%02d*1200' % (nid(8), R.randint(1, 9), R.randint(1, 28)), 'HL*1**20*1', 'NM1*PR*2*HARBOR MUTUAL HEALTH*****PI*%s' % dg(5),
               'PER*IC**TE*%s' % tollfree('US').replace('-', '')[1:], 'HL*2*1*21*1', 'NM1*1P*2*LAKESIDE ORTHOPEDICS*****XX*%s' % npi(), 'HL*3*2*22*0',
               'NM1*IL*1*%s*%s****MI*%s' % (p[2].upper(), p[1].upper(), rs(3, UP) + nid(9)), 'N3*%d OAK ST' % R.randint(1, 999), 'N4*AUSTIN*TX*%s' % dg(5), 'DMG*D8*%s' % dob().replace('-', '')]
        if pos:
            seg.append('PER*IC*%s*TE*%s%s' % (p[0].upper(), lb.phone('US', 'digits'), ('*EM*' + lb.email(p)) if R.random() < 0.5 else ''))
        seg += ['EB*1*IND*30**GOLD PPO', 'EB*C*IND*30***23*%s' % amount(100, 3000), 'SE*14*0001']
    return 'text', x12_env('~'.join(seg) + '~', 'PAYER', 'PROVIDER')


@tpl
def t_ncpdp_claim(lb, pos):
    FS, SS, GS = '\x1c', '\x1e', '\x1d'
    p = person(us=True)
    hdr = '%s%sB1%s1%s%s%s' % (pick(['610014', '004336', '610502']), pick(['D0']), fw(rs(10, UD), 10), '01', fw(npi(), 15), '2024%02d%02d' % (R.randint(1, 12), R.randint(1, 28)))
    pat = ['AM01', 'C4' + dob().replace('-', ''), 'C5' + pick('12'), 'CA' + p[1].upper(), 'CB' + p[2].upper()]
    if pos:
        pat.append('CQ' + lb.phone('US', 'digits'))
        if R.random() < 0.5:
            pat.append('HN' + lb.email(p))
    pat.append('CY' + nid(10))
    ins = ['AM04', 'C2' + rs(3, UP) + nid(9), 'C1' + rs(6, UD), 'C3' + '01']
    clm = ['AM07', 'EM1', 'D2' + nid(12), 'E103', 'D7' + ndc().replace('-', ''), 'E7' + '30000', 'D3' + '00', 'D530', 'D61', 'DE' + '2024%02d%02d' % (R.randint(1, 12), R.randint(1, 28))]
    msg = hdr + SS + FS + FS.join(ins) + SS + FS + FS.join(pat) + GS + SS + FS + FS.join(clm)
    return 'raw-result', raw('switch response for claim %s (segments use FS/GS/RS separators):\n%s' % (nid(10), msg), {'transaction_response_status': pick(['P', 'R', 'D']), 'reject_codes': pick([[], ['75'], ['70', 'MR']])})


@tpl
def t_lab_report(lb, pos):
    p = person(us=True) if R.random() < 0.6 else person(pick(['GB', 'AU', 'DE']))
    cc = 'US' if p in US_PEOPLE or p[3] == 'US' else p[3]
    lines = ['%s CLINICAL LABORATORIES   CLIA %sD%s   Client services %s' % (pick(['MERIDIAN', 'HARBOUR', 'ALPINE']), dg(2), dg(7), tollfree(cc if cc in ('US', 'GB', 'AU', 'DE') else 'US')),
             'Patient: %s    DOB: %s    MRN: %s    Accession: %s' % (p[0], dob(), nid(8), rs(2, UP) + nid(8))]
    if pos:
        lines.append('Patient phone: %s' % lb.phone(cc))
    lines.append('Ordering provider: Dr. %s   NPI %s' % (person()[0], npi()) + ('   direct line %s' % lb.phone(cc) if pos and R.random() < 0.6 else ''))
    lines.append('%-28s %-10s %-10s %-12s %s' % ('TEST', 'RESULT', 'UNITS', 'REF RANGE', 'LOINC'))
    for i in range(R.randint(3, 5)):
        code, name, unit = loinc()
        lines.append('%-28s %-10s %-10s %-12s %s' % (name, round(R.uniform(1, 250), 1), unit, '%d-%d' % (R.randint(1, 50), R.randint(60, 200)), code))
    if pos and R.random() < 0.4:
        lines.append('Copy to: %s' % lb.email(p))
    lines.append('Specimen collected %s  Reported %s  Verified by %s' % (ts(), ts(), rs(3, UP)))
    return 'text', '\n'.join(lines)


@tpl
def t_appointment_reminders(lb, pos):
    msgs = []
    clinic_tf = tollfree('US')
    for i in range(R.randint(1, 3)):
        p = person(us=True)
        m = {'id': uuid(), 'channel': 'sms', 'patient_ref': 'Patient/%s' % rs(8, HX), 'scheduled_for': ts()}
        if pos and i == 0:
            m['to'] = lb.phone('US', 'e164')
            m['body'] = 'Hi %s, reminder: appt at Riverbend Family Medicine on %s. Reply C to confirm or call %s.' % (p[1].title(), date(), clinic_tf)
            if R.random() < 0.5:
                tk = lb.gen('token', 'alnum')
                m['confirm_url'] = 'https://portal.riverbendfm.org/appt/confirm?appt=%s&token=%s' % (nid(8), tk)
        else:
            m['to'] = '+1******%s' % dg(4)
            m['body'] = 'Reminder: you have an appointment on %s. Call %s to reschedule.' % (date(), clinic_tf)
        msgs.append(m)
    cfg = {'provider': 'sms-gateway', 'from': clinic_tf}
    if pos and R.random() < 0.5:
        cfg['auth_token'] = lb.gen('auth_token', 'hex32')
    if pos and R.random() < 0.3:
        cfg['maps_api_key'] = lb.tok('google_api_key', 'maps_api_key')
    return 'raw-result', raw(jd({'queue': 'appointment-reminders', 'messages': msgs, 'gateway': cfg}, 1))


@tpl
def t_claim_admin_screen(lb, pos):
    cc = pick(['FR', 'DE', 'GB', 'NL', 'ES', 'IT'])
    p = person(cc)
    ph = lb.phone(cc) if pos else fictional('GB' if cc == 'GB' else 'US')
    lines = ['POLADM01          POLICY ADMINISTRATION - CLAIM INQUIRY           %s' % ts().replace('T', ' ')[:16],
             'POLICY NO: HX-%s    CLAIM NO: CL%s-%s    STATUS: %s' % (nid(7), R.randint(22, 25), nid(7), pick(['OPEN', 'PEND', 'PAID'])),
             'INSURED  : %-30s DOB: %s' % (p[0].upper(), dob()),
             'PHONE    : %-30s EMAIL: %s' % (ph, lb.email(p) if pos and R.random() < 0.6 else role_email('alpenversicherung.example')),
             'PAYOUT   : IBAN %s' % (lb.iban(cc, True) if pos and R.random() < 0.7 else masked_iban(cc)),
             'LOSS DATE: %s   CAUSE: %s   RESERVE: %s EUR' % (date(), pick(['WATER DAMAGE', 'THEFT', 'MVA REAR-END', 'HAIL']), amt_de(100, 90000)),
             'ADJUSTER : %-20s DIRECT: %s' % (person(cc)[0].upper(), lb.phone(cc) if pos and R.random() < 0.5 else tollfree(cc if cc in ('FR', 'DE', 'GB') else 'GB')),
             'PREMIUM PAYMENT: %s' % ('CARD ' + lb.card() if pos and R.random() < 0.3 else 'DIRECT DEBIT MANDATE MR-%s' % nid(8)),
             'PF3=EXIT  PF7=BACK  PF8=FWD  PF12=NOTES']
    return 'text', '\n'.join(lines)


@tpl
def t_ehr_audit_log(lb, pos):
    lines = []
    for i in range(R.randint(4, 7)):
        u = person(us=True)
        user = '%s%s' % (u[1][0], u[2])
        lines.append('%s ehr-audit[%d]: user=%s role=%s action=%s patient=MRN%s ip=10.%d.%d.%d sid_hash=%s' % (
            ts(), R.randint(1000, 9999), user, pick(['RN', 'MD', 'REG', 'BILL']), pick(['VIEW_CHART', 'PRINT_SUMMARY', 'EDIT_MED_LIST', 'EXPORT_CCD']), nid(8),
            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), rs(16, HX)))
    if pos:
        k = R.random()
        u = person(us=True)
        if k < 0.4:
            lines.insert(R.randint(0, len(lines)), '%s ehr-api[%d]: DEBUG inbound headers Authorization: Bearer %s' % (ts(), R.randint(1000, 9999), lb.tok('jwt')))
        elif k < 0.7:
            lines.insert(R.randint(0, len(lines)), '%s ehr-web[%d]: DEBUG Cookie: EHRSESSION=%s; path=/' % (ts(), R.randint(1000, 9999), lb.gen('EHRSESSION', 'cookie')))
        else:
            lines.insert(R.randint(0, len(lines)), '%s ehr-audit[%d]: break-glass access granted to %s by %s' % (ts(), R.randint(1000, 9999), lb.email(u, 'meridian-health.org'), role_email('meridian-health.org')))
    return 'text', '\n'.join(lines)


@tpl
def t_prior_auth_fax_ocr(lb, pos):
    p = person(us=True)
    out = ['PRIOR AUTH0RIZATION REQUEST  -  FAX  %s' % tollfree('US'), 'To: Utilization Mgmt   From: Riverbend  Family Medicine    Pages: %d' % R.randint(2, 6),
           'Member  Name:  %s      Member ID:  W%s    DOB: %s' % (p[0], nid(9), dob()), 'Group  #: %s     Plan: GOLD PPO' % nid(6)]
    if pos:
        out.append('Member  Ph0ne:  %s' % lb.phone('US', pick(['paren', 'dash'])))
    else:
        ph, _ = phone('US', 'dash')
        out.append('Member  Ph0ne:  %s\n%s' % (ph[:7], ph[7:]))
    out += ['Requesting Provider NPI: %s    TIN: %s-%s' % (npi(), dg(2), dg(7)), 'Dx  (ICD-10):  %s , %s     CPT:  %s' % (icd(), icd(), cpt()),
            'Clinical notes : pt reports %s x %d wks, failed conservative tx' % (pick(['LBP', 'knee pain', 'migraine']), R.randint(2, 12))]
    if pos and R.random() < 0.6:
        out.append('Office contact :  %s  (direct)   e-mail  %s' % (lb.phone('US'), lb.email(person(us=True), 'riverbendfm.org')))
    out.append('Fax back to  %s   --  CONFIDENTIAL PHI' % tollfree('US'))
    return 'text', '\n'.join(out)


@tpl
def t_clearinghouse_config(lb, pos):
    partner = pick(['Availity', 'ChangeHC', 'TriZetto', 'Optum', 'EDI-Gateway-NL'])
    d = {'partner': partner, 'protocol': pick(['SFTP', 'FTPS', 'AS2']), 'host': 'edi.%s.example' % partner.lower(), 'port': pick([22, 990, 4080]), 'username': 'rbfm%s' % dg(4),
         'transactions': ['837P', '835', '270/271', '276/277'], 'isa_sender_id': rs(9, UD), 'schedule': '*/15 * * * *'}
    if pos:
        opts = ['pw', 'url', 'pk', 'hook']
        R.shuffle(opts)
        for o in opts[:R.randint(1, 3)]:
            if o == 'pw':
                d['password'] = lb.gen('password', 'pw')
            elif o == 'url':
                d['fallback_url'] = lb.urlcred(pick(['ftps', 'sftp']), d['username'], 'backup.%s' % d['host'], '/outbound')
            elif o == 'pk':
                d['as2'] = {'cert_fingerprint': rs(64, HX), 'private_key': lb.tok('private_key')}
            else:
                d['alerts'] = {'webhook': lb.tok('webhook_url')}
    else:
        d['password'] = pick(['${EDI_SFTP_PASSWORD}', 'vault:kv/edi/%s#password' % partner.lower(), '********'])
        d['as2'] = {'cert_fingerprint': rs(64, HX), 'private_key': '-----BEGIN PRIVATE KEY-----\n<stored in HSM>\n-----END PRIVATE KEY-----'}
    return 'raw-result', raw('edi-connector get %s --show-secrets\n%s' % (partner.lower(), jd(d, 2)))


@tpl
def t_benefit_case(lb, pos):
    us = R.random() < 0.7
    hh = []
    for i in range(R.randint(1, 3)):
        q = person(us=True) if us else person(pick(['GB', 'DE', 'FR', 'NL', 'SE']))
        m = {'name': q[0], 'dob': dob(), 'relationship': 'self' if i == 0 else pick(['spouse', 'child'])}
        if us:
            m['ssn'] = lb.ssn() if pos and i < 2 and R.random() < 0.7 else masked_ssn()
        else:
            m['national_id'] = pick(['AB%s%s' % (dg(6), pick('ABCD')), '%s %s %s' % (dg(3), dg(3), dg(3)), dg(11)])
        hh.append(m)
    p = person(us=True) if us else person(pick(['GB', 'DE', 'FR']))
    cc = 'US' if us else p[3]
    d = {'case_number': 'BEN-%d-%s' % (R.randint(2022, 2025), nid(7)), 'program': pick(['SNAP', 'Medicaid', 'LIHEAP', 'Universal Credit', 'Wohngeld']), 'status': pick(['ACTIVE', 'PENDING_VERIFICATION']),
         'household': hh, 'contact': {'phone': lb.phone(cc) if pos and R.random() < 0.7 else fictional('US' if us else 'GB'), 'email': lb.email(p) if pos and R.random() < 0.5 else None,
                                       'preferred_language': pick(['en', 'es', 'vi', 'de'])},
         'caseworker': {'name': person(us=us)[0], 'direct_line': lb.phone(cc) if pos and R.random() < 0.4 else tollfree(cc if cc in ('US', 'GB', 'DE', 'FR') else 'US'), 'office_email': role_email('benefits.lakeview.gov')},
         'next_recert': date(2025, 2026)}
    return 'structured', d


@tpl
def t_permit_application(lb, pos):
    cc = pick(['JP', 'BR', 'FR', 'DE', 'ES', 'AR', 'MX', 'KR'])
    p = person(cc)
    ph = lb.phone(cc) if pos else tollfree(cc if cc in ('JP', 'BR', 'FR', 'DE') else 'US')
    em = lb.email(p) if pos and R.random() < 0.6 else role_email('permisos.gob.example')
    if cc == 'JP':
        t = '建築確認申請書（第一面）\n申請者氏名: %s\n住所: 東京都港区芝公園%d-%d-%d\n電話番号: %s\nメール: %s\n敷地の地名地番: 港区芝公園%d番%d\n法人番号: %s' % (p[0], R.randint(1, 4), R.randint(1, 20), R.randint(1, 20), ph, em, R.randint(1, 99), R.randint(1, 30), dg(13))
    elif cc == 'BR':
        t = 'PREFEITURA DE SÃO PAULO — Alvará de Funcionamento\nRequerente: %s\nCPF: %s.%s.%s-%s   CNPJ: %s.%s.%s/0001-%s\nTelefone: %s\nE-mail: %s\nInscrição imobiliária (SQL): %s.%s.%s-%s' % (p[0], dg(3), dg(3), dg(3), dg(2), dg(2), dg(3), dg(3), dg(2), ph, em, dg(3), dg(3), dg(4), dg(1))
    elif cc == 'FR':
        t = 'DEMANDE DE PERMIS DE CONSTRUIRE (cerfa n°13406*%02d)\nDemandeur : %s\nSIRET : %s %s %s %s\nTéléphone : %s\nCourriel : %s\nRéférences cadastrales : section %s n° %d' % (R.randint(8, 12), p[0], dg(3), dg(3), dg(3), dg(5), ph, em, rs(2, UP), R.randint(1, 999))
    elif cc == 'DE':
        t = 'Bauantrag nach § 64 BauO NRW\nBauherr/in: %s\nTelefon: %s\nE-Mail: %s\nGemarkung %s, Flur %d, Flurstück %d/%d\nSteuer-ID: %s %s %s %s' % (p[0], ph, em, pick(['Köln', 'Bonn']), R.randint(1, 40), R.randint(1, 999), R.randint(1, 9), dg(2), dg(3), dg(3), dg(3))
    else:
        t = 'SOLICITUD DE LICENCIA MUNICIPAL\nSolicitante: %s\nDocumento: %s%s\nTeléfono: %s\nCorreo electrónico: %s\nExpediente: %d/%s' % (p[0], dg(8), rs(1, UP), ph, em, R.randint(2023, 2025), nid(6))
    return 'text', t


@tpl
def t_court_efiling(lb, pos):
    p = person(us=True)
    t = ['ELECTRONIC FILING RECEIPT', 'Court: Superior Court of %s, County of %s' % (pick(['California', 'Arizona', 'Washington']), pick(['Alameda', 'Maricopa', 'King'])),
         'Case No.: %d-CV-%s    Envelope: %s' % (R.randint(2023, 2025), nid(6), nid(8)), 'Document: %s' % pick(['Complaint', 'Motion to Compel', 'Proof of Service']),
         'Filed by: %s, Bar No. %s' % (p[0], dg(6)), 'Filer e-mail: %s' % (lb.email(p, pick(['baptiste-law.com', 'gmail.com'])) if pos else role_email('efile.%s.courts.example' % pick(['alameda', 'king']))),
         'Filer phone: %s' % (lb.phone('US') if pos and R.random() < 0.6 else fictional('US')), 'Filing fee: $%s  paid by Visa ending %s  Transaction ID %s' % (amount(50, 450), dg(4), nid(12)),
         'Questions: %s or %s' % (role_email('courts.example.gov').replace('@', '@efile.'), tollfree('US'))]
    return 'text', '\n'.join(t)


@tpl
def t_registry_extract(lb, pos):
    rows = []
    cc = pick(['FR', 'DE', 'NL', 'SE', 'IT', 'ES', 'PL', 'JP', 'KR', 'ZA', 'AU'])
    for i in range(R.randint(2, 4)):
        p = person(cc)
        nidv = {'FR': '%s %s %s %s %s %s %s' % (pick('12'), dg(2), dg(2), dg(2), dg(3), dg(3), dg(2)), 'DE': '%s %s %s %s' % (dg(2), dg(3), dg(3), dg(3)), 'NL': dg(9), 'SE': '%s-%s' % (dg(8), dg(4)),
                'IT': rs(6, UP) + dg(2) + rs(1, UP) + dg(2) + rs(1, UP) + dg(3) + rs(1, UP), 'ES': dg(8) + rs(1, UP), 'PL': dg(11), 'JP': '%s %s %s' % (dg(4), dg(4), dg(4)),
                'KR': '%s-%s' % (dg(6), dg(7)), 'ZA': dg(13), 'AU': '%s %s %s' % (dg(3), dg(3), dg(3))}[cc]
        if cc == 'ZA':
            nidv = nidv[:12] + str((int(nidv[-1]) + (1 if luhn_ok(nidv) else 0)) % 10)
            if luhn_ok(nidv):
                nidv = nidv[:12] + str((int(nidv[-1]) + 1) % 10)
        ph = lb.phone(cc) if pos and i < 2 and R.random() < 0.7 else ''
        rows.append('%-24s | %-10s | %-22s | %-18s | %s' % (p[0], dob(), nidv, ph, pick(['registered', 'moved', 'deceased', 'active'])))
    hdr = 'REGISTRY EXTRACT  %s  ref %s  generated %s\n%-24s | %-10s | %-22s | %-18s | %s' % (cc, nid(8), date(), 'NAME', 'BORN', 'NATIONAL ID', 'PHONE', 'STATUS')
    return 'text', hdr + '\n' + '\n'.join(rows)


@tpl
def t_gov_business_api(lb, pos):
    k = pick(['br', 'in', 'mx'])
    if k == 'br':
        d = {'cnpj': '%s.%s.%s/0001-%s' % (dg(2), dg(3), dg(3), dg(2)), 'razao_social': 'OLIVEIRA & SOUZA SERVICOS MEDICOS LTDA', 'situacao': 'ATIVA',
             'telefone': lb.phone('BR', pick(['nat', 'land'])) if pos else '0800 7%s %s' % (dg(2), dg(4)), 'email': lb.email(person('BR')) if pos and R.random() < 0.6 else role_email('contabil-sp.com.br'),
             'qsa': [{'nome': person('BR')[0], 'cpf_mascarado': '***.%s.%s-**' % (dg(3), dg(3)), 'qualificacao': 'Sócio-Administrador'}]}
    elif k == 'in':
        d = {'gstin': '%s%s%s%s1Z%s' % (dg(2), rs(5, UP), dg(4), rs(1, UP), rs(1, UD)), 'legal_name': 'Mehta Diagnostics Pvt Ltd', 'status': 'Active', 'pan': rs(5, UP) + dg(4) + rs(1, UP),
             'contact': {'mobile': lb.phone('IN') if pos else '1800-%s-%s' % (dg(3), dg(4)), 'email': lb.email(person('IN')) if pos and R.random() < 0.6 else role_email('mehtadiagnostics.in')}}
    else:
        d = {'rfc': rs(4, UP) + dg(6) + rs(3, UD), 'curp_mascarado': rs(4, UP) + '******' + rs(8, UD)[:4] + '****', 'razon_social': 'Clínica Cruz SA de CV',
             'telefono': lb.phone('MX') if pos else '800 %s %s' % (dg(3), dg(4)), 'correo': role_email('clinicacruz.mx')}
    sc = {'source': k, 'cached': R.random() < 0.5}
    if pos and R.random() < 0.4:
        sc['geocode'] = {'key': lb.tok('google_api_key', 'key'), 'lat': round(R.uniform(-30, 30), 5), 'lng': round(R.uniform(-80, 80), 5)}
    if pos and R.random() < 0.3:
        sc['consumer_secret'] = lb.gen('consumer_secret', 'alnum')
    return 'raw-result', raw(jd(d, 2), sc)


@tpl
def t_brokerage_account(lb, pos):
    p = person(us=True)
    d = {'id': uuid(), 'account_number': nid(9), 'status': 'ACTIVE', 'crypto_status': 'INACTIVE', 'currency': 'USD',
         'contact': {'email_address': lb.email(p) if pos else role_email('broker.example'), 'phone_number': lb.phone('US', 'e164') if pos and R.random() < 0.6 else fictional('US'), 'city': 'Denver', 'state': 'CO'},
         'identity': {'given_name': p[1].title(), 'family_name': p[2].title(), 'date_of_birth': dob(), 'tax_id': lb.ssn() if pos and R.random() < 0.6 else masked_ssn(), 'tax_id_type': 'USA_SSN',
                      'funding_source': ['employment_income']},
         'disclosures': {'is_control_person': False, 'is_politically_exposed': False}, 'trusted_contact': {'given_name': person(us=True)[1].title()}}
    if pos and R.random() < 0.5:
        d['api'] = {'api_key': lb.gen('api_key', v='PK' + rs(18, UD)), 'api_secret': lb.gen('api_secret', v=rs(40))}
    return 'raw-result', raw(jd(d, 2))


def envlines(pairs):
    return ['%s=%s' % kv for kv in pairs]


@tpl
def t_recon_job_env(lb, pos):
    base = [('JOB', 'mt940-reconciliation'), ('BANK_CODE', pick(BICS)), ('TZ', 'Europe/Berlin'), ('LEDGER_SCHEMA', 'gl_2024'), ('SFTP_HOST', 'sftp.northbridgebank.co.uk'),
            ('SFTP_USER', 'recon%s' % dg(3)), ('STATEMENT_GLOB', '*.sta'), ('BATCH_SIZE', str(R.randint(100, 5000)))]
    if pos:
        base += leak(lb, R.randint(4, 7), 'env')
        if R.random() < 0.5:
            base.append(('SFTP_PASSWORD', lb.gen('SFTP_PASSWORD', 'pw')))
    have = set(k for k, v in base)
    base += [kv for kv in neg_pool(R.randint(1, 3)) if kv[0] not in have]
    R.shuffle(base)
    return 'text', '$ env | sort   # pod %s\n' % rs(10, HX) + '\n'.join(sorted(envlines(base)))


@tpl
def t_vendor_integrations(lb, pos):
    ints = []
    if pos:
        pairs = leak(lb, R.randint(4, 7), 'json')
        for k, v in pairs:
            ints.append({'name': pick(['claims-summariser', 'fraud-notes-llm', 'address-validation', 'ops-alerts', 'release-bot', 'doc-archive', 'ledger-db', 'payments']) + '-%d' % R.randint(1, 9),
                         'enabled': True, k: v})
    for k, v in neg_pool(R.randint(1, 3)):
        ints.append({'name': k.lower().replace('_', '-'), 'enabled': False, 'value': v})
    R.shuffle(ints)
    return 'structured', {'platform': pick(['claims-core', 'benefits-portal', 'kyc-hub', 'treasury-ops']), 'environment': pick(['prod', 'uat']), 'integrations': ints, 'exported_at': ts()}


@tpl
def t_statement_ingest_ci_log(lb, pos):
    lines = ['Running with gitlab-runner 16.%d.0 (%s)' % (R.randint(0, 11), rs(8, HX)), 'Preparing environment', 'Getting source from Git repository',
             '$ python ingest.py --format camt.053 --bank %s' % pick(BICS), 'parsed %d entries, %d unmatched' % (R.randint(100, 900), R.randint(0, 20))]
    if pos:
        for k, v in leak(lb, R.randint(3, 5), 'env', ['gitlab_token', 'aws_access_key_id', 'github_token', 'slack_token', 'url_credentials', 'jwt', 'webhook_url', 'openai_api_key']):
            lines.insert(R.randint(3, len(lines)), '$ echo "debug %s=%s"' % (k, v) if R.random() < 0.5 else 'export %s=%s' % (k, v))
    else:
        lines.insert(3, 'export GITLAB_DEPLOY_TOKEN=[MASKED]')
        lines.insert(4, 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE')
    lines.append('Job succeeded' if R.random() < 0.7 else 'ERROR: Job failed: exit code 1')
    return 'raw-result', raw('\n'.join(lines), None, False)


@tpl
def t_llm_claims_assistant_cfg(lb, pos):
    y = ['# claims-assistant config (insurer: %s)' % pick(['Harbor Mutual', 'Alpen Versicherung', 'Meridian Health Plan']), 'model_routing:', '  primary: %s' % pick(['anthropic', 'openai']),
         '  redact_phi_before_send: true', 'providers:']
    if pos:
        for k, v in leak(lb, R.randint(2, 4), 'json', ['anthropic_api_key', 'openai_api_key', 'google_api_key', 'slack_token', 'stripe_key', 'aws_access_key_id']):
            y.append('  %s: %s' % (k, v))
    else:
        y.append('  api_key: ${ANTHROPIC_API_KEY}')
        y.append('  openai_api_key: "sk-...redacted"')
    y += ['limits:', '  max_tokens: %d' % R.randint(512, 4096), '  pii_patterns: [SSN, MRN, IBAN, CARD]', 'example_prompt: "Summarise claim CL%s-%s; never output member IDs"' % (R.randint(22, 25), nid(7))]
    return 'text', '\n'.join(y)


@tpl
def t_kyc_vendor_settings(lb, pos):
    d = {'vendor': pick(['Onfido', 'Sumsub', 'Veriff', 'IDnow']), 'region': pick(['eu', 'us']), 'document_types': ['passport', 'national_identity_card', 'driving_licence'],
         'liveness': {'enabled': True, 'threshold': round(R.uniform(0.6, 0.95), 2)}, 'callback': {'url': 'https://kyc-hub.northbridgebank.co.uk/callbacks/%s' % rs(6).lower()}}
    if pos:
        d['api_token'] = lb.gen('api_token', pick(['alnum', 'b64']))
        if R.random() < 0.6:
            d['callback']['webhook_secret'] = lb.gen('webhook_secret', pick(['hex64', 'whsec']))
        if R.random() < 0.6:
            t = lb.pickt(['jwt', 'webhook_url', 'private_key', 'google_api_key', 'aws_access_key_id'])
            if t == 'aws_access_key_id':
                d['storage'] = {'bucket': 'kyc-docs-%s' % rs(6).lower(), 'access_key_id': lb.tok(t, 'access_key_id'), 'secret_access_key': lb.tok('aws_secret_access_key', 'secret_access_key')}
            else:
                d[FIELD[t]] = lb.tok(t)
    else:
        d['api_token'] = pick(['api_sandbox.%s' % ('x' * 24), '<set in secrets manager>'])
        d['callback']['webhook_secret'] = '********'
    return 'structured', d


@tpl
def t_credential_incident_ticket(lb, pos):
    t = ['INC-%d-%s  Severity: %s  Queue: %s' % (R.randint(2024, 2025), nid(5), pick(['SEV2', 'SEV3']), role_email('security.northbridgebank.co.uk').split('@')[0].upper() + '-IR'),
         'Summary: credential exposed in %s' % pick(['MT940 ingestion logs', 'claims export bucket', 'benefits portal HAR capture', 'shared runbook'])]
    if pos:
        t.append('Reporter pasted the offending line from the log:')
        for k, v in leak(lb, R.randint(2, 3), 'env'):
            t.append('    %s=%s' % (k, v))
        t.append('Action: revoke and rotate; notify %s' % lb.email(person(), 'northbridgebank.co.uk') if R.random() < 0.5 else 'Action: revoke and rotate; owner on-call.')
    else:
        t.append('Key id ended in ...%s (full value withheld). AWS docs example AKIAIOSFODNN7EXAMPLE is NOT the leaked key.' % rs(4, UD))
        t.append('Action: revoke and rotate; notify %s' % role_email('northbridgebank.co.uk'))
    t.append('Status: %s' % pick(['Contained', 'Rotated', 'Monitoring']))
    return 'text', '\n'.join(t)


@tpl
def t_format_reference(lb, pos):
    t = pick([
        'An IBAN starts with a two-letter country code and two check digits, followed by the BBAN. Example from the ISO register: %s. A German IBAN has 22 characters, e.g. %s.' % (TEST_IBANS[0], TEST_IBANS[1]),
        'Card numbers are validated with the Luhn algorithm. For integration tests use %s (Visa) or %s (Mastercard); never use a live PAN. Receipts show the PAN masked as %s.' % (TEST_CARDS[0], TEST_CARDS[2], masked_card()),
        'US SSNs are written AAA-GG-SSSS; area 000, 666 and 900-999 are never issued. Display only the last four digits, e.g. XXX-XX-%s.' % dg(4),
        'AWS access key ids start with AKIA (long-term) or ASIA (temporary); the docs use AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.',
        'Stripe test keys look like sk_test_4eC39HqLyjWDarjtT1zdp7dc; live keys start with sk_live_. Never commit either.',
        'UK sort codes are six digits (e.g. 40-47-84) and account numbers eight digits; a BIC like NWBKGB2L identifies the bank. For sample data use 07700 900%s or 020 7946 0%s.' % (dg(3), dg(3)),
        'Contact the bank at support@northbridgebank.co.uk or %s. In forms, write your address as you@example.com.' % tollfree('GB')])
    out = ['# KB-%s  Data formats cheat sheet (payments ops)' % nid(4), t]
    if pos:
        k = R.random()
        if k < 0.4:
            out.append('Sandbox key for the reconciliation tests (team account): %s' % lb.tok('stripe_key'))
        if k >= 0.3:
            p = person()
            out.append('Escalation contact for format questions: %s, %s' % (p[0], lb.email(p, 'northbridgebank.co.uk')))
        if R.random() < 0.4:
            out.append('Bank-side analyst direct line: %s' % lb.phone(pick(['GB', 'DE', 'FR'])))
    return 'text', '\n'.join(out)

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

# ================================================================ assembly
def finalize(doc, lb):
    strs = doc_strings(doc)
    def present(x):
        return any(x in s for s in strs)
    labels, seen = [], set()
    for t, v, acc in lb.items:
        if not present(v):
            ev = json.dumps(v, ensure_ascii=False)[1:-1]
            if ev != v and present(ev):
                acc = [json.dumps(a, ensure_ascii=False)[1:-1] for a in acc]
                v = ev
            else:
                raise RuntimeError('label not verbatim: %s %r' % (t, v[:60]))
        if (t, v) in seen:
            continue
        seen.add((t, v))
        a2 = []
        for a in acc:
            if a != v and a not in a2 and present(a):
                a2.append(a)
        labels.append({'type': t, 'value': v, 'accept': a2})
    return labels


def main():
    names = sorted(T)
    N = 450
    plan = []
    heavy = {'recon_job_env', 'vendor_integrations', 'statement_ingest_ci_log', 'llm_claims_assistant_cfg', 'credential_incident_ticket',
             'kyc_vendor_settings', 'clearinghouse_config', 'card_settlement_report', 'chargeback_dispute'}
    w = {n: (14 if n in heavy else 8.5) for n in names}
    tot = sum(w.values())
    ks = {n: int(N * w[n] / tot) for n in names}
    for n in names[:N - sum(ks.values())]:
        ks[n] += 1
    for i, n in enumerate(names):
        k = ks[n]
        nclean = (k * (38 if n in heavy else 44) + 50) // 100
        plan += [(n, False)] * nclean + [(n, True)] * (k - nclean)
    R.shuffle(plan)
    out = []
    for idx, (name, pos) in enumerate(plan, 1):
        for attempt in range(60):
            lb = L()
            wrap, doc = T[name](lb, pos)
            labels = finalize(doc, lb)
            if pos and not labels:
                continue
            if cross_check(doc, labels):
                continue
            break
        else:
            raise RuntimeError('could not generate %s pos=%s: %r' % (name, pos, cross_check(doc, labels)))
        for l in labels:
            GLOBAL[l['type']] += 1
        out.append({'id': 'v15-%d' % idx, 'template': name, 'split': 'holdout-v15', 'wrap': wrap, 'doc': doc, 'labels': labels})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'dlp_v15.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('records', len(out), 'clean', sum(1 for r in out if not r['labels']), 'labels', sum(len(r['labels']) for r in out))
    print(json.dumps(GLOBAL))


if __name__ == '__main__':
    main()
