#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v9 (agent tool-result angle).
Python 3 stdlib only, one seeded RNG, no clock / environment input.
Usage: python3 gen_dlp_v9.py [output_path]   (default: dlp_v9.jsonl next to this file)
"""
import base64, json, os, random, sys, unicodedata
from collections import Counter

SEED = 9090417
R = random.Random(SEED)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; LO = UP.lower(); DG = "0123456789"
ALNUM = UP + LO + DG; B64URL = ALNUM + "-_"; B64 = ALNUM + "+/"; HEX = "0123456789abcdef"
B32 = UP + "234567"; CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

def rs(n, a=ALNUM): return "".join(R.choice(a) for _ in range(n))
def ch(seq): return R.choice(seq)
def rb(n): return bytes(R.getrandbits(8) for _ in range(n))
def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
def uuid4():
    h = rs(32, HEX); return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"
def ulid(): return ch("01") + rs(25, CROCK)
def sha40(): return rs(40, HEX)
def sha64(): return rs(64, HEX)
def ts(): return f"2024-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"
def day(): return f"2024-{R.randint(1,12):02d}-{R.randint(1,28):02d}"
def hms(): return f"{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"
def semver(): return f"{R.randint(0,9)}.{R.randint(0,30)}.{R.randint(0,20)}"

FIRST = ["Amara","Bjorn","Chen","Diego","Elif","Farah","Gustavo","Hana","Ines","Jonas","Kwame","Leila","Mateo",
         "Nadia","Oskar","Priya","Quentin","Rosa","Sven","Tomasz","Uma","Valentina","Wei","Ximena","Yusuf","Zofia",
         "Aiko","Bruno","Camille","Dmitri","Emeka","Freya","Goran","Hiroshi","Isabel","Jamal","Katarzyna","Lars","Mei","Noor"]
LAST = ["Okafor","Lindqvist","Zhang","Ramirez","Yilmaz","Haddad","Pereira","Kobayashi","Moreau","Becker","Mensah","Rahimi",
        "Fernandez","Petrova","Nilsson","Sharma","Dubois","Castillo","Andersen","Kowalski","Iyer","Rossi","Liu","Gutierrez",
        "Demir","Nowak","Tanaka","Schulz","Laurent","Volkov","Eze","Hansen","Marković","Sato","Ortega","Brooks","Wiśniewska",
        "Berg","Huang","Aziz"]
PDOM = ["gmail.com","outlook.com","proton.me","yahoo.com","icloud.com","web.de","gmx.de","orange.fr","libero.it",
        "hotmail.co.uk","fastmail.com","posteo.de"]
CDOM = ["brightlane.io","kestrelworks.com","nordhavn-logistics.dk","tidewater-analytics.com","quillfeather.co",
        "orbitforge.dev","halcyon-health.org","vantapoint.net","lumenhaus.de","cobaltridge.ca","marisol-retail.es",
        "fjordbyte.no","saltmarsh.co.uk","pinecrest-labs.com"]
ROLES = ["support","noreply","no-reply","billing","security","info","sales","hr","team","alerts","ops","admin",
         "devops","postmaster","notifications","accounts","privacy","careers"]
ORGS = ["acme-platform","brightlane","kestrel","orbitforge","tidewater","lumenhaus","cobaltridge","pinecrest"]
REPOS = ["api-gateway","billing-svc","web","infra","ml-pipeline","mobile-app","etl-jobs","auth-service","docs-site"]

def ascii_(s): return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
def person(): return ch(FIRST), ch(LAST)
def email_for(f, l, dom=None):
    f2, l2 = ascii_(f).lower(), ascii_(l).lower()
    local = ch([f"{f2}.{l2}", f"{f2[0]}{l2}", f"{f2}_{l2}", f"{f2}{l2}{R.randint(1,99)}", f"{l2}.{f2}", f"{f2}.{l2}+{ch(['git','aws','dev','jira'])}"])
    return f"{local}@{dom or ch(PDOM + CDOM)}"
def role_mail(): return f"{ch(ROLES)}@{ch(CDOM)}"
def cdom(): return ch(CDOM)

# ---------------------------------------------------------------- value generators
def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
TEST_CARDS = {"4242424242424242","4111111111111111","5555555555554444","378282246310005","4000056655665556",
              "5105105105105100","6011111111111117","371449635398431","4012888888881881","5200828282828210"}
def gen_card():
    while True:
        kind = ch(["visa","visa","mc","mc2","amex","disc"])
        if kind == "visa": pre, n = "4", 16
        elif kind == "mc": pre, n = "5" + ch("12345"), 16
        elif kind == "mc2": pre, n = str(R.randint(2221, 2720)), 16
        elif kind == "amex": pre, n = ch(["34","37"]), 15
        else: pre, n = "6011", 16
        body = pre + rs(n - 1 - len(pre), DG); digits = body + luhn_digit(body)
        if digits in TEST_CARDS: continue
        st = ch(["sp","sp","dash","plain"])
        if n == 15: g = [digits[:4], digits[4:10], digits[10:]]
        else: g = [digits[i:i+4] for i in range(0, 16, 4)]
        val = {"sp": " ".join(g), "dash": "-".join(g), "plain": digits}[st]
        return val, digits
def luhn_ok(d): return luhn_digit(d[:-1]) == d[-1]
def order_number():  # Luhn-valid, non-issuer prefix (hard negative)
    body = ch("789") + rs(14, DG); return body + luhn_digit(body)

IBAN_SPEC = {"DE":[("n",18)],"GB":[("B",4),("n",14)],"FR":[("n",10),("c",11),("n",2)],"NL":[("B",4),("n",10)],
             "ES":[("n",20)],"IT":[("A",1),("n",10),("c",12)],"BE":[("n",12)],"CH":[("n",5),("c",12)],
             "AT":[("n",16)],"PL":[("n",24)],"IE":[("B",4),("n",14)],"SE":[("n",20)],"NO":[("n",11)],"PT":[("n",21)]}
BANKS = {"GB":["NWBK","BARC","LOYD","HBUK","MIDL"],"NL":["ABNA","INGB","RABO","TRIO","SNSB"],"IE":["AIBK","BOFI"]}
def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"
def mod97_ok(iban):
    s = iban.replace(" ", ""); s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
def gen_iban(cc=None):
    cc = cc or ch(list(IBAN_SPEC)); bban = ""
    for k, n in IBAN_SPEC[cc]:
        if k == "n": bban += rs(n, DG)
        elif k == "A": bban += rs(n, UP)
        elif k == "B": bban += ch(BANKS[cc])
        else: bban += rs(n, DG + UP[:6])
    comp = cc + iban_check(cc, bban) + bban
    val = comp if R.random() < 0.45 else " ".join(comp[i:i+4] for i in range(0, len(comp), 4))
    return val, comp
def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        v = f"{a:03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}"
        if v in ("078-05-1120", "219-09-9999", "123-45-6789"): continue
        return v
def itin(): return f"9{R.randint(0,99):02d}-{R.choice([70,71,72,78,80,88,90,92])}-{R.randint(1,9999):04d}"

def gen_phone():
    k = ch(["us","us","uk","de","fr","in","au","br","jp","es","nl"])
    if k == "us":
        a = ch(["415","312","646","206","512","303","617","702","919","213"]); e = R.randint(200, 999)
        while e == 555 or e % 100 == 11: e = R.randint(200, 999)
        x = rs(4, DG); f = ch([0, 1, 2])
        if f == 0: return f"+1 {a}-{e}-{x}", [f"{a}-{e}-{x}"]
        if f == 1: return f"+1 ({a}) {e}-{x}", [f"({a}) {e}-{x}"]
        return f"+1{a}{e}{x}", [f"{a}{e}{x}"]
    if k == "uk":
        m = "7" + ch("1234589") + rs(2, DG); r = rs(6, DG)
        return (f"+44 {m} {r}", [f"{m} {r}"]) if R.random() < .7 else (f"0{m} {r}", [])
    if k == "de":
        p = ch(["151","160","170","176","30","89","40"]); r = rs(8 if len(p) == 3 else 7, DG)
        return (f"+49 {p} {r}", [f"{p} {r}"]) if R.random() < .7 else (f"0{p} {r}", [])
    if k == "fr":
        g = [ch("67")] + [rs(2, DG) for _ in range(4)]
        return (f"+33 {' '.join(g)}", [" ".join(g)]) if R.random() < .7 else ("0" + " ".join(g), [])
    if k == "in":
        a = ch("6789") + rs(4, DG); b = rs(5, DG); return f"+91 {a} {b}", [f"{a} {b}"]
    if k == "au":
        a = "4" + rs(2, DG)
        while a == "491": a = "4" + rs(2, DG)
        b, c = rs(3, DG), rs(3, DG); return f"+61 {a} {b} {c}", [f"{a} {b} {c}"]
    if k == "br":
        a = ch(["11","21","31","41"]); b = "9" + rs(4, DG); c = rs(4, DG); return f"+55 {a} {b}-{c}", [f"{a} {b}-{c}"]
    if k == "jp":
        a = ch(["90","80","70"]); b, c = rs(4, DG), rs(4, DG); return f"+81 {a}-{b}-{c}", [f"{a}-{b}-{c}"]
    if k == "es":
        a = ch("67") + rs(2, DG); b, c = rs(3, DG), rs(3, DG); return f"+34 {a} {b} {c}", [f"{a} {b} {c}"]
    a = "6" + rs(8, DG); return f"+31 {a}", [a]
FICT_PHONES = lambda: ch([f"+1 (212) 555-01{R.randint(0,99):02d}", f"555-01{R.randint(0,99):02d}", f"07700 900{R.randint(0,999):03d}",
                          f"020 7946 0{R.randint(0,999):03d}", f"0491 570 {R.randint(0,999):03d}", f"1-800-{R.randint(200,999)}-{rs(4,DG)}",
                          f"+44 20 7946 0{R.randint(0,999):03d}", f"+61 491 570 {R.randint(0,999):03d}"])

def gen_pw(n=None):
    n = n or R.randint(12, 24)
    s = rs(n, ALNUM + "!#%^*-_~+=")
    return s if not s[0] in "-+=" else "Q" + s[1:]
def gen_github():
    p = ch(["ghp_","ghp_","gho_","ghu_","ghs_","ghr_","github_pat_"])
    if p == "github_pat_": return p + "11" + rs(20, UP + DG) + "_" + rs(59)
    return p + rs(36)
def gen_gitlab():
    p = ch(["glpat-","glpat-","glpat-","gldt-","glrt-","glptt-","glft-","glsoat-"])
    if p == "glptt-": return p + rs(40, HEX)
    return p + rs(20, B64URL)
def gen_slack():
    k = ch(["xoxb","xoxb","xoxp","xapp","xoxe"])
    if k == "xoxb": return f"xoxb-{R.randint(10**10, 10**12)}-{R.randint(10**12, 10**13)}-{rs(24)}"
    if k == "xoxp": return f"xoxp-{R.randint(10**10, 10**12)}-{R.randint(10**10,10**12)}-{R.randint(10**12, 10**13)}-{rs(32, HEX)}"
    if k == "xapp": return f"xapp-1-A{rs(10, UP + DG)}-{R.randint(10**12, 10**13)}-{rs(64, HEX)}"
    return f"xoxe.xoxp-1-{rs(140)}"
def gen_stripe(): return ch(["sk_live_","sk_live_","rk_live_"]) + ch(["51", ""]) + rs(ch([24, 32, 97]))
def gen_openai():
    k = ch(["proj","proj","classic","svc","admin"])
    if k == "classic": return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    p = {"proj": "sk-proj-", "svc": "sk-svcacct-", "admin": "sk-admin-"}[k]
    return p + rs(R.randint(56, 74), B64URL) + "T3BlbkFJ" + rs(R.randint(56, 74), B64URL)
def gen_anthropic(): return ch(["sk-ant-api03-","sk-ant-api03-","sk-ant-admin01-"]) + rs(93, B64URL) + "AA"
def gen_google(): return "AIzaSy" + rs(33, B64URL)
def gen_aws_id(): return ch(["AKIA","AKIA","ASIA"]) + rs(16, B32)
def gen_aws_secret(): return rs(40, B64)
def gen_jwt(em=None):
    alg = ch(["HS256","RS256","ES256"])
    h = {"alg": alg, "typ": "JWT"}
    if alg != "HS256": h["kid"] = rs(16, B64URL)
    t = R.randint(1700000000, 1735000000)
    p = {"sub": ch([uuid4(), "usr_" + rs(12, LO + DG), str(R.randint(10**5, 10**7))]), "iat": t, "exp": t + ch([900, 3600, 86400]),
         "iss": f"https://auth.{cdom()}/", "aud": ch(["api", "web-app", "billing"]), "scope": ch(["read:orders write:orders", "admin", "openid profile email"])}
    if em: p["email"] = em
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()), b64u(json.dumps(p, separators=(",", ":")).encode()), b64u(rb(sig))])
def pem(label, der, nl="\n", width=64):
    b = base64.b64encode(der).decode()
    return f"-----BEGIN {label}-----{nl}" + nl.join(b[i:i+width] for i in range(0, len(b), width)) + f"{nl}-----END {label}-----"
def gen_privkey(nl="\n"):
    k = ch(["rsa","pkcs8","ec","openssh","openssh","ed8"])
    if k == "rsa": return pem("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rb(1180), nl)
    if k == "pkcs8": return pem("PRIVATE KEY", b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa8" + rb(1192), nl)
    if k == "ec": return pem("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20" + rb(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rb(64), nl)
    if k == "ed8": return pem("PRIVATE KEY", b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20" + rb(32), nl)
    der = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33"
           b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(32) + b"\x00\x00\x00\x90" + rb(150))
    return pem("OPENSSH PRIVATE KEY", der, nl, 70)
def gen_webhook():
    k = ch(["slack","slack","discord","discord","teams","mattermost"])
    if k == "slack": return f"https://hooks.slack.com/services/T{rs(R.randint(8,10), UP+DG)}/B{rs(R.randint(8,10), UP+DG)}/{rs(24)}"
    if k == "discord": return f"https://{ch(['discord.com','discordapp.com'])}/api/webhooks/1{rs(R.randint(17,18), DG)}/{rs(68, B64URL)}"
    if k == "teams": return f"https://{ch(ORGS)}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HEX)}/{uuid4()}"
    return f"https://chat.{cdom()}/hooks/{rs(26, LO + DG)}"
def gen_url_pw(): 
    s = rs(R.randint(10, 22), ALNUM + "-_~")
    if R.random() < 0.3: s = s[:5] + ch(["%21", "%40", "%23", "%24", "%2F"]) + s[5:]
    return s
USERS = ["app","svc_orders","admin","deploy","etl_user","reporting","root","ci","analytics_ro","backend"]
def gen_urlcred():
    u, p, host = ch(USERS), gen_url_pw(), ch(["db", "pg-primary", "mysql-01", "cache", "mq"]) + "." + ch(["internal", "prod.svc.cluster.local", cdom()])
    k = ch(["pg","pg","mysql","mongo","redis","amqp","https","ftp"])
    if k == "pg": url = f"{ch(['postgres','postgresql'])}://{u}:{p}@{host}:5432/{ch(['orders','app','analytics'])}?sslmode=require"
    elif k == "mysql": url = f"mysql://{u}:{p}@{host}:3306/{ch(['shop','wp','crm'])}"
    elif k == "mongo": url = f"mongodb+srv://{u}:{p}@cluster0.{rs(5, LO + DG)}.mongodb.net/{ch(['prod','events'])}?retryWrites=true&w=majority"
    elif k == "redis": u = "default"; url = f"rediss://default:{p}@{host}:6380/0"
    elif k == "amqp": url = f"amqps://{u}:{p}@{host}:5671/{ch(['jobs','%2F'])}"
    elif k == "https": url = f"https://{u}:{p}@nexus.{cdom()}/repository/{ch(['pypi-internal','npm-private','maven-releases'])}/"
    else: url = f"ftp://{u}:{p}@files.{cdom()}/outgoing/"
    return p, url, [f"{u}:{p}", f"{u}:{p}@", url]

GENERIC = [("DB_PASSWORD", lambda: gen_pw()), ("POSTGRES_PASSWORD", lambda: gen_pw()), ("SMTP_PASSWORD", lambda: gen_pw()),
           ("REDIS_PASSWORD", lambda: gen_pw(32)), ("SESSION_SECRET", lambda: rs(64, HEX)), ("SECRET_KEY_BASE", lambda: rs(128, HEX)),
           ("DJANGO_SECRET_KEY", lambda: "django-insecure-" * 0 + rs(50, LO + DG + "!#%^*-_=+")), ("JWT_SECRET", lambda: base64.b64encode(rb(33)).decode()),
           ("SENDGRID_API_KEY", lambda: "SG." + rs(22, B64URL) + "." + rs(43, B64URL)), ("TWILIO_AUTH_TOKEN", lambda: rs(32, HEX)),
           ("DATADOG_API_KEY", lambda: rs(32, HEX)), ("NPM_TOKEN", lambda: "npm_" + rs(36)), ("STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(32)),
           ("OAUTH_CLIENT_SECRET", lambda: rs(8, ALNUM) + "~" + rs(31, ALNUM + "._-")), ("MAILGUN_API_KEY", lambda: "key-" + rs(32, HEX)),
           ("ALGOLIA_ADMIN_KEY", lambda: rs(32, HEX)), ("ENCRYPTION_KEY", lambda: base64.b64encode(rb(32)).decode()),
           ("SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(32, HEX)), ("HF_TOKEN", lambda: "hf_" + rs(34, UP + LO)),
           ("CLOUDFLARE_API_TOKEN", lambda: rs(40, B64URL)), ("DOCKERHUB_TOKEN", lambda: "dckr_pat_" + rs(27, B64URL)),
           ("ADMIN_PASSWORD", lambda: gen_pw()), ("LDAP_BIND_PASSWORD", lambda: gen_pw()), ("SENTRY_AUTH_TOKEN", lambda: "sntryu_" + rs(64, HEX))]
ENVK = {"email": ["ONCALL_EMAIL","GIT_AUTHOR_EMAIL","OWNER_EMAIL"], "phone_number": ["ONCALL_PHONE","SMS_TEST_RECIPIENT"],
        "us_ssn": ["TEST_SSN"], "payment_card": ["CARD_NUMBER"], "iban": ["PAYOUT_IBAN","REFUND_IBAN"],
        "aws_access_key_id": ["AWS_ACCESS_KEY_ID"], "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY"],
        "github_token": ["GITHUB_TOKEN","GH_TOKEN","GH_PAT"], "gitlab_token": ["GITLAB_TOKEN","CI_JOB_TOKEN_OVERRIDE","GL_TOKEN"],
        "slack_token": ["SLACK_BOT_TOKEN","SLACK_APP_TOKEN"], "stripe_key": ["STRIPE_SECRET_KEY","STRIPE_API_KEY"],
        "openai_api_key": ["OPENAI_API_KEY"], "anthropic_api_key": ["ANTHROPIC_API_KEY"], "google_api_key": ["GOOGLE_MAPS_API_KEY","FIREBASE_API_KEY","GEMINI_API_KEY"],
        "jwt": ["SERVICE_JWT","AUTH_TOKEN","API_BEARER"], "webhook_url": ["SLACK_WEBHOOK_URL","ALERT_WEBHOOK","DISCORD_WEBHOOK_URL"],
        "url_credentials": ["DATABASE_URL","REDIS_URL","BROKER_URL","PIP_INDEX_URL"], "private_key": ["PRIVATE_KEY"]}
def camel(k):
    p = k.lower().split("_"); return p[0] + "".join(x.title() for x in p[1:])

class S:
    """one sensitive item: t=type, v=label value, full=text inserted, acc=accept candidates, ek=env key, fk=field key"""
    def __init__(self, t, nl="\n"):
        self.t = t; self.acc = []; self.ek = ch(ENVK.get(t, ["X"]))
        if t == "generic_secret":
            self.ek, g = ch(GENERIC); self.v = g()
        elif t == "email": self.v = email_for(*person())
        elif t == "phone_number": self.v, self.acc = gen_phone()
        elif t == "us_ssn": self.v = gen_ssn()
        elif t == "payment_card":
            self.v, dgt = gen_card(); self.acc = [dgt] if dgt != self.v else []
        elif t == "iban":
            self.v, comp = gen_iban(); self.acc = [comp] if comp != self.v else []
        elif t == "aws_access_key_id": self.v = gen_aws_id()
        elif t == "aws_secret_access_key": self.v = gen_aws_secret()
        elif t == "github_token": self.v = gen_github()
        elif t == "gitlab_token": self.v = gen_gitlab()
        elif t == "slack_token": self.v = gen_slack()
        elif t == "stripe_key": self.v = gen_stripe()
        elif t == "openai_api_key": self.v = gen_openai()
        elif t == "anthropic_api_key": self.v = gen_anthropic()
        elif t == "google_api_key": self.v = gen_google()
        elif t == "jwt": self.v = gen_jwt(ch([None, None, email_for(*person())]))
        elif t == "private_key": self.v = gen_privkey(nl)
        elif t == "webhook_url": self.v = gen_webhook()
        elif t == "url_credentials":
            self.v, url, self.acc = gen_urlcred(); self.full = url
        else: raise ValueError(t)
        if t != "url_credentials": self.full = self.v
        self.fk = camel(self.ek) if R.random() < 0.4 else self.ek.lower()
        if t in ("github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "jwt"):
            self.acc.append("Bearer " + self.v)

TYPES = ["email","phone_number","us_ssn","payment_card","iban","aws_access_key_id","aws_secret_access_key","github_token",
         "gitlab_token","slack_token","stripe_key","openai_api_key","anthropic_api_key","google_api_key","jwt","private_key",
         "webhook_url","url_credentials","generic_secret"]
SECRETS = [t for t in TYPES if t not in ("email","phone_number","us_ssn","payment_card","iban","private_key")]
PII = ["email","phone_number","us_ssn","payment_card","iban"]
COUNT = Counter()

class Doc:
    def __init__(self, pos): self.pos = pos; self.labels = []
    def pick(self, allowed, lo=1, hi=4):
        if not self.pos: return []
        k = min(len(allowed), R.randint(lo, hi + 1)); pool = list(allowed); out = []
        for _ in range(k):
            w = [1.0 / (1 + COUNT[t] + 0.5 * out.count(t)) ** 2 for t in pool]
            t = R.choices(pool, weights=w)[0]; out.append(t); pool.remove(t)
        return out
    def add(self, s, key=None, extra=()):
        acc = list(s.acc) + list(extra)
        if s.t in ("generic_secret", "aws_access_key_id", "aws_secret_access_key") and key:
            v = s.full
            acc += [f"{key}={v}", f"{key}: {v}", f"{key}:{v}", f'"{key}": "{v}"', f"{key} = {v}", f'{key}="{v}"', f'{key} = "{v}"',
                    f"{key}='{v}'", f"{key}:  {v}", f"{key}\t{v}", f'"{key}":"{v}"', f"{key}: '{v}'", f'{key}: "{v}"']
        self.labels.append([s.t, s.v, acc])
    def lab(self, t, v, acc=()): self.labels.append([t, v, list(acc)])

# ---------------------------------------------------------------- hard negatives
def hn_refs(): return ch(["${{ secrets.%s }}" % ch(["NPM_TOKEN","AWS_SECRET_ACCESS_KEY","SLACK_WEBHOOK","DEPLOY_KEY"]),
                          "{{ .Values.%s }}" % ch(["db.password","stripe.secretKey","smtp.pass"]),
                          "vault:secret/data/%s#%s" % (ch(REPOS), ch(["password","api_key"])),
                          "op://%s/%s/%s" % (ch(["Prod","Staging","Infra"]), ch(["Stripe","Postgres","Sendgrid"]), ch(["credential","password"])),
                          "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (ch(["us-east-1","eu-west-1"]), rs(12, DG), ch(["prod/db","prod/stripe"]), rs(6)),
                          "${%s}" % ch(["DB_PASSWORD","API_KEY","GITHUB_TOKEN"]), "$(cat /run/secrets/%s)" % ch(["db_pass","api_token"])])
def hn_mask(): return ch(["***", "********", "[REDACTED]", "<redacted>", "ghp_" + "*" * 12, "sk-...%s" % rs(4), "AKIA****************",
                          "xoxb-***", "•••• •••• •••• %s" % rs(4, DG), "**** **** **** %s" % rs(4, DG), "[FILTERED]", "(sensitive value)"])
def hn_example(): return ch(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "4242 4242 4242 4242", "4111111111111111",
                             "5555 5555 5555 4444", "378282246310005", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "ghp_" + "x" * 36,
                             "sk-" + "x" * 48, "xoxb-" + "0" * 10 + "-" + "0" * 13 + "-" + "x" * 24, "glpat-" + "x" * 20, "AIza" + "X" * 35])
def hn_pubkey():
    return ch(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rb(32)).decode()[:43] + " " + ascii_(ch(FIRST)).lower() + "@laptop",
               pem("PUBLIC KEY", b"\x30\x2a\x30\x05\x06\x03\x2b\x65\x70\x03\x21\x00" + rb(32)),
               pem("CERTIFICATE", b"\x30\x82\x01\x8a\x30\x82\x01\x30\xa0\x03\x02\x01\x02" + rb(300))])
def hn_ids(): return ch([f"trace_id={rs(32, HEX)}", f"span_id={rs(16, HEX)}", f"request_id={uuid4()}", f"x-request-id: {ulid()}",
                         f"commit {sha40()}", f"sha256:{sha64()}", f"integrity sha512-{base64.b64encode(rb(64)).decode()}",
                         f"etag: \"{rs(32, HEX)}\"", f"nonce={rs(22, B64URL)}", f"cursor={b64u(json.dumps({'offset': R.randint(20, 900)}).encode())}",
                         f"order_no={order_number()}", f"idempotency-key: {uuid4()}", f"build {semver()}+{rs(7, HEX)}"])
def hn_placeholder_mail(): return ch(["you@example.com", "user@domain.tld", "name@example.org", "jane@example.net", "admin@your-company.example"])
def hn_svc_mail(): return ch([f"{ch(REPOS)}-deployer@{ch(ORGS)}-{rs(6, DG)}.iam.gserviceaccount.com", f"{rs(12, DG)}-compute@developer.gserviceaccount.com",
                              "49699333+dependabot[bot]@users.noreply.github.com", "41898282+github-actions[bot]@users.noreply.github.com", "noreply@github.com"])

# ---------------------------------------------------------------- output wrappers
def w_text(text, raw_p=0.4):
    if R.random() < raw_p: return "raw-result", {"content": [{"type": "text", "text": text}], "isError": False}
    return "text", text
def w_obj(obj, raw_p=0.45):
    r = R.random()
    if r < raw_p: 
        d = {"content": [{"type": "text", "text": json.dumps(obj, indent=ch([2, None]), ensure_ascii=False)}], "isError": False}
        if R.random() < 0.35: d["structuredContent"] = obj
        return "raw-result", d
    return "structured", obj
def crlf(t): return t.replace("\n", "\r\n")

def env_line(s, sep="="):
    return f"{s.ek}{sep}{s.full}" if s.t != "private_key" else None

# ---------------------------------------------------------------- templates
NOISE_ENV = lambda: ch([f"LOG_LEVEL={ch(['info','debug','warn'])}", f"PORT={ch([3000,8080,8000,5000])}", f"NODE_ENV={ch(['production','staging'])}",
                        f"APP_VERSION={semver()}", f"GIT_SHA={sha40()}", f"FEATURE_FLAGS={ch(['new-checkout,dark-mode','beta-search'])}",
                        f"OTEL_SERVICE_NAME={ch(REPOS)}", f"TZ={ch(['UTC','Europe/Berlin'])}", f"AWS_REGION={ch(['us-east-1','eu-central-1'])}",
                        f"SENTRY_RELEASE={ch(REPOS)}@{semver()}", f"BUILD_ID={ulid()}", f"CACHE_TTL={R.randint(30,900)}"])
ENV_TYPES = SECRETS + ["email", "phone_number"]

def t_git_diff(d):
    path = ch([".env.production", "config/settings.env", "deploy/app.env", ".github/workflows/.env.ci"])
    T = d.pick(ENV_TYPES)
    old, new, ctx = [], [], [NOISE_ENV() for _ in range(R.randint(2, 4))]
    for t in T:
        s = S(t); d.add(s, s.ek)
        if R.random() < 0.5: old.append(f"-{s.ek}={s.full}"); new.append(f"+{s.ek}={hn_refs()}" if R.random() < .5 else f"+# {s.ek} moved to secret manager")
        else: new.append(f"+{s.ek}={s.full}")
    if not T:
        k = ch(ENVK["stripe_key"] + ENVK["openai_api_key"] + ["DB_PASSWORD"])
        old.append(f"-{k}={ch([hn_mask(), 'changeme', hn_example()])}"); new.append(f"+{k}={hn_refs()}")
    new.append(f"+{NOISE_ENV()}")
    lines = [f"diff --git a/{path} b/{path}", f"index {rs(7,HEX)}..{rs(7,HEX)} 100644", f"--- a/{path}", f"+++ b/{path}",
             f"@@ -{R.randint(1,40)},{len(ctx)+len(old)} +{R.randint(1,40)},{len(ctx)+len(new)} @@"]
    lines += [" " + c for c in ctx[:1]] + old + new + [" " + c for c in ctx[1:]]
    return w_text("\n".join(lines) + "\n")

def t_git_show(d):
    T = d.pick(["email"] + SECRETS)
    f, l = person()
    if "email" in T:
        em = email_for(f, l); d.lab("email", em); author = f"{f} {l} <{em}>"
    else: author = ch(["dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", "Release Bot <noreply@github.com>", f"{ch(REPOS)}-ci <{role_mail()}>"])
    file = ch(["src/config.py", "scripts/seed.ts", "tests/conftest.py", "app/initializers/services.rb"])
    body = []
    for t in [x for x in T if x != "email"]:
        s = S(t); d.add(s, s.fk)
        body.append(f'+{s.fk.upper() if file.endswith(".py") else s.fk} = "{s.full}"' if t != "private_key" else "")
    body = [b for b in body if b]
    if not body: body = [f'+TIMEOUT_SECONDS = {R.randint(5,60)}', f'+FIXTURE_TOKEN = "{ch(["dummy-token-for-tests", "fake_" + "0"*16, hn_example()])}"  # fake']
    msg = ch(["chore: wire up staging creds for smoke test", "fix: retry on 502 from upstream", "feat(billing): add payout export", "test: add fixtures for webhook handler"])
    out = [f"commit {sha40()}", f"Author: {author}", f"Date:   {ch(['Mon','Tue','Wed','Thu','Fri'])} {ch(['Jan','Mar','Jun','Sep','Nov'])} {R.randint(1,28)} {hms()} 2024 {ch(['+0100','-0700','+0530'])}",
           "", f"    {msg}", "", f"    Refs: #{R.randint(100,9999)}", "", f"diff --git a/{file} b/{file}", f"index {rs(7,HEX)}..{rs(7,HEX)} 100644",
           f"--- a/{file}", f"+++ b/{file}", f"@@ -{R.randint(1,80)},6 +{R.randint(1,80)},{6+len(body)} @@", f" import os"] + body + [" "]
    return w_text("\n".join(out))

def t_git_log_p(d):
    T = d.pick(["email", "email", "github_token", "generic_secret", "aws_access_key_id", "slack_token", "webhook_url", "google_api_key"], 1, 3)
    commits = []
    emails = [x for x in T if x == "email"]
    sec = [x for x in T if x != "email"]
    for i in range(R.randint(2, 3)):
        f, l = person()
        if emails:
            emails.pop(); em = email_for(f, l, ch(CDOM)); d.lab("email", em); auth = f"{f} {l} <{em}>"
        else: auth = ch(["github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>", f"Deploy Bot <{role_mail()}>"])
        tag = f"{ch(['web','api','cli'])}@{semver()}"
        lines = [f"commit {sha40()}", f"Author: {auth}", f"Date:   {day()} {hms()} +0000", "", f"    Release {tag}", ""]
        if i == 0 and R.random() < 0.5: lines += [f"    Co-authored-by: {ch(FIRST)} <{ch(['%d+%s@users.noreply.github.com' % (R.randint(10**6,10**8), ascii_(ch(LAST)).lower()), hn_placeholder_mail()])}>", ""]
        fn = ch(["CHANGELOG.md", "package.json", "ops/notify.sh", "ci/deploy.sh"])
        lines += [f"diff --git a/{fn} b/{fn}", f"--- a/{fn}", f"+++ b/{fn}", "@@ -1,3 +1,4 @@", f'-  "version": "{semver()}",', f'+  "version": "{semver()}",']
        if sec and i == 0:
            for t in sec:
                s = S(t); d.add(s, s.ek); lines.append(f"+export {s.ek}='{s.full}'")
        commits.append("\n".join(lines))
    return w_text("\n\n".join(commits) + "\n")

def t_git_blame(d):
    T = d.pick(["email", "generic_secret", "aws_secret_access_key", "aws_access_key_id", "stripe_key", "openai_api_key", "url_credentials", "google_api_key"], 1, 3)
    f, l = person(); lines = []
    who = email_for(f, l, ch(CDOM)) if "email" in T else "not.committed.yet"
    if "email" in T: d.lab("email", who)
    code = [f"import os", f"", f"REGION = '{ch(['eu-west-1','us-east-2'])}'", f"CACHE_KEY_PREFIX = '{rs(8, HEX)}'"]
    for t in [x for x in T if x != "email"]:
        s = S(t); d.add(s, s.ek); code.append(f"{s.ek} = os.getenv('{s.ek}', '{s.full}')")
    if len(code) == 4: code.append(f"API_KEY = os.environ['API_KEY']  # see {hn_refs()}")
    for i, c in enumerate(code, 1):
        em = who if (i > 2 and R.random() < .8) else ch(["49699333+dependabot[bot]@users.noreply.github.com", "not.committed.yet"])
        lines.append(f"{'^' if i == 1 else ''}{rs(8, HEX)} (<{em}> {day()} {hms()} +0100 {i:3d}) {c}")
    return w_text("\n".join(lines))

def t_env_dump(d):
    T = d.pick(ENV_TYPES, 1, 5)
    lines = [f"HOSTNAME={ch(REPOS)}-{rs(10, LO+DG)}-{rs(5, LO+DG)}", "HOME=/root", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
             f"KUBERNETES_SERVICE_HOST=10.{R.randint(0,255)}.0.1", "SHLVL=1", f"LANG={ch(['C.UTF-8','en_US.UTF-8','de_DE.UTF-8'])}"]
    lines += [NOISE_ENV() for _ in range(3)]
    for t in T:
        s = S(t); d.add(s, s.ek); lines.append(f"{s.ek}={s.full}")
    for _ in range(R.randint(1, 3)):
        lines.append(ch([f"GITHUB_TOKEN={hn_mask()}", f"AWS_SECRET_ACCESS_KEY={ch(['', hn_mask()])}", f"DB_PASSWORD_FILE=/run/secrets/db_password",
                         f"SUPPORT_EMAIL={role_mail()}", f"GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json", f"SA_EMAIL={hn_svc_mail()}",
                         f"AWS_ACCESS_KEY_ID={'AKIAIOSFODNN7EXAMPLE'}", f"STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}", f"OTEL_TRACE_ID={rs(32, HEX)}"]))
    R.shuffle(lines)
    return w_text("\n".join(lines) + "\n", 0.5)

def t_pwsh_env(d):
    T = d.pick(ENV_TYPES, 1, 4)
    rows = [("ALLUSERSPROFILE", r"C:\ProgramData"), ("COMPUTERNAME", f"BUILD-{rs(6, UP+DG)}"), ("NUMBER_OF_PROCESSORS", str(ch([4,8,16]))),
            ("PROCESSOR_ARCHITECTURE", "AMD64"), ("USERNAME", ch(["runneradmin", "svc_build"])), ("DOTNET_CLI_TELEMETRY_OPTOUT", "1")]
    for t in T:
        s = S(t); d.add(s, s.ek); rows.append((s.ek, s.full))
    rows.append(ch([("NUGET_API_KEY", hn_refs()), ("AZURE_CLIENT_SECRET", hn_mask()), ("BUILD_SOURCEVERSION", sha40()), ("SYSTEM_ACCESSTOKEN", "********")]))
    rows.sort()
    out = ["", "Name                           Value", "----                           -----"] + [f"{k:<30} {v}" for k, v in rows] + [""]
    return w_text("\r\n".join(out) if R.random() < .5 else "\n".join(out))

def t_docker_inspect(d):
    T = d.pick(ENV_TYPES, 1, 4)
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", f"PYTHON_VERSION=3.{R.randint(9,12)}.{R.randint(0,9)}", NOISE_ENV()]
    for t in T:
        s = S(t); d.add(s, s.ek); env.append(f"{s.ek}={s.full}")
    if not T: env.append(f"DATABASE_URL=postgres://app@db:5432/app")
    env.append(ch([f"POSTGRES_PASSWORD_FILE=/run/secrets/pg", f"GPG_KEY={rs(40, UP[:6]+DG)}", f"SECRET_KEY={hn_refs()}"]))
    img = sha64()
    obj = [{"Id": sha64(), "Created": ts(), "Path": "docker-entrypoint.sh", "Args": ["gunicorn", "app:app"], "State": {"Status": "running", "Pid": R.randint(1000, 60000)},
            "Image": f"sha256:{img}", "Name": f"/{ch(REPOS)}-1", "Config": {"Hostname": rs(12, HEX), "Env": env, "Image": f"ghcr.io/{ch(ORGS)}/{ch(REPOS)}:{semver()}",
            "Labels": {"org.opencontainers.image.revision": sha40(), "org.opencontainers.image.version": semver(), "maintainer": role_mail()}},
            "RepoDigests": [f"ghcr.io/{ch(ORGS)}/{ch(REPOS)}@sha256:{sha64()}"]}]
    return w_obj(obj, 0.6)

def t_kubectl_describe(d):
    T = d.pick(ENV_TYPES, 1, 4)
    app = ch(REPOS)
    env = [f"      {k}:  {v}" for k, v in [("LOG_LEVEL", "info"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317")]]
    for t in T:
        s = S(t); d.add(s, s.ek); env.append(f"      {s.ek}:  {s.full}")
    env.append(f"      {ch(['DB_PASSWORD','STRIPE_SECRET_KEY','API_TOKEN'])}:  <set to the key '{ch(['password','token'])}' in secret '{app}-secrets'>  Optional: false")
    out = [f"Name:             {app}-{rs(10, LO+DG)}-{rs(5, LO+DG)}", f"Namespace:        {ch(['prod','staging','payments'])}", "Priority:         0",
           f"Node:             ip-10-{R.randint(0,255)}-{R.randint(0,255)}-{R.randint(0,255)}.ec2.internal/10.0.{R.randint(0,255)}.{R.randint(0,255)}",
           f"Labels:           app={app}", f"                  pod-template-hash={rs(10, LO+DG)}", "Status:           Running", "Containers:", f"  {app}:",
           f"    Container ID:   containerd://{sha64()}", f"    Image:          {ch(ORGS)}/{app}:{semver()}", f"    Image ID:       docker.io/{ch(ORGS)}/{app}@sha256:{sha64()}",
           "    Port:           8080/TCP", "    State:          Running", "    Environment:"] + env + \
          ["    Mounts:", f"      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rs(5, LO+DG)} (ro)", "Events:          <none>"]
    return w_text("\n".join(out))

def t_kubectl_yaml(d):
    T = d.pick(ENV_TYPES + ["private_key"], 1, 3)
    app = ch(REPOS); data = {"LOG_LEVEL": "info", "REGION": ch(["eu-west-1", "us-east-1"])}
    pk = None
    for t in T:
        s = S(t)
        if t == "private_key": pk = s; d.add(s); continue
        d.add(s, s.ek); data[s.ek] = s.full
    y = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  annotations:",
         f"    kubectl.kubernetes.io/last-applied-configuration: |", "      " + json.dumps({"apiVersion": "v1", "data": data, "kind": "ConfigMap", "metadata": {"name": f"{app}-config"}}, separators=(",", ":")),
         f"  creationTimestamp: \"{ts()}\"", f"  name: {app}-config", f"  namespace: {ch(['prod','default'])}", f"  resourceVersion: \"{R.randint(10**5, 10**8)}\"",
         f"  uid: {uuid4()}", "data:"] + [f"  {k}: \"{v}\"" for k, v in data.items()]
    if pk: y += ["  signing.pem: |"] + ["    " + ln for ln in pk.v.split("\n")]
    y += ["---", "apiVersion: v1", "kind: Secret", "metadata:", f"  name: {app}-tls", "type: kubernetes.io/tls", "data:",
          f"  tls.crt: {base64.b64encode(rb(90)).decode()}", "  tls.key: " + ch(["\"\"", hn_mask(), hn_refs()])]
    if pk:  # indented block: label is the block as it appears (lines are indented), so fall back to unindented value check
        # the block appears indented in YAML; label the indented form exactly
        for lb in d.labels:
            if lb[0] == "private_key": lb[1] = pk.v.replace("\n", "\n    ")
    return w_text("\n".join(y) + "\n")

def t_helm_values(d):
    T = d.pick(SECRETS + ["email"], 1, 4)
    y = ["USER-SUPPLIED VALUES:", "image:", f"  repository: ghcr.io/{ch(ORGS)}/{ch(REPOS)}", f"  tag: {semver()}", f"  digest: sha256:{sha64()}", "replicaCount: 3", "env:"]
    for t in T:
        s = S(t); d.add(s, s.fk); y.append(f"  {s.fk}: {s.full if R.random() < .5 else json.dumps(s.full)}")
    y += ["  existingSecret: " + ch([f"{ch(REPOS)}-creds", hn_refs()]), f"  notifyEmail: {role_mail()}", "ingress:", "  enabled: true",
          f"  hosts: [\"{ch(REPOS)}.{cdom()}\"]", "podAnnotations:", f"  checksum/config: {sha64()}"]
    return w_text("\n".join(y) + "\n")

def t_tf_plan(d):
    T = d.pick(ENV_TYPES, 1, 3)
    fn = ch(REPOS)
    out = ["Terraform used the selected providers to generate the following execution plan. Resource actions are", "indicated with the following symbols:",
           "  + create", "  ~ update in-place", "", "Terraform will perform the following actions:", "",
           f"  # aws_db_instance.{fn.replace('-','_')} will be updated in-place", f"  ~ resource \"aws_db_instance\" \"{fn.replace('-','_')}\" {{",
           f"        id       = \"db-{rs(26, UP+DG)}\"", "      ~ password = (sensitive value)", "        # (41 unchanged attributes hidden)", "    }", "",
           f"  # aws_lambda_function.{fn.replace('-','_')} will be created", f"  + resource \"aws_lambda_function\" \"{fn.replace('-','_')}\" {{",
           f"      + arn              = (known after apply)", f"      + source_code_hash = \"{base64.b64encode(rb(32)).decode()}\"", "      + environment {", "          + variables = {"]
    for t in T:
        s = S(t); d.add(s, s.ek); out.append(f"              + \"{s.ek}\" = \"{s.full}\"")
    out.append(f"              + \"LOG_LEVEL\" = \"info\"")
    out.append(f"              + \"SECRET_ARN\" = \"{hn_refs()}\"")
    out += ["            }", "        }", "    }", "", f"Plan: 1 to add, 1 to change, 0 to destroy."]
    return w_text("\n".join(out))

def t_tf_state(d):
    T = d.pick(SECRETS + ["private_key"], 1, 3)
    attrs = {"id": f"{ch(REPOS)}-{rs(8, LO+DG)}", "arn": f"arn:aws:iam::{rs(12, DG)}:user/{ch(REPOS)}-ci", "tags": {"owner": role_mail()}, "create_date": ts()}
    for t in T:
        s = S(t); k = {"aws_access_key_id": "id", "aws_secret_access_key": "secret", "private_key": "private_key_pem"}.get(t, s.fk)
        if k in attrs: k = s.fk
        attrs[k] = s.full; d.add(s, k)
    if not T: attrs.update({"secret": None, "ses_smtp_password_v4": None, "encrypted_secret": base64.b64encode(rb(120)).decode(), "key_fingerprint": ":".join(rs(2, HEX) for _ in range(16))})
    obj = {"version": 4, "terraform_version": f"1.{R.randint(3,9)}.{R.randint(0,5)}", "serial": R.randint(1, 400), "lineage": uuid4(), "outputs": {},
           "resources": [{"mode": "managed", "type": ch(["aws_iam_access_key", "tls_private_key", "random_password"]), "name": "ci",
                          "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]", "instances": [{"schema_version": 0, "attributes": attrs, "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]}]}
    return w_obj(obj)

def t_curl_verbose(d):
    T = d.pick(["jwt", "github_token", "openai_api_key", "anthropic_api_key", "stripe_key", "slack_token", "generic_secret", "gitlab_token", "url_credentials", "google_api_key"], 1, 2)
    host = ch([f"api.{cdom()}", "api.github.com", "api.openai.com", "api.anthropic.com", "api.stripe.com", "slack.com"])
    path = f"/v1/{ch(['orders','charges','messages','user','repos/' + ch(ORGS) + '/' + ch(REPOS)])}"
    req = [f"> GET {path} HTTP/2", f"> Host: {host}", f"> user-agent: curl/8.{R.randint(0,9)}.{R.randint(0,2)}", "> accept: */*"]
    first = f"curl -v https://{host}{path}"
    for t in T:
        s = S(t)
        if t == "url_credentials":
            first = f"curl -v '{s.full}'"; d.add(s); continue
        if t == "generic_secret":
            hk = ch(["x-api-key", "Cookie", "X-Auth-Token"]); val = s.v if hk != "Cookie" else s.v
            req.append(f"> {hk}: " + (f"session={s.v}; theme=dark" if hk == "Cookie" else s.v)); d.add(s, hk, [f"session={s.v}"]); continue
        if t == "google_api_key": path += f"?key={s.v}"; req[0] = f"> GET {path} HTTP/2"; d.add(s, extra=[f"key={s.v}"]); continue
        hdr = ch(["Authorization: Bearer ", "authorization: Bearer "]) if t != "anthropic_api_key" else "x-api-key: "
        req.append(f"> {hdr}{s.v}"); d.add(s)
    if not T: req.append(f"> authorization: Bearer {hn_refs()}" if R.random() < .5 else f"> x-request-id: {uuid4()}")
    ip = f"{R.randint(3,200)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"
    out = [f"$ {first}", f"*   Trying {ip}:443...", f"* Connected to {host} ({ip}) port 443", "* ALPN: server accepted h2",
           f"* Server certificate:", f"*  subject: CN={host}", f"*  expire date: {day()}", "* using HTTP/2"] + req + [">",
           f"< HTTP/2 {ch([200, 401, 403, 429])}", "< content-type: application/json", f"< x-request-id: req_{rs(24)}", f"< cf-ray: {rs(16, HEX)}-FRA",
           f"< set-cookie: __cf_bm={rs(43, B64URL)}; path=/; expires={day()}; HttpOnly" if R.random() < .5 else f"< etag: W/\"{rs(16,HEX)}\"", "<",
           json.dumps({"id": f"{ch(['ch','msg','ord'])}_{rs(24)}", "object": "list", "has_more": False})]
    return w_text(crlf("\n".join(out)) if R.random() < .4 else "\n".join(out))

def t_http_dump(d):
    T = d.pick(["generic_secret", "jwt", "email", "phone_number", "payment_card", "stripe_key", "us_ssn"], 1, 3)
    host = f"{ch(['shop','app','portal'])}.{cdom()}"
    hdr = [f"POST /api/{ch(['checkout','signup','profile'])} HTTP/1.1", f"Host: {host}", "Content-Type: application/json", f"X-Request-ID: {uuid4()}"]
    body = {"client_ref": ulid(), "locale": ch(["en-US", "de-DE", "fr-FR"])}
    basic = None
    for t in T:
        s = S(t)
        if t == "generic_secret":
            if R.random() < .5:
                u = ch(USERS); basic = base64.b64encode(f"{u}:{gen_pw()}".encode()).decode(); hdr.append(f"Authorization: Basic {basic}")
                d.lab("generic_secret", basic, [f"Basic {basic}", f"Authorization: Basic {basic}"])
            else: hdr.append(f"Cookie: sid={s.v}; _ga=GA1.2.{R.randint(10**8,10**9)}.{R.randint(10**9,2*10**9)}"); d.add(s, "sid", [f"sid={s.v}"])
        elif t in ("jwt", "stripe_key"): hdr.append(f"Authorization: Bearer {s.v}"); d.add(s)
        else:
            body[{"email": "email", "phone_number": "phone", "payment_card": "card_number", "us_ssn": "ssn"}[t]] = s.v; d.add(s)
    if not T: body.update({"email": hn_placeholder_mail(), "card_last4": rs(4, DG), "promo": f"ORDER-{order_number()}"})
    b = json.dumps(body)
    resp = ["", "HTTP/1.1 " + ch(["201 Created", "400 Bad Request", "200 OK"]), "Content-Type: application/json",
            f"Set-Cookie: csrftoken={rs(32, ALNUM)}; Path=/; SameSite=Lax", f"X-Trace-Id: {rs(32, HEX)}", "", json.dumps({"ok": True, "trace": rs(16, HEX)})]
    # csrftoken is a generic anti-CSRF nonce sent to the client: not labelled
    text = "\n".join(hdr + [f"Content-Length: {len(b)}", "", b] + resp)
    return w_text(crlf(text))

def t_devtools_fetch(d):
    T = d.pick(["jwt", "generic_secret", "email", "phone_number", "google_api_key", "payment_card", "iban", "openai_api_key"], 1, 3)
    url = f"https://{ch(['app','console','dashboard'])}.{cdom()}/graphql"
    headers = {"accept": "*/*", "accept-language": "en-US,en;q=0.9", "content-type": "application/json", "sec-fetch-mode": "cors", "x-client-version": semver()}
    variables = {"id": uuid4()}
    for t in T:
        s = S(t)
        if t in ("jwt", "openai_api_key"):
            if "authorization" in headers: headers["x-api-key"] = s.v
            else: headers["authorization"] = f"Bearer {s.v}"
            d.add(s)
        elif t == "generic_secret": headers["cookie"] = f"_session_id={s.v}; locale=en"; d.add(s, "_session_id", [f"_session_id={s.v}"])
        elif t == "google_api_key": url += f"?key={s.v}"; d.add(s, extra=[f"key={s.v}"])
        else: variables[{"email": "email", "phone_number": "phone", "payment_card": "pan", "iban": "iban"}[t]] = s.v; d.add(s)
    if not T: variables["email"] = hn_placeholder_mail(); headers["x-csrf-token"] = rs(43, B64URL)
    body = json.dumps({"operationName": "UpdateProfile", "variables": variables, "query": "mutation UpdateProfile($id: ID!) { updateProfile(id: $id) { id } }"})
    text = f'fetch("{url}", {{\n  "headers": {json.dumps(headers, indent=4)[:-1]}  }},\n  "referrer": "https://{cdom()}/settings",\n  "body": {json.dumps(body)},\n  "method": "POST",\n  "mode": "cors",\n  "credentials": "include"\n}});'
    return w_text(text)

def t_devtools_curl(d):
    T = d.pick(["jwt", "generic_secret", "email", "github_token", "slack_token", "stripe_key", "us_ssn", "phone_number"], 1, 3)
    url = f"https://{ch(['api','internal'])}.{cdom()}/v2/{ch(['customers','tickets','exports'])}"
    hs = ["-H 'accept: application/json'", f"-H 'x-request-id: {uuid4()}'", "-H 'sec-ch-ua-platform: \"macOS\"'"]
    data = {"page": R.randint(1, 9)}
    for t in T:
        s = S(t)
        if t in ("jwt", "github_token", "slack_token", "stripe_key"): hs.append(f"-H 'authorization: Bearer {s.v}'"); d.add(s)
        elif t == "generic_secret": hs.append(f"-b 'connect.sid={s.v}; _gid=GA1.2.{R.randint(10**8,10**9)}'"); d.add(s, "connect.sid", [f"connect.sid={s.v}"])
        else: data[{"email": "email", "us_ssn": "ssn", "phone_number": "phone"}[t]] = s.v; d.add(s)
    if not T: hs.append(f"-H 'if-none-match: W/\"{rs(27, B64URL)}\"'"); data["q"] = hn_placeholder_mail()
    text = f"curl '{url}' \\\n  " + " \\\n  ".join(hs) + f" \\\n  --data-raw '{json.dumps(data)}' \\\n  --compressed"
    return w_text(text)

def t_sql_dump(d):
    T = d.pick(PII + ["generic_secret"], 2, 5)
    cols = ["id", "full_name", "created_at"]; rows = []
    for _ in range(R.randint(2, 4)):
        f, l = person(); rows.append([str(R.randint(1, 90000)), f"'{f} {l}'", f"'{day()} {hms()}'"])
    extra = []
    for t in T:
        s = S(t); c = {"email": "email", "phone_number": "phone", "us_ssn": "ssn", "payment_card": "card_number", "iban": "iban", "generic_secret": "api_key"}[t]
        extra.append((c, s)); d.add(s, c)
    cols += [c for c, _ in extra] + ["password_hash"]
    for i, r in enumerate(rows):
        for c, s in extra:
            r.append(f"'{s.v}'" if i == 0 else ("NULL" if c != "email" else f"'{role_mail()}'"))
        r.append(f"'$2b$12${rs(53, ALNUM + './')}'")
    if not T: cols.append("note"); [r.append(f"'vat DE{rs(9, DG)}, order {order_number()}'") for r in rows]
    out = [f"-- MySQL dump 10.13  Distrib 8.0.{R.randint(30,39)}", f"-- Host: db.internal    Database: {ch(['crm','shop','billing'])}", "-- ------------------------------------------------------",
           "/*!40101 SET NAMES utf8mb4 */;", "", "LOCK TABLES `customers` WRITE;", f"INSERT INTO `customers` ({', '.join('`'+c+'`' for c in cols)}) VALUES " +
           ",".join("(" + ",".join(r) + ")" for r in rows) + ";", "UNLOCK TABLES;"]
    return w_text("\n".join(out))

def t_psql_result(d):
    T = d.pick(PII + ["generic_secret", "stripe_key", "slack_token"], 1, 4)
    cols = ["id", "name"]; vals = [str(R.randint(100, 99999)), " ".join(person())]
    for t in T:
        s = S(t); c = {"email": "email", "phone_number": "phone", "us_ssn": "ssn", "payment_card": "pan", "iban": "iban", "generic_secret": "api_secret",
                       "stripe_key": "stripe_key", "slack_token": "bot_token"}[t]; cols.append(c); vals.append(s.v); d.add(s, c)
    cols += ["external_ref", "updated_at"]; vals += [ch([uuid4(), f"ord_{order_number()}"]), f"{day()} {hms()}+00"]
    if not T: cols.append("contact"); vals.append(ch([role_mail(), FICT_PHONES()]))
    w = [max(len(c), len(v)) for c, v in zip(cols, vals)]
    out = [f"{ch(['app','analytics'])}=> SELECT {', '.join(cols)} FROM {ch(['customers','accounts','payees'])} WHERE id = {vals[0]};",
           " " + " | ".join(c.ljust(x) for c, x in zip(cols, w)), "-" + "-+-".join("-" * x for x in w) + "-", " " + " | ".join(v.ljust(x) for v, x in zip(vals, w)), "(1 row)", ""]
    return w_text("\n".join(out))

def t_graphql(d):
    T = d.pick(PII, 1, 4)
    nodes = []
    for i in range(R.randint(1, 3)):
        f, l = person(); n = {"__typename": "Customer", "id": b64u(f"Customer:{R.randint(1000,99999)}".encode()), "name": f"{f} {l}", "createdAt": ts()}
        if i == 0:
            for t in T:
                s = S(t); n[{"email": "email", "phone_number": "phone", "us_ssn": "taxpayerSsn", "payment_card": "cardNumber", "iban": "payoutIban"}[t]] = s.v; d.add(s)
        else: n["email"] = None; n["phoneMasked"] = f"+1 ***-***-{rs(4, DG)}"
        nodes.append(n)
    obj = {"data": {"customers": {"edges": [{"cursor": b64u(json.dumps({"o": i}).encode()), "node": n} for i, n in enumerate(nodes)],
                                  "pageInfo": {"hasNextPage": ch([True, False]), "endCursor": b64u(rb(12))}}},
           "extensions": {"tracing": {"version": 1, "startTime": ts()}, "requestId": uuid4(), "cost": {"requestedQueryCost": R.randint(5, 90)}}}
    return w_obj(obj)

def t_gha_log(d):
    T = d.pick(SECRETS, 1, 3)
    lines = [f"{day()}T{hms()}.{rs(7, DG)}Z ##[group]Run actions/checkout@v4", f"{day()}T{hms()}.{rs(7, DG)}Z with:",
             f"{day()}T{hms()}.{rs(7, DG)}Z   repository: {ch(ORGS)}/{ch(REPOS)}", f"{day()}T{hms()}.{rs(7, DG)}Z   token: ***", f"{day()}T{hms()}.{rs(7, DG)}Z ##[endgroup]",
             f"{day()}T{hms()}.{rs(7, DG)}Z HEAD is now at {rs(7, HEX)} Merge pull request #{R.randint(10,999)}", f"{day()}T{hms()}.{rs(7, DG)}Z ##[group]Run ./scripts/deploy.sh",
             f"{day()}T{hms()}.{rs(7, DG)}Z env:", f"{day()}T{hms()}.{rs(7, DG)}Z   NPM_TOKEN: ***", f"{day()}T{hms()}.{rs(7, DG)}Z   AWS_SECRET_ACCESS_KEY: ***"]
    for t in T:
        s = S(t)
        lines.append(f"{day()}T{hms()}.{rs(7, DG)}Z " + ch([f"+ echo \"debug: {s.ek}={s.full}\"", f"debug: {s.ek}={s.full}", f"+ export {s.ek}={s.full}"])); d.add(s, s.ek)
    lines += [f"{day()}T{hms()}.{rs(7, DG)}Z Pushed sha256:{sha64()}", f"{day()}T{hms()}.{rs(7, DG)}Z digest: sha256:{sha64()} size: {R.randint(900, 5000)}",
              f"{day()}T{hms()}.{rs(7, DG)}Z ##[endgroup]", f"{day()}T{hms()}.{rs(7, DG)}Z Post job cleanup."]
    return w_text("\n".join(lines))

def t_gitlab_ci_log(d):
    T = d.pick(["gitlab_token", "gitlab_token", "url_credentials", "generic_secret", "aws_access_key_id", "aws_secret_access_key", "webhook_url", "github_token"], 1, 3)
    out = [f"Running with gitlab-runner 16.{R.randint(0,11)}.{R.randint(0,3)} ({rs(8, HEX)})", f"  on {ch(ORGS)}-runner-{R.randint(1,9)} {rs(8, B64URL)}, system ID: s_{rs(12, HEX)}",
           "Preparing the \"docker\" executor", f"Using docker image sha256:{sha64()} for node:20-alpine with digest node@sha256:{sha64()} ...",
           "Getting source from Git repository", f"Fetching changes with git depth set to 20...", f"Checking out {rs(8, HEX)} as detached HEAD (ref is main)...",
           "$ npm ci", f"added {R.randint(300,1500)} packages in {R.randint(5,60)}s"]
    for t in T:
        s = S(t)
        if t == "gitlab_token" and R.random() < .5:
            url = f"https://oauth2:{s.v}@gitlab.com/{ch(ORGS)}/{ch(REPOS)}.git"; out.append(f"$ git push {url} HEAD:refs/heads/release"); d.add(s, extra=[f"oauth2:{s.v}", url])
        elif t == "url_credentials": out.append(f"$ psql \"{s.full}\" -c 'select 1'"); d.add(s)
        else: out.append(f"$ echo \"{s.ek}=${s.ek}\" && echo {s.ek}={s.full}"); d.add(s, s.ek)
    out += [f"$ echo $CI_JOB_TOKEN", "[MASKED]", f"$ curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" --upload-file dist.tgz \"${{CI_API_V4_URL}}/projects/{R.randint(100,99999)}/packages/generic/app/{semver()}/dist.tgz\"",
            "Cleaning up project directory and file based variables", "Job succeeded"]
    return w_text("\n".join(out))

def t_jupyter(d):
    T = d.pick(SECRETS + ["email"], 1, 3)
    src1 = ["import os, json\n", "cfg = {k: v for k, v in os.environ.items() if k.isupper()}\n", "print(json.dumps(cfg))"]
    cfg = {"MLFLOW_TRACKING_URI": f"https://mlflow.{cdom()}", "RUN_ID": rs(32, HEX)}
    for t in T:
        s = S(t); cfg[s.ek] = s.full; d.add(s, s.ek)
    if not T: cfg["WANDB_API_KEY"] = hn_mask(); cfg["HF_HOME"] = "/data/hf"
    nb = {"cells": [{"cell_type": "code", "execution_count": R.randint(1, 40), "id": rs(8, HEX), "metadata": {}, "source": src1,
                     "outputs": [{"name": "stdout", "output_type": "stream", "text": [json.dumps(cfg) + "\n"]}]},
                    {"cell_type": "code", "execution_count": None, "id": rs(8, HEX), "metadata": {}, "source": ["df.head()"],
                     "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(rb(120)).decode()}, "metadata": {}}]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "raw-result", {"content": [{"type": "text", "text": json.dumps(nb, indent=1, ensure_ascii=False)}], "isError": False}

def t_repl(d):
    T = d.pick(SECRETS + PII, 1, 3)
    node = R.random() < .4
    out = [f"Python 3.{R.randint(9,12)}.{R.randint(0,9)} (main) [GCC 12.2.0] on linux"] if not node else [f"Welcome to Node.js v{R.randint(18,22)}.{R.randint(0,12)}.0."]
    p = "> " if node else ">>> "
    out += [p + ("const cfg = require('./config')" if node else "from app.config import settings"), p + ("cfg" if node else "settings.dict()")]
    items = {"env": "production", "region": ch(["eu-west-1", "us-east-1"]), "build": sha40()[:12]}
    for t in T:
        s = S(t); k = s.fk; items[k] = s.full; d.add(s, k)
    if not T: items["apiKey"] = ch([hn_example(), hn_mask(), hn_refs()]); items["contact"] = ch([role_mail(), hn_placeholder_mail()])
    if node: out.append("{\n" + ",\n".join(f"  {k}: '{v}'" for k, v in items.items()) + "\n}")
    else: out.append("{" + ", ".join(f"'{k}': '{v}'" for k, v in items.items()) + "}")
    out.append(p + ("process.exit()" if node else "exit()"))
    return w_text("\n".join(out))

MEM_HDR = {"en": ("## Notes for the agent", "Password", "Phone", "Email"), "de": ("## Notizen für den Agenten", "Passwort", "Telefon", "E-Mail"),
           "fr": ("## Notes pour l’agent", "Mot de passe", "Téléphone", "Courriel"), "es": ("## Notas para el agente", "Contraseña", "Teléfono", "Correo"),
           "ja": ("## エージェント用メモ", "パスワード", "電話", "メール")}
def t_agent_memory(d):
    T = d.pick(PII + SECRETS, 1, 4)
    lang = ch(list(MEM_HDR)); h, pw, tel, mail = MEM_HDR[lang]
    out = ["# MEMORY.md", f"_last updated {day()} by session {ulid()}_", "", h, f"- User prefers {ch(['pnpm','poetry','uv','yarn'])} and {ch(['tabs','4 spaces'])}.",
           f"- Repo: `{ch(ORGS)}/{ch(REPOS)}`, default branch `main`, last green build `{rs(7, HEX)}`.", f"- Escalations go to {role_mail()} (not a person)."]
    colon = ch([": ", "：", ":\u00a0", " — "])
    for t in T:
        s = S(t)
        if t == "email": out.append(f"- {mail}{colon}“{s.v}”"); d.add(s)
        elif t == "phone_number": out.append(f"- {tel}{colon}{s.v}"); d.add(s)
        elif t == "generic_secret": out.append(f"- Staging admin {pw}{colon}`{s.v}` (user `{ch(USERS)}`)"); d.add(s, pw, [f"{pw}{colon}`{s.v}`"])
        elif t in ("us_ssn", "payment_card", "iban"):
            lbl = {"us_ssn": "SSN", "payment_card": ch(["card", "Karte", "carte"]), "iban": "IBAN"}[t]; out.append(f"- Customer {lbl}{colon}{s.v}"); d.add(s)
        else: out.append(f"- {s.ek} for local testing{colon}`{s.full}`"); d.add(s, s.ek)
    out += ["", "## Don’t", f"- Don’t paste real keys; use `{hn_refs()}` in configs.", f"- Example sender in docs: `{hn_placeholder_mail()}`; test card `4242 4242 4242 4242`."]
    return w_text("\n".join(out))

CHAT_LINES = {"en": ["here's the key, it's only valid till Friday", "can you try with this?", "pasting it here for now, will rotate", "this one worked for me"],
              "de": ["hier der Schlüssel, nur bis Freitag gültig", "probier mal damit", "ich rotiere ihn danach"],
              "fr": ["voici la clé, valable jusqu’à vendredi", "essaie avec ça", "je la change après"],
              "es": ["aquí está la clave, válida hasta el viernes", "prueba con esto"], "pt": ["segue a chave, vale até sexta", "tenta com isso"]}
def t_chat(d):
    T = d.pick(SECRETS + PII + ["private_key"], 1, 3)
    lang = ch(list(CHAT_LINES)); msgs = []; users = [f"U{rs(10, UP+DG)}" for _ in range(3)]
    t0 = R.randint(1700000000, 1730000000)
    msgs.append({"user": users[0], "ts": f"{t0}.{rs(6, DG)}", "text": ch(["anyone have creds for the staging box?", "deploy is failing on auth again", "wer hat Zugriff auf staging?"])})
    for t in T:
        s = S(t); t0 += R.randint(20, 900)
        txt = f"{ch(CHAT_LINES[lang])}: {ch(['`', '```', ''])}{s.full}{ch(['`', '```', ''])}" if t != "private_key" else f"{ch(CHAT_LINES[lang])}\n```\n{s.v}\n```"
        if t in ("email", "phone_number", "us_ssn", "payment_card", "iban"): txt = ch(["customer called, details:", "Kunde:", "client :"]) + f" {s.v}"
        msgs.append({"user": ch(users[1:]), "ts": f"{t0}.{rs(6, DG)}", "text": txt, "client_msg_id": uuid4()}); d.add(s)
    msgs.append({"user": users[0], "ts": f"{t0 + 60}.{rs(6, DG)}", "text": ch(["thanks! :pray:", "merci", "danke", f"fixed in {rs(7, HEX)}", f"ping {role_mail()} if it breaks"])})
    if not T: msgs.insert(1, {"user": users[1], "ts": f"{t0+30}.{rs(6, DG)}", "text": f"it's in 1Password: {hn_refs()} — don't paste it here"})
    return w_obj({"ok": True, "channel": f"C{rs(10, UP+DG)}", "messages": msgs, "has_more": False, "response_metadata": {"next_cursor": ""}})

def t_issue(d):
    T = d.pick(SECRETS + PII + ["private_key"], 1, 3)
    body = [f"### Steps to reproduce", "1. run `make dev`", "2. open /checkout", "", "### Config", "```yaml"]
    pk = None
    for t in T:
        s = S(t)
        if t == "private_key": pk = s; d.add(s); continue
        body.append(f"{s.fk}: {s.full}"); d.add(s, s.fk)
    if not T: body += [f"api_key: {ch(['<your key>', hn_example(), hn_refs()])}", f"contact: {hn_placeholder_mail()}"]
    body += ["```", "", "### Logs", "```", f"Error: request failed (trace {rs(32, HEX)}) at {ts()}", "```"]
    if pk: body += ["", "key I used:", "```", pk.v, "```"]
    f, l = person()
    obj = {"url": f"https://api.github.com/repos/{ch(ORGS)}/{ch(REPOS)}/issues/{R.randint(10,4000)}", "number": R.randint(10, 4000), "state": "open",
           "title": ch(["Checkout fails with 401 after upgrade", "Webhook handler crashes on retry", "Login loop on Safari"]),
           "user": {"login": ascii_(f).lower() + rs(3, DG), "id": R.randint(10**5, 10**8), "node_id": "MDQ6VXNlcj" + rs(8, B64URL)},
           "labels": [{"name": "bug"}], "body": "\n".join(body), "created_at": ts(), "reactions": {"+1": R.randint(0, 9)}, "author_association": "NONE"}
    return w_obj(obj)

def t_package_config(d):
    kind = ch(["npmrc", "pypirc", "pipconf", "maven", "dockercfg", "gradle"])
    T = d.pick(["generic_secret", "url_credentials", "github_token", "gitlab_token"] if kind in ("npmrc", "pipconf", "maven", "gradle") else ["generic_secret"], 1, 2)
    if kind == "npmrc":
        lines = [f"@{ch(ORGS)}:registry=https://npm.pkg.github.com", "always-auth=true", f"init-author-email={role_mail()}"]
        for t in T:
            s = S(t)
            if t == "url_credentials": lines.append(f"registry={s.full}"); d.add(s)
            elif t == "generic_secret": v = "npm_" + rs(36); lines.append(f"//registry.npmjs.org/:_authToken={v}"); d.lab(t, v, [f"_authToken={v}", f"//registry.npmjs.org/:_authToken={v}"])
            else: lines.append(f"//{'npm.pkg.github.com' if t == 'github_token' else 'gitlab.com/api/v4/packages/npm'}/:_authToken={s.v}"); d.add(s, extra=[f"_authToken={s.v}"])
        if not T: lines.append("//registry.npmjs.org/:_authToken=${NPM_TOKEN}")
        name = ".npmrc"
    elif kind == "pypirc":
        lines = ["[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__"]
        if T: v = "pypi-AgEIcHlwaS5vcmc" + rs(R.randint(120, 160), B64URL); lines.append(f"password = {v}"); d.lab("generic_secret", v, [f"password = {v}"])
        else: lines.append("password = <paste token from 1Password>")
        lines += ["", "[internal]", f"repository = https://pypi.{cdom()}/simple", "username = ci"] + ([f"password = {hn_refs()}"])
        name = ".pypirc"
    elif kind == "pipconf":
        lines = ["[global]", "timeout = 60"]
        for t in T:
            s = S(t)
            if t == "url_credentials": lines.append(f"index-url = {s.full}"); d.add(s)
            elif t == "generic_secret": lines.append(f"client-cert-password = {s.v}"); d.add(s, "client-cert-password")
            else:
                url = f"https://{'x-access-token' if t == 'github_token' else 'gitlab-ci-token'}:{s.v}@{'github.com' if t == 'github_token' else 'gitlab.com'}/{ch(ORGS)}/wheels/raw/main/simple/"
                lines.append(f"extra-index-url = {url}"); d.add(s, extra=[url, url.split('//')[1].split('@')[0]])
        if not T: lines.append(f"index-url = https://pypi.{cdom()}/simple/")
        name = "pip.conf"
    elif kind == "maven":
        lines = ["<settings>", "  <servers>", "    <server>", f"      <id>{ch(ORGS)}-releases</id>", f"      <username>{ch(USERS)}</username>"]
        if T:
            s = S(T[0]); v = s.v if T[0] != "url_credentials" else s.v; lines.append(f"      <password>{v}</password>"); d.lab(T[0] if T[0] not in ("url_credentials",) else "generic_secret", v, [f"<password>{v}</password>"])
        else: lines.append("      <password>${env.MAVEN_PASSWORD}</password>")
        lines += ["    </server>", "  </servers>", "</settings>"]; name = "settings.xml"
    elif kind == "gradle":
        lines = ["org.gradle.jvmargs=-Xmx2g", f"version={semver()}"]
        for t in T:
            s = S(t); k = ch(["ossrhPassword", "signing.password", "artifactoryApiKey"]) if t in ("generic_secret", "url_credentials") else "gpr.key"
            if t == "url_credentials": lines.append(f"repoUrl={s.full}"); d.add(s)
            else: lines.append(f"{k}={s.v}"); d.lab(t, s.v, [f"{k}={s.v}"])
        if not T: lines.append(f"signing.keyId={rs(8, UP[:6]+DG)}")
        name = "gradle.properties"
    else:
        auths = {"ghcr.io": {}, "https://index.docker.io/v1/": {}}
        if T:
            u = ch(USERS); a = base64.b64encode(f"{u}:{gen_pw()}".encode()).decode(); auths["https://index.docker.io/v1/"] = {"auth": a}; d.lab("generic_secret", a, [f'"auth": "{a}"'])
        lines = [json.dumps({"auths": auths, "credsStore": "desktop", "currentContext": "default"}, indent="\t")]; name = ".docker/config.json"
    return w_obj({"path": f"/home/{ch(USERS)}/{name}", "size": sum(len(x) + 1 for x in lines), "sha256": sha64(), "content": "\n".join(lines) + "\n"}, 0.5)

def t_crash_report(d):
    T = d.pick(PII + ["jwt", "generic_secret", "stripe_key", "url_credentials", "private_key"], 1, 4)
    headers = [["Accept", "application/json"], ["User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15"], ["X-Request-Id", uuid4()]]
    data, extra = {"quantity": R.randint(1, 5)}, {}
    for t in T:
        s = S(t)
        if t == "jwt": headers.append(["Authorization", f"Bearer {s.v}"]); d.add(s)
        elif t == "generic_secret": headers.append(["Cookie", f"sessionid={s.v}"]); d.add(s, "sessionid", [f"sessionid={s.v}"])
        elif t == "stripe_key": extra["stripe_api_key"] = s.v; d.add(s)
        elif t == "url_credentials": extra["db_url"] = s.full; d.add(s)
        elif t == "private_key": extra["SAML_SP_PRIVATE_KEY"] = s.v; d.add(s)
        else: data[{"email": "email", "phone_number": "phone", "us_ssn": "ssn", "payment_card": "card_number", "iban": "iban"}[t]] = s.v; d.add(s)
    if not T: headers.append(["Cookie", "[Filtered]"]); data["card_number"] = "[Filtered]"
    ev = {"event_id": rs(32, HEX), "timestamp": ts(), "platform": "python", "level": "error", "release": f"{ch(REPOS)}@{semver()}",
          "exception": {"values": [{"type": ch(["KeyError", "ValueError", "IntegrityError"]), "value": ch(["'currency'", "invalid literal for int()", "duplicate key value violates unique constraint"]),
                                    "stacktrace": {"frames": [{"filename": "app/views.py", "function": "checkout", "lineno": R.randint(10, 400),
                                                               "vars": {"request": "<WSGIRequest: POST '/checkout'>", "settings_snapshot": extra or {"DEBUG": False}}}]}}]},
          "request": {"url": f"https://shop.{cdom()}/checkout", "method": "POST", "headers": headers, "data": data},
          "contexts": {"trace": {"trace_id": rs(32, HEX), "span_id": rs(16, HEX)}}, "sdk": {"name": "sentry.python", "version": semver()}}
    return w_obj(ev)

def t_search_results(d):
    T = d.pick(SECRETS + PII + ["private_key"], 1, 3)
    res = []
    for i in range(R.randint(3, 5)):
        res.append({"title": ch(["How to rotate API keys", "Configuring webhooks", "Troubleshooting 401 errors", "Environment variables reference"]),
                    "url": f"https://{ch(['docs','blog','community'])}.{cdom()}/{rs(8, LO)}/{rs(6, LO+DG)}",
                    "snippet": ch([f"Set OPENAI_API_KEY to your key, e.g. sk-... then run the CLI.", f"Use {hn_placeholder_mail()} as the sender address while testing.",
                                   f"The request id (e.g. {uuid4()}) helps support trace failures.", f"Use test card 4242 4242 4242 4242 with any CVC.",
                                   f"Example: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", f"Call us toll-free at 1-800-{R.randint(200,999)}-{rs(4, DG)}."])})
    free = list(range(len(res))); R.shuffle(free)
    for t in T:
        s = S(t); i = free.pop()
        if t == "private_key": res[i]["snippet"] += f" … id_rsa contents:\n{s.v}\n…"; d.add(s); continue
        res[i] = {"title": ch(["config.env · paste", "leaked-config.txt", "Untitled paste", "debug log"]), "url": f"https://paste.{cdom()}/{rs(8, ALNUM)}",
                  "snippet": f"… {s.ek}={s.full} …" if t not in PII else f"… contact {s.v} …"}
        d.add(s, s.ek)
    return w_obj({"query": ch(["api key rotation", "webhook 401", "config.env"]), "results": res, "took_ms": R.randint(40, 900)})

def t_file_listing(d):
    T = d.pick(SECRETS + ["private_key", "email"], 1, 3)
    files = [(".env", R.randint(200, 900)), ("README.md", R.randint(800, 9000)), ("docker-compose.yml", R.randint(300, 2000)), (".git-credentials", R.randint(40, 200)), ("id_deploy", R.randint(400, 3000))]
    listing = "total 48\n" + "\n".join(f"-rw-{ch(['r--r--','-------'])} 1 {ch(USERS)} staff {sz:5d} {ch(['Jan','Feb','Mar'])} {R.randint(1,28):2d} {hms()[:5]} {fn}" for fn, sz in files)
    target = ch([".env", ".git-credentials", "id_deploy", "docker-compose.yml"])
    body = []
    for t in T:
        s = S(t)
        if t == "private_key": target = "id_deploy"; body.append(s.v); d.add(s)
        elif t in ("github_token", "gitlab_token") and R.random() < .6:
            host = "github.com" if t == "github_token" else "gitlab.com"; u = ascii_(ch(FIRST)).lower(); url = f"https://{u}:{s.v}@{host}"
            body.append(url); d.add(s, extra=[f"{u}:{s.v}", url])
        else: body.append(f"{s.ek}={s.full}"); d.add(s, s.ek)
    if not T: target = ch(["id_deploy.pub", "docker-compose.yml"]); body = [hn_pubkey() if target.endswith(".pub") else f"services:\n  db:\n    image: postgres@sha256:{sha64()}\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg"]
    return "raw-result", {"content": [{"type": "text", "text": f"$ ls -la ~/project\n{listing}"}, {"type": "text", "text": f"$ cat {target}\n" + "\n".join(body) + "\n"}], "isError": False}

def t_grep_rn(d):
    T = d.pick(SECRETS + ["email", "phone_number", "us_ssn"], 1, 4)
    hits = [f"src/api/client.ts:{R.randint(1,300)}:  const token = process.env.API_TOKEN ?? '';", f"docs/setup.md:{R.randint(1,90)}:Set `API_TOKEN` to {ch(['<token>', hn_refs()])}.",
            f"tests/fixtures/users.json:{R.randint(1,50)}:    \"email\": \"{hn_placeholder_mail()}\",", f"package-lock.json:{R.randint(100,9000)}:      \"integrity\": \"sha512-{base64.b64encode(rb(64)).decode()}\",",
            f"tests/test_auth.py:{R.randint(1,200)}:FAKE_TOKEN = \"{ch(['ghp_' + 'x'*36, 'test-token-123', hn_example()])}\"  # dummy"]
    for t in T:
        s = S(t); fn = ch(["scripts/backfill.py", "config/local.yml", "deploy/old/.env.bak", "notebooks/scratch.ipynb", "k8s/overlays/prod/patch.yaml"])
        if t in ("email", "phone_number", "us_ssn"): hits.append(f"{fn}:{R.randint(1,400)}:    {{'id': {R.randint(1,999)}, '{t.split('_')[-1]}': '{s.v}'}},"); d.add(s)
        else: hits.append(f"{fn}:{R.randint(1,400)}:{s.ek} = \"{s.full}\""); d.add(s, s.ek)
    R.shuffle(hits)
    return w_text(f"$ grep -rnE '(token|secret|password|key|email)' --exclude-dir=node_modules .\n" + "\n".join(hits))

def t_apigw_event(d):
    T = d.pick(SECRETS + PII, 1, 3)
    inner2 = {"source": "webhook", "received": ts()}
    inner = {"action": ch(["signup", "payout.update", "integration.connect"]), "request_id": uuid4()}
    lvl = ch([1, 2])
    for t in T:
        s = S(t); k = s.fk if t not in PII else t.split("_")[-1] if t != "phone_number" else "phone"
        (inner2 if lvl == 2 and R.random() < .6 else inner)[k] = s.full; d.add(s, k)
    if not T: inner["email"] = hn_placeholder_mail(); inner["api_key"] = hn_mask()
    inner["payload"] = json.dumps(inner2)
    ev = {"resource": "/hooks/{proxy+}", "path": "/hooks/" + ch(["stripe", "github", "partner"]), "httpMethod": "POST",
          "headers": {"content-type": "application/json", "x-amzn-trace-id": f"Root=1-{rs(8, HEX)}-{rs(24, HEX)}"},
          "requestContext": {"requestId": uuid4(), "accountId": rs(12, DG), "stage": "prod"}, "body": json.dumps(inner), "isBase64Encoded": False}
    line = f"{ts()} {uuid4()} INFO received event: " + json.dumps(ev)
    return w_text(line, 0.6) if R.random() < .5 else w_obj({"logGroup": f"/aws/lambda/{ch(REPOS)}", "events": [{"timestamp": R.randint(10**12, 2*10**12), "message": line}]})

def t_access_log(d):
    T = d.pick(["email", "generic_secret", "google_api_key", "jwt", "phone_number", "slack_token", "openai_api_key"], 1, 3)
    lines = []
    def ln(path, st=200):
        ip = f"{R.randint(3,220)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"
        return f'{ip} - - [{R.randint(1,28):02d}/{ch(["Jan","Feb","Mar"])}/2024:{hms()} +0000] "GET {path} HTTP/1.1" {st} {R.randint(120,9000)} "-" "Mozilla/5.0" rt={R.random():.3f} req={rs(32, HEX)}'
    lines.append(ln(f"/static/app.{rs(8, HEX)}.js"))
    for t in T:
        s = S(t)
        if t == "email":
            enc = s.v.replace("@", "%40").replace("+", "%2B"); lines.append(ln(f"/api/users/lookup?email={enc}&ref={ulid()}")); d.lab("email", enc)
        elif t == "phone_number":
            enc = s.v.replace("+", "%2B").replace(" ", "%20").replace("(", "%28").replace(")", "%29"); lines.append(ln(f"/api/otp/send?phone={enc}", 202)); d.lab("phone_number", enc)
        elif t == "generic_secret":
            v = gen_pw().replace("%", "%25").replace("#", "%23").replace("+", "%2B").replace("=", "%3D").replace("^", "%5E")
            k = ch(["client_secret", "password", "api_secret"]); lines.append(ln(f"/oauth/token?grant_type=client_credentials&client_id={rs(20, LO+DG)}&{k}={v}", 401)); d.lab("generic_secret", v, [f"{k}={v}"])
        elif t == "google_api_key": lines.append(ln(f"/maps/api/geocode/json?address=Main%20St&key={s.v}")); d.add(s, extra=[f"key={s.v}"])
        else:
            k = ch(["access_token", "token"]); lines.append(ln(f"/api/export?{k}={s.v}&format=csv")); d.add(s, extra=[f"{k}={s.v}"])
    lines.append(ln(f"/api/orders/{order_number()}?trace={rs(16, HEX)}"))
    lines.append(ln(f"/unsubscribe?email={hn_placeholder_mail().replace('@', '%40')}&sig={rs(64, HEX)}"))
    R.shuffle(lines)
    return w_text("\n".join(lines))

def t_shell_history(d):
    T = d.pick(SECRETS, 1, 3)
    cmds = ["cd ~/src/" + ch(REPOS), "git pull --rebase", "make test", f"docker pull ghcr.io/{ch(ORGS)}/{ch(REPOS)}@sha256:{sha64()}", "kubectl get pods -n prod"]
    for t in T:
        s = S(t)
        if t == "url_credentials": cmds.append(f"psql '{s.full}'"); d.add(s)
        elif t == "aws_secret_access_key": cmds.append(f"aws configure set aws_secret_access_key {s.v} --profile prod"); d.add(s, "aws_secret_access_key", [f"aws_secret_access_key {s.v}"])
        elif t == "generic_secret": cmds.append(f"mysql -h db.internal -u {ch(USERS)} -p'{s.v}' {ch(['shop','crm'])}"); d.add(s, extra=[f"-p'{s.v}'", f"-p{s.v}"])
        elif t in ("jwt", "github_token", "openai_api_key", "anthropic_api_key", "slack_token", "stripe_key", "gitlab_token"):
            cmds.append(f"curl -s -H \"Authorization: Bearer {s.v}\" https://api.{cdom()}/v1/me | jq ."); d.add(s)
        else: cmds.append(f"export {s.ek}=\"{s.full}\""); d.add(s, s.ek)
    cmds += [f"gh auth login --with-token < ~/.config/gh/token", "history | tail -n 5", f"ssh-keygen -lf ~/.ssh/id_ed25519.pub"]
    z = R.random() < .5
    return w_text("\n".join((f": {R.randint(1700000000, 1730000000)}:0;{c}" if z else c) for c in cmds))

def t_runbook_md(d):
    T = d.pick(SECRETS + ["email", "phone_number", "iban"], 1, 4)
    rows = [("Grafana", f"https://grafana.{cdom()}", "SSO", "—"), ("PagerDuty", "https://app.pagerduty.com", "SSO", FICT_PHONES())]
    out = ["# On-call runbook", "", "| Service | URL | Credential | Contact |", "|---|---|---|---|"]
    for t in T:
        s = S(t)
        if t in ("email", "phone_number"): rows.append((ch(["Escalation", "Vendor AM", "DBA on-call"]), "—", "—", s.v)); d.add(s)
        elif t == "iban": rows.append(("Refund account", "—", f"`{s.v}`", "finance")); d.add(s)
        else: rows.append((ch(["Staging DB", "Legacy API", "Status page", "Alert relay"]), f"`{s.ek}`", f"`{s.full}`", role_mail())); d.add(s, s.ek)
    rows.append(("Vault", f"https://vault.{cdom()}", f"`{hn_refs()}`", role_mail()))
    out += [f"| {a} | {b} | {c} | {e} |" for a, b, c, e in rows]
    out += ["", f"Trace IDs look like `{rs(32, HEX)}`; request IDs like `{uuid4()}`.", f"Never paste real tokens; write `{ch(['ghp_…', 'sk-…', 'xoxb-…'])}` instead."]
    return w_text("\n".join(out))

def t_sts(d):
    T = d.pick(["aws_access_key_id", "aws_secret_access_key", "generic_secret"], 1, 3)
    c = {"AccessKeyId": "ASIA" + rs(16, B32), "SecretAccessKey": gen_aws_secret(), "SessionToken": "IQoJb3JpZ2luX2VjE" + rs(R.randint(300, 500), B64), "Expiration": ts()}
    if "aws_access_key_id" in T: d.lab("aws_access_key_id", c["AccessKeyId"], [f'"AccessKeyId": "{c["AccessKeyId"]}"'])
    else: c["AccessKeyId"] = ch(["ASIA****************", "AKIAIOSFODNN7EXAMPLE"])
    if "aws_secret_access_key" in T: d.lab("aws_secret_access_key", c["SecretAccessKey"], [f'"SecretAccessKey": "{c["SecretAccessKey"]}"'])
    else: c["SecretAccessKey"] = ch(["[REDACTED]", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
    if "generic_secret" in T: d.lab("generic_secret", c["SessionToken"], [f'"SessionToken": "{c["SessionToken"]}"'])
    else: c["SessionToken"] = "***"
    obj = {"Credentials": c, "AssumedRoleUser": {"AssumedRoleId": f"AROA{rs(17, B32)}:{ch(USERS)}-session", "Arn": f"arn:aws:sts::{rs(12, DG)}:assumed-role/{ch(REPOS)}-deploy/{ch(USERS)}-session"},
           "PackedPolicySize": R.randint(1, 20)}
    return w_obj(obj)

def t_mcp_config(d):
    T = d.pick(SECRETS, 1, 4)
    servers = {"filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/" + ch(USERS) + "/src"]}}
    env_gh = {}
    for t in T:
        s = S(t); name = ch(["github", "postgres", "slack", "stripe", "search", "custom-api"]) + "-" + rs(3, LO)
        servers[name] = {"command": ch(["npx", "uvx", "docker"]), "args": ["-y", f"@{ch(ORGS)}/mcp-{name.split('-')[0]}"], "env": {s.ek: s.full}}; d.add(s, s.ek)
    servers["memory"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"], "env": {"API_KEY": ch(["${env:API_KEY}", hn_refs(), "YOUR_API_KEY_HERE"])}}
    obj = {"mcpServers": servers}
    path = ch(["~/Library/Application Support/Claude/claude_desktop_config.json", ".cursor/mcp.json", ".vscode/mcp.json"])
    return w_obj({"path": path, "content": json.dumps(obj, indent=2)}, 0.5)

def t_jsonl_logs(d):
    T = d.pick(SECRETS + PII + ["private_key"], 1, 3)
    lines = []
    for i in range(R.randint(3, 5)):
        lines.append({"ts": ts(), "level": ch(["info", "debug", "warn"]), "msg": ch(["request completed", "cache miss", "retrying upstream"]), "trace_id": rs(32, HEX),
                      "span_id": rs(16, HEX), "http.status": ch([200, 204, 502]), "user_id": ch([uuid4(), ulid()])})
    for t in T:
        s = S(t); e = R.choice(lines)
        if t in PII: e[{"email": "user.email", "phone_number": "user.phone", "us_ssn": "applicant.ssn", "payment_card": "payment.pan", "iban": "payout.iban"}[t]] = s.v; d.add(s)
        elif t == "jwt": e["http.request.header.authorization"] = f"Bearer {s.v}"; d.add(s)
        elif t == "private_key": e["tls.client.key"] = s.v; d.add(s)
        else: e.setdefault("config", {})[s.fk] = s.full; d.add(s, s.fk)
    lines[0]["http.request.header.authorization"] = lines[0].get("http.request.header.authorization", "[REDACTED]")
    return w_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")

def t_pytest(d):
    T = d.pick(SECRETS + PII, 1, 3)
    left = {"region": "eu-west-1", "retries": 3}
    right = dict(left)
    for t in T:
        s = S(t); k = s.fk if t not in PII else t; left[k] = s.full; right[k] = ch(["***", None, ""]); d.add(s, k)
    if not T: left["token"] = "fake-token-for-tests"; right["token"] = "***"; left["card"] = "4242424242424242"; right["card"] = "4242 4242 4242 4242"
    out = ["============================= test session starts ==============================", f"platform linux -- Python 3.11.{R.randint(0,9)}, pytest-8.{R.randint(0,3)}.{R.randint(0,3)}",
           f"rootdir: /builds/{ch(ORGS)}/{ch(REPOS)}", "collected 42 items", "", "tests/test_config.py ..F", "", "=================================== FAILURES ===================================",
           "___________________________ test_settings_are_redacted ___________________________", "", "    def test_settings_are_redacted():",
           ">       assert dump_settings() == EXPECTED", f"E       AssertionError: assert {left!r} == {right!r}", "E         Differing items:"]
    for k in left:
        if left[k] != right[k]: out.append(f"E         {{{k!r}: {left[k]!r}}} != {{{k!r}: {right[k]!r}}}")
    out += ["", "tests/test_config.py:27: AssertionError", f"=========================== short test summary info ============================", "FAILED tests/test_config.py::test_settings_are_redacted", f"========================= 1 failed, 41 passed in {R.random()*9:.2f}s ========================="]
    return w_text("\n".join(out))

def t_ssh_dir(d):
    T = d.pick(["private_key", "private_key", "email"], 1, 2)
    nl = "\r\n" if R.random() < .2 else "\n"
    out = [f"$ ls ~/.ssh", "authorized_keys  config  id_ed25519  id_ed25519.pub  known_hosts", "$ cat ~/.ssh/id_ed25519.pub", hn_pubkey().split("\n")[0]]
    if "private_key" in T:
        s = S("private_key", nl); out += ["$ cat ~/.ssh/id_ed25519", s.v]; d.add(s)
    else: out += ["$ cat ~/.ssh/id_ed25519", "cat: /home/dev/.ssh/id_ed25519: Permission denied"]
    out += ["$ cat ~/.ssh/config", "Host bastion", f"  HostName bastion.{cdom()}", f"  User {ch(USERS)}", "  IdentityFile ~/.ssh/id_ed25519"]
    if "email" in T:
        em = email_for(*person()); out += ["$ git config user.email", em]; d.lab("email", em)
    out += ["$ head -n1 ~/.ssh/known_hosts", f"|1|{base64.b64encode(rb(20)).decode()}|{base64.b64encode(rb(20)).decode()} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{base64.b64encode(rb(60)).decode()}"]
    return w_text(nl.join(out))

def t_webhook_api(d):
    T = d.pick(["webhook_url", "webhook_url", "generic_secret", "email"], 1, 3)
    hooks = [{"id": f"wh_{rs(24)}", "name": "deploys", "url": f"https://hooks.{cdom()}/ingest/{uuid4()}", "events": ["deploy.succeeded"], "active": True, "secret": "whsec_" + "*" * 8}]
    for t in T:
        s = S(t)
        if t == "webhook_url": hooks.append({"id": f"wh_{rs(24)}", "name": ch(["alerts", "billing", "ci"]), "url": s.v, "events": ["*"], "active": True}); d.add(s)
        elif t == "generic_secret": v = "whsec_" + rs(32); hooks[0]["secret"] = v; d.lab(t, v, [f'"secret": "{v}"'])
        else: hooks[0]["owner_email"] = s.v; d.add(s)
    hooks.append({"id": f"wh_{rs(24)}", "name": "docs", "url": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "events": ["test"], "active": False, "note": "example from docs"})
    return w_obj({"object": "list", "data": hooks, "url": "/v1/webhook_endpoints", "request_id": f"req_{rs(14)}"})

TEMPLATES = [(n[2:], f) for n, f in list(globals().items()) if n.startswith("t_") and callable(f)]

def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items(): yield k; yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)

def resolve(x, blob):
    for _ in range(4):
        if x in blob: return x
        x = json.dumps(x, ensure_ascii=False)[1:-1]
    return None

def build():
    N = 450; names = [n for n, _ in TEMPLATES]; fns = dict(TEMPLATES)
    plan = []
    per = N // len(names); rem = N - per * len(names)
    for i, n in enumerate(names):
        k = per + (1 if i < rem else 0)
        flags = [False, True] + [R.random() < 0.58 for _ in range(k - 2)]
        plan += [(n, p) for p in flags]
    R.shuffle(plan)
    recs = []
    for i, (n, pos) in enumerate(plan, 1):
        d = Doc(pos); wrap, doc = fns[n](d)
        blob = "\x00".join(strings(doc))
        labels, seen = [], set()
        for t, v, acc in d.labels:
            rv = resolve(v, blob)
            assert rv is not None, (n, t, v[:30])
            if rv in seen: continue
            seen.add(rv)
            a2 = []
            for a in acc:
                ra = resolve(a, blob)
                if ra and ra != rv and ra not in a2: a2.append(ra)
            labels.append({"type": t, "value": rv, "accept": a2}); COUNT[t] += 1
        assert bool(labels) == pos, (n, pos)
        recs.append({"id": f"v9-{i}", "template": n, "split": "holdout-v9", "wrap": wrap, "doc": doc, "labels": labels})
    return recs

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v9.jsonl")
    recs = build()
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records, {sum(1 for r in recs if not r['labels'])} clean, {sum(len(r['labels']) for r in recs)} labels, {len(TEMPLATES)} templates")
    print(dict(sorted(COUNT.items())))
