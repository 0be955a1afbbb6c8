//! The built-in detectors, in priority order (when two findings overlap, the
//! earlier detector wins: a GitHub token inside `token=…` is a
//! `github_token`, not a `generic_secret`).
//!
//! Patterns are compiled with ASCII classes only (`unicode(false)`): they
//! stay small, and the lazy DFA never gives up on non-ASCII text. The one
//! exception, the e-mail pattern, names `\p{…}` classes and gets Unicode. Each
//! detector runs only in windows around its triggers (keywords found by one
//! Aho-Corasick pass, or runs of digits), so clean text costs one pass.

use super::engine::{AssignKind, Edge, MemberKey, Native, Shape, Validator};
use super::Category;

pub(crate) struct BuiltinSpec {
    pub name: &'static str,
    pub category: Category,
    pub default_on: bool,
    pub patterns: &'static [&'static str],
    pub native: Option<Native>,
    /// Exact keywords that trigger the detector (`AKIA`, `ghp_`).
    pub keywords: &'static [&'static str],
    /// Case-insensitive words that trigger it (`password`, `phone`).
    pub words: &'static [&'static str],
    /// Case-insensitive words that open regex windows for a detector with a
    /// native assignment matcher (whose `words` only mark assignment keys).
    pub regex_words: &'static [&'static str],
    /// Triggered by a run of at least this many digits (separators allowed).
    pub digits: Option<Shape>,
    /// Window around a trigger: bytes before its start, after its end.
    pub back: usize,
    pub fwd: usize,
    pub left: Edge,
    pub right: Edge,
    pub validator: Validator,
    /// A JSON member whose key names the data (`"ssn": "123456789"`).
    pub member: Option<(MemberKey, &'static str)>,
    /// A word trigger right after a negation (`not an SSN`) says what the
    /// number nearby is not: it opens no window.
    pub negatable: bool,
}

pub(crate) fn specs() -> Vec<BuiltinSpec> {
    use Category::{Personal, Secret};
    vec![
        BuiltinSpec {
            name: "private_key",
            category: Secret,
            default_on: true,
            // A whole PEM block; a block cut short (no END line) from BEGIN on.
            patterns: &[concat!(
                r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----",
                r"(?:[A-Za-z0-9+/=\r\n\t :,.\-\\]*?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----",
                r"|[A-Za-z0-9+/=\r\n\t :,.\-\\]*)"
            )],
            native: None,
            keywords: &["-----BEGIN"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 64 * 1024,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::PemBody,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "jwt",
            category: Secret,
            default_on: true,
            patterns: &[r"eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*"],
            native: None,
            keywords: &["eyJ"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 16 * 1024,
            left: Edge::NotToken,
            right: Edge::NotToken,
            validator: Validator::Jwt,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "aws_access_key_id",
            category: Secret,
            default_on: true,
            patterns: &[
                r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}",
            ],
            native: None,
            keywords: &[
                "A3T", "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA",
                "ANVA", "APKA",
            ],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 24,
            left: Edge::NotAlnum,
            right: Edge::NotAlnum,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "aws_secret_access_key",
            category: Secret,
            default_on: true,
            // `KEY = value` assignments natively; in prose, tables and CSV
            // (`Secret access key` header, `AWSSECRETKEY=`, an access key
            // id nearby) a bare 40-character run near the words.
            patterns: &[r"[A-Za-z0-9/+]{40}"],
            native: Some(Native::Assign(AssignKind::AwsSecret)),
            keywords: &[],
            words: &["secret"],
            regex_words: &[
                "secret access",
                "secret_access",
                "secret key",
                "secretkey",
                "secret_key",
                "secret-key",
                "secretaccess",
                // the AWS mobile SDKs' credentials provider (`secretKey=`)
                "secretKey",
                // `AWS secret: …` in a runbook or a knowledge-base excerpt
                "AWS secret",
                // a chat's "…and the secret (the 40-char one)" before a
                // bare 40-character run
                "the secret",
                "akia",
                "asia",
            ],
            digits: None,
            back: 160,
            fwd: 320,
            left: Edge::NotB64Body,
            right: Edge::NotB64OrToken,
            validator: Validator::AwsSecret,
            member: Some((MemberKey::AwsSecret, r"\A[A-Za-z0-9/+]{40}\z")),
            negatable: false,
        },
        BuiltinSpec {
            name: "github_token",
            category: Secret,
            default_on: true,
            patterns: &[
                r"(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}",
                r"github_pat_[A-Za-z0-9_]{22,251}",
            ],
            native: None,
            keywords: &["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 270,
            left: Edge::NotAlnum,
            right: Edge::NotWord,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "gitlab_token",
            category: Secret,
            default_on: true,
            patterns: &[
                concat!(
                    r"(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|gloas|glimt|glagent)-",
                    r"[A-Za-z0-9_\-]{20,64}(?:\.[A-Za-z0-9_\-]{2,20}){0,2}"
                ),
                // runner registration tokens (legacy, before `glrt-`)
                r"GR1348941[A-Za-z0-9_\-]{20}",
            ],
            native: None,
            keywords: &[
                "glpat-",
                "gldt-",
                "glrt-",
                "glptt-",
                "glft-",
                "glsoat-",
                "glcbt-",
                "gloas-",
                "glimt-",
                "glagent-",
                "GR1348941",
            ],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 120,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "slack_token",
            category: Secret,
            default_on: true,
            patterns: &[
                // (a rotating app's access token is `xoxe.xoxp-1-…`, in
                // up to eight dash-separated parts)
                r"(?:xoxe\.)?xox[abprse]-[0-9A-Za-z]+(?:-[0-9A-Za-z]+){1,8}",
                r"xapp-[0-9]-[A-Z0-9]{6,16}-[0-9]{6,16}-[A-Za-z0-9]{32,80}",
            ],
            native: None,
            keywords: &[
                "xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "xoxe-", "xoxe.", "xapp-",
            ],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 260,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::MinLen(24),
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "webhook_url",
            category: Secret,
            default_on: true,
            // Incoming-webhook URLs carry their own credential: anyone with
            // the URL can post to the channel.
            patterns: &[
                r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[A-Z0-9]{6,14}(?:/[0-9]{6,20})?/[A-Za-z0-9]{16,64}",
                r"https?://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{15,21}/[A-Za-z0-9_\-]{40,100}",
                r"https?://[A-Za-z0-9\-]{1,63}\.webhook\.office\.com/webhookb2/[0-9A-Fa-f\-]{36}@[0-9A-Fa-f\-]{36}/IncomingWebhook/[0-9A-Fa-f]{32}/[0-9A-Fa-f\-]{36}(?:/[A-Za-z0-9_\-]{8,64})?",
                r"https?://outlook\.office(?:365)?\.com/webhook/[0-9A-Fa-f\-]{36}@[0-9A-Fa-f\-]{36}/IncomingWebhook/[0-9A-Fa-f]{32}/[0-9A-Fa-f\-]{36}",
                r"https?://chat\.googleapis\.com/v1/spaces/[A-Za-z0-9_\-]{6,24}/messages\?key=[A-Za-z0-9_\-]{30,50}&token=[A-Za-z0-9_\-%=]{20,100}",
                r"https?://hooks\.zapier\.com/hooks/catch/[0-9]{4,12}/[A-Za-z0-9]{5,12}/?",
                // Feishu / Lark, DingTalk and WeCom group bots; IFTTT Webhooks
                r"https?://open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)/open-apis/bot/v2/hook/[0-9A-Za-z\-]{20,64}",
                r"https?://oapi\.dingtalk\.com/robot/send\?access_token=[0-9A-Fa-f]{32,128}",
                r"https?://qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9A-Za-z\-]{20,64}",
                r"https?://maker\.ifttt\.com/trigger/[A-Za-z0-9_\-]{1,64}/(?:json/)?with/key/[A-Za-z0-9_\-]{16,64}",
                // Mattermost incoming webhooks on any host: `/hooks/` and
                // a 26-character id
                r"https?://[A-Za-z0-9.\-]{1,253}(?::[0-9]{1,5})?/hooks/[a-z0-9]{26}",
                // Azure Logic Apps and Power Automate HTTP triggers (Teams
                // "workflows" webhooks): the `sig=` query signs every call
                concat!(
                    r"https://[A-Za-z0-9\-]{1,63}\.(?:[a-z0-9]{2,32}\.logic\.azure\.com",
                    r"|[A-Za-z0-9.\-]{1,120}\.environment\.api\.powerplatform\.com)(?::443)?",
                    r"(?:/powerautomate/automations/direct)?/workflows/[0-9A-Fa-f]{32}/triggers/",
                    r"[A-Za-z0-9_\-]{1,80}/paths/invoke\?[A-Za-z0-9_.%=&\-]{0,300}?sig=[A-Za-z0-9_\-%]{20,100}"
                ),
            ],
            native: None,
            keywords: &[
                "hooks.slack.com/",
                "discord.com/api/webhooks/",
                "discordapp.com/api/webhooks/",
                ".webhook.office.com/",
                "outlook.office.com/webhook/",
                "outlook.office365.com/webhook/",
                "chat.googleapis.com/v1/spaces/",
                "hooks.zapier.com/hooks/",
                "/open-apis/bot/v2/hook/",
                "oapi.dingtalk.com/robot/send",
                "qyapi.weixin.qq.com/cgi-bin/webhook/",
                "maker.ifttt.com/trigger/",
                "/hooks/",
                ".logic.azure.com",
                ".environment.api.powerplatform.com",
            ],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 80,
            fwd: 420,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::Webhook,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "stripe_key",
            category: Secret,
            default_on: true,
            patterns: &[r"(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,247}"],
            native: None,
            keywords: &["sk_live_", "rk_live_", "sk_test_", "rk_test_"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 260,
            left: Edge::NotAlnum,
            right: Edge::NotWord,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "google_api_key",
            category: Secret,
            default_on: true,
            patterns: &[r"AIza[0-9A-Za-z_\-]{35}"],
            native: None,
            keywords: &["AIza"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 40,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "anthropic_api_key",
            category: Secret,
            default_on: true,
            patterns: &[r"sk-ant-(?:api|admin|sid|oat|ort)[0-9]{2}-[A-Za-z0-9_\-]{20,200}"],
            native: None,
            keywords: &["sk-ant-"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 230,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "openai_api_key",
            category: Secret,
            default_on: true,
            patterns: &[
                r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,200}",
                r"sk-[A-Za-z0-9]{32,64}",
            ],
            native: None,
            keywords: &["sk-"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 0,
            fwd: 230,
            left: Edge::NotAlnum,
            right: Edge::NotToken,
            validator: Validator::Mixed,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "url_credentials",
            category: Secret,
            default_on: true,
            // scheme://user:password@host — only the password is the finding.
            // The user may be empty (`redis://:password@host`: Redis AUTH).
            patterns: &[concat!(
                r"[A-Za-z][A-Za-z0-9+.\-]{1,31}://[A-Za-z0-9._~%!$&'()*+,;=\-]{0,128}:",
                r"(?P<value>[A-Za-z0-9._~%!$&'()*+,;=:^\-]{1,256})@[A-Za-z0-9\-\[]"
            )],
            native: None,
            keywords: &["://"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 40,
            fwd: 420,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::UrlPassword,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "generic_secret",
            category: Secret,
            default_on: true,
            // `key = value` (and `--key value`) assignments are matched
            // natively (Native::Assign) where a word ends; these two run in
            // windows around `Bearer` / `Basic`.
            patterns: &[
                r"(?i:bearer)[ \t]+(?P<value>[A-Za-z0-9_\-.~+/]{16,}=*)",
                r"(?i:basic)[ \t]+(?P<value>[A-Za-z0-9+/]{8,1024}={0,2})",
                // A password told in prose, in the languages of the mail
                // it arrives in: "my password for the portal is …",
                // "Mein Passwort … lautet übrigens: …", "la contraseña de
                // mi cuenta es …", "mot de passe … est …".
                concat!(
                    r"(?:(?i:password|passwort|contrasena|mot de passe|wachtwoord|senha|",
                    r"passord|losenord|haslo|salasana|heslo|adgangskode)|[Cc]ontraseña|[Ll]ösenord|[Hh]asło",
                    r"|\b(?i:pw|pwd|passwd)\b)",
                    r"(?:[ \t]+(?:[A-Za-z'\-]|ä|ö|ü|ß|é|è|ê|ë|à|á|â|ã|í|ì|ó|ò|ô|õ|ú|ù|ñ|ç|å|ø|æ|ł|ś|ż){1,20}){0,5}?[ \t]+",
                    r"(?:(?i:is|es|est|ist|lautet|e|er|jest|on|je|was|era|war)|è|é|är)",
                    r"(?:[ \t]+(?i:übrigens|now|ahora|maintenant|adesso|agora|nu|still))?",
                    r"[ \t]*:?[ \t]+[\x22'`]?(?P<value>[!-~]{7,127}[A-Za-z0-9])"
                ),
                // `docker login -u ci -p …`, `sshpass -p …`, `mysql -p…`
                r"(?:login|sshpass|mysql|mysqladmin|mysqldump)\b[\x20-\x3a\x3c-\x7b\x7d\x7e]{0,80}?[ \t]-p[ \t]?[\x22']?(?P<value>[\x21\x23-\x26\x28-\x7e]{8,128})",
                // Other vendors' formats, whose prefix says what they are:
                // SendGrid (`SG.` + 22-character id + `.` + 43-character
                // secret), webhook signing secrets (`whsec_`: Stripe,
                // Svix; whoever holds one forges events), Sentry user and
                // org tokens, Docker Hub, npm, Hugging Face, Shopify,
                // DigitalOcean and PyPI tokens, Mailgun's private API key
                // (`key-` + 32 hex digits, under whatever name).
                concat!(
                    r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
                    r"|whsec_[0-9A-Za-z+/]{24,128}={0,2}",
                    r"|sntryu_[0-9a-f]{64}|sntrys_eyJ[A-Za-z0-9+/=_\-]{40,400}",
                    r"|dckr_pat_[A-Za-z0-9_\-]{27}|npm_[A-Za-z0-9]{36}|hf_[A-Za-z]{34}",
                    r"|shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}|dop_v1_[0-9a-f]{64}",
                    r"|pypi-AgE[A-Za-z0-9_\-]{50,400}|\bkey-[0-9a-f]{32}\b",
                    // a Microsoft Entra (Azure AD) client secret: three
                    // characters, a digit, `Q~`, then 31 to 34 more
                    r"|[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}"
                ),
                // a `Cookie:` / `Set-Cookie:` header, or a log's `cookie=`
                // field: its session cookie
                r"(?i:cookie)[ \t]*[:=][ \t]*(?P<value>[ -~\t]{1,4096})",
                // `.netrc`: `machine h login u password p`, one line or several
                r"(?:login|LOGIN)[ \t]+[!-~]{1,128}[ \t\r\n]+(?:password|PASSWORD)[ \t]+(?P<value>[!-~]{6,128})",
                // Windows command lines that carry a password:
                // `net user NAME PASSWORD /add`, `schtasks … /rp PASSWORD`,
                // `sqlcmd … -P PASSWORD`, `ConvertTo-SecureString 'PASSWORD' -AsPlainText`
                r"(?i:net)[ \t]+(?i:user)[ \t]+[!-~]{1,64}[ \t]+(?P<value>[!-.0-~][!-~]{5,127})[ \t]+/(?i:add|domain|active)",
                r"(?i:schtasks)[\t\x20-\x7e]*?[ \t]/(?i:rp)[ \t]+[\x22']?(?P<value>[\x21\x23-\x26\x28-\x7e]{6,128})",
                r"(?i:sqlcmd|osql|bcp)\b[\t\x20-\x7e]*?[ \t]-P[ \t]*[\x22']?(?P<value>[\x21\x23-\x26\x28-\x7e]{6,128})",
                r"(?i:securestring)[ \t]+(?:-(?i:string)[ \t]+)?[\x22'](?P<value>[ !\x23-\x26\x28-\x7e]{6,128})[\x22'][ \t]+-(?i:asplaintext)",
                // a password written as code or quoted right after the word:
                // "password `gYFZ+Qa…`", "pw: 'x9…'"
                r"\b(?i:password|passwd|pwd|pw)[ \t]*[:=]?[ \t]*`(?P<value>[!-_a-~]{6,128})`",
                // Terraform state read as text: a `random_password`'s `result`
                r#"random_password"[\t\n\r\x20-\x7e]*?"result":[ \t]*"(?P<value>[!\x23-\x5b\x5d-\x7e]{6,256})""#,
                r"\b(?i:password|passwd|pwd|pw)[ \t]*[:=]?[ \t]*[\x22'](?P<value>[!\x23-\x26\x28-\x7e]{6,128})[\x22']",
                // curl's cookies (`-b 'sid=…; theme=dark'`, `cookie '…'`
                // after `--`): the session cookie, as in a header
                r"(?:-b|(?i:cookie))[ \t]+[\x22'](?P<value>[\x20\x21\x23-\x26\x28-\x7e]{1,4096})[\x22']",
                // A Telegram bot token: the bot's numeric id, `:`, and a
                // 35-character secret that starts `AA` (the Bot API's
                // format, also in its URLs: `api.telegram.org/bot<token>/`);
                // whoever holds it runs the bot. The window opens at `:AA`,
                // so it reaches back over the id (`back`).
                r"(?:bot|\b)(?P<value>[0-9]{6,12}:AA[A-Za-z0-9_\-]{33})",
                // a password jotted down in a note or a chat, unquoted:
                // "pw: Harbor_Harbor521", "wifi Guest / pw nOHF…",
                // "password Saffron-Basalt1116 — change it on first login"
                // (the validator wants letters and digits in it)
                r"\b(?i:password|passwd|pwd|pw)(?:[ \t]*:[ \t]*|[ \t]+)(?P<value>[!#-&(-;=?-_a-~]{8,128})",
                // OpenWrt's UCI (`uci export`, /etc/config/wireless): a
                // Wi-Fi interface's `option key '…'` is its passphrase
                r"(?m)^[ \t]*option[ \t]+(?:key|sae_password|wpa_psk|password)[ \t]+'(?P<value>[!-&(-~]{8,128})'",
                // A network device's configuration (Cisco IOS, Huawei VRP):
                // a password or shared key after its type, where `0` and
                // `simple` are clear text and `7` is Cisco's reversible
                // obfuscation (hashed types 5, 8, 9 and `cipher` are not)
                r"\b(?:password|secret|key|key-string)[ \t]+(?:[07]|simple)[ \t]+(?P<value>[!-~]{8,128})",
                // an SNMP community string, the agent's password:
                // `snmp-server community S RO`, `snmp-agent community write S`
                r"\bsnmp-(?:server|agent)[ \t]+community[ \t]+(?:(?:read|write|simple)[ \t]+){0,2}(?P<value>[!-~]{8,64})",
            ],
            native: Some(Native::Assign(AssignKind::Generic)),
            keywords: &[],
            words: &[
                "key",
                "token",
                "secret",
                "pass",
                "pwd",
                // ACORD's `<Pswd>`
                "pswd",
                "auth",
                "passphrase",
                "credential",
                // a Wi-Fi pre-shared key
                "psk",
                // an SNMP community string under its key (`snmp_community`)
                "community",
                // Express's session cookie printed outside a Cookie header
                "connect_sid",
                "connect.sid",
                // password in other languages without `pass` in it
                "kennwort",
                "senha",
                "contrasena",
                "wachtwoord",
                "haslo",
                "heslo",
                "jelszo",
                "sifre",
                "losenord",
                "salasana",
            ],
            regex_words: &[
                "bearer",
                "basic",
                "password",
                "passwort",
                "contraseña",
                "contrasena",
                "mot de passe",
                "wachtwoord",
                "senha",
                "passord",
                "lösenord",
                "losenord",
                "hasło",
                "haslo",
                "salasana",
                "heslo",
                "adgangskode",
                "login",
                "sshpass",
                "mysql",
                "SG.",
                "whsec_",
                "sntryu_",
                "sntrys_",
                "dckr_pat_",
                "npm_",
                "hf_",
                "shpat_",
                "shpss_",
                "shpca_",
                "shppa_",
                "dop_v1_",
                "pypi-",
                "key-",
                "Q~",
                "cookie",
                "-b '",
                "-b \"",
                "net user",
                "schtasks",
                "sqlcmd",
                "SecureString",
                // UCI's Wi-Fi passphrase
                "option key",
                "option wpa_psk",
                // network device configurations
                "password 0",
                "password 7",
                "secret 0",
                "secret 7",
                "key 0",
                "key 7",
                "key simple",
                "password simple",
                "community",
                "random_password",
                "pw ",
                "pw:",
                "pwd",
                "passwd",
                ":AA",
            ],
            digits: None,
            // `bot` and the Telegram bot id before its `:AA` trigger
            back: 16,
            fwd: 2100,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::Generic,
            member: Some((MemberKey::Generic, r"\A[!-~]{8,1024}\z")),
            negatable: false,
        },
        BuiltinSpec {
            name: "iban",
            category: Personal,
            default_on: true,
            patterns: &[r"[A-Z]{2}[0-9]{2}(?:[ \-]?[A-Z0-9]){11,30}"],
            native: None,
            keywords: &[],
            words: &[],
            regex_words: &[],
            digits: Some(Shape::Iban),
            back: 40,
            fwd: 40,
            left: Edge::NotAlnumOrSubfield,
            right: Edge::Any,
            validator: Validator::Iban,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "payment_card",
            category: Personal,
            default_on: true,
            patterns: &[],
            native: Some(Native::Card),
            keywords: &[],
            words: &[],
            regex_words: &[],
            digits: Some(Shape::Card),
            back: 2,
            fwd: 2,
            left: Edge::Any,
            right: Edge::Any,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "us_ssn",
            category: Personal,
            default_on: true,
            patterns: &[
                r"[0-9]{3}-[0-9]{2}-[0-9]{4}",
                r"[0-9]{3} [0-9]{2} [0-9]{4}",
                concat!(
                    r"(?i:ssn|social security(?: number| no\.?)?|soc\.? ?sec\.?(?: no\.?)?)",
                    r"[ \t]*[:#=]?[ \t]*(?:is[ \t]+)?(?P<value>[0-9]{9})"
                ),
                // nine bare digits where an SSN label is near (`SSN on
                // file: …`, a quoted value, a CSV column named ssn)
                r"[0-9]{9}",
            ],
            native: None,
            // X12 EDI's `REF*SY*` (Social Security Number qualifier), read
            // natively in the window (`v::edi_fields`): one more regex
            // pattern slows every SSN window
            keywords: &["*SY*"],
            words: &["ssn", "social security", "soc sec", "soc. sec", "socsec"],
            regex_words: &[],
            digits: Some(Shape::Ssn),
            back: 40,
            fwd: 400,
            left: Edge::Numeric,
            right: Edge::Numeric,
            validator: Validator::Ssn,
            member: Some((MemberKey::Ssn, r"\A[0-9]{3}-?[0-9]{2}-?[0-9]{4}\z")),
            negatable: true,
        },
        BuiltinSpec {
            name: "email",
            category: Personal,
            default_on: true,
            // Latin, Greek and Cyrillic letters with their marks: mailboxes and
            // internationalised domains (`jörg@straßenbahn-fan.de`); other
            // scripts are left out so that a CJK sentence running into an
            // address is not taken as its local part. Lengths (local part
            // 64, labels 63, 8 labels) are checked by the validator:
            // counted Unicode classes would not fit the size limit.
            patterns: &[
                r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{M}0-9._%+\-]+@(?:[\p{Latin}\p{Greek}\p{Cyrillic}\p{M}0-9\-]+\.)+[\p{Latin}\p{Cyrillic}]{2,24}",
            ],
            native: None,
            keywords: &["@"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 70,
            fwd: 300,
            left: Edge::NotEmailLocal,
            right: Edge::NotTokenOrBlank,
            validator: Validator::Email { roles: false },
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "phone_number",
            category: Personal,
            default_on: true,
            patterns: &[
                // +CC international (E.164 with or without separators, "(0)" trunk)
                r"\+[1-9][0-9]{0,2}(?:[ .\-]?\(0\))?(?:[ .\-]?\(?[0-9]{1,5}\)?){1,6}",
                // North America: (555) 123-4567, 555-123-4567, 1-555-123-4567
                r"(?:1[ .\-])?(?:\([2-9][0-9]{2}\)[ .\-]?|[2-9][0-9]{2}[ .\-])[2-9][0-9]{2}[ .\-][0-9]{4}",
                // UK: 020 7946 0958, 07700 900123; a two-digit area code
                // in fours (Sydney, Milan): 02 9374 4000
                r"0[1-9][0-9]{1,3} [0-9]{3,4} ?[0-9]{3,4}|0[2-9] [0-9]{4} [0-9]{4}",
                // France: 01 23 45 67 89
                r"0[1-9](?:[ .][0-9]{2}){4}",
                // Japan: 090-1234-5678, 03-1234-5678, 0120-123-456
                r"0[1-9][0-9]{0,3}-[0-9]{2,4}-[0-9]{3,4}",
                // Germany, the Netherlands: 030 12345678, 089/1234567,
                // 0171-1234567, 06-12345678
                r"0[1-9][0-9]{1,4}[ /\-][0-9]{4,9}|06-[0-9]{8}",
                // national numbers with the area code in parentheses:
                // (030) 1234567, (02) 9374 4000, (11) 91234-5678
                r"\(0?[1-9][0-9]{0,4}\)[ .\-]?[0-9]{2,8}(?:[ .\-][0-9]{2,5}){0,2}",
                // Named in the text: "phone: 4155552671", "Tel.: +4930123456"
                concat!(
                    r"(?i:phone|telephone|tel|mobile|cell|fax)(?:[ _\-]?(?i:no|number|num|nr))?\.?",
                    r"[ \t]*[:=#]?[ \t]*[\x22']?(?P<value>\+?[0-9]{7,15})"
                ),
                // A national number in groups, named just before in the
                // mail's language: "Mi teléfono de contacto es el 913 934
                // 913", "Potete contattarmi al 333 2833807", "Podem
                // ligar-me para o 935 512 182".
                concat!(
                    r"(?:(?i:phone|telephone|mobile|cell|telefono|telefone|telephone|",
                    r"telefon|telefoon|movil|cellulare|celular|portable|handy|contattarmi|",
                    r"chiamarmi|llamarme|ligar-me|appelez-moi|joindre|anrufen|erreichen|bellen|",
                    r"reachable|reach me|whatsapp|tel\.)",
                    r"|[Tt]eléfono|[Tt]éléphone|[Mm]óvil)",
                    r"(?:[ \t]+(?:[A-Za-z'\-]|ä|ö|ü|ß|é|è|ê|ë|à|á|â|ã|í|ì|ó|ò|ô|õ|ú|ù|ñ|ç|å|ø|æ|ł|ś|ż){1,12}){0,4}",
                    // a quoted key in JSON or YAML text too: `"phone": "…"`
                    r#"(?:[ \t]*:?[ \t]+|["']?[ \t]*[:=][ \t]*["']?)"#,
                    // with the trunk 0 too: "mobile 017-686 4004"; a Dutch
                    // mobile's 06 alone before its eight digits
                    r"(?P<value>0?[1-9][0-9]{1,3}(?:[ .][0-9]{2,7}){1,4}|06 [0-9]{8}|0[1-9][0-9]{1,3}-[0-9]{2,7}(?:[ .\-][0-9]{2,7}){0,3})"
                ),
                // Turkey, Ukraine: 0535 507 04 88, 067 610 53 24; Sweden:
                // 070-885 93 27
                r"0[1-9][0-9]{1,3}[ \-][0-9]{3} [0-9]{2} [0-9]{2}",
                // Spanish and Polish mobiles in threes (637 923 030, 787-724-218)
                // and Spanish numbers 3-2-2-2 (610 56 31 39), alone in a
                // table, CSV or SQL cell: in prose they need a label (pattern 8)
                r"[|;,'][ \t]*(?P<value>[5-7][0-9]{2}(?: |-)[0-9]{3}(?: |-)[0-9]{3}|[5-9][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2})[ \t]*[|;,']",
                // the country code in parentheses: (+57) 321 108 7946
                r"\(\+[1-9][0-9]{0,2}\)(?:[ .\-]?[0-9]{1,5}){1,6}",
                // a mail signature's one-letter labels at the start of a
                // line: "m: 631 559 546", "T: 020 7946 1234", "Mob. +48 …"
                concat!(
                    r"(?m:^)[ \t>]*(?:[MmTtPpCc]|[Mm]ob|[Pp]h)\.?[ \t]*:[ \t]*",
                    r"(?P<value>\+?\(?[0-9][0-9 .\-()]{5,18}[0-9])"
                ),
            ],
            native: None,
            // X12 EDI's `PER` contact qualifiers and NCPDP's patient-phone
            // field, read natively in the window (`v::edi_fields`): more
            // regex patterns slow every phone window
            keywords: &["*TE*", "*CP*", "*FX*", "*HP*", "*WP*", "\u{1c}CQ"],
            words: &[
                "phone",
                "tel",
                "mobile",
                "cell",
                "fax",
                "handy",
                "portable",
                "celular",
                "movil",
                "móvil",
                "contattarmi",
                "chiamarmi",
                "llamarme",
                "ligar-me",
                "appelez-moi",
                "joindre",
                "anrufen",
                "erreichen",
                "bellen",
                "reach me",
            ],
            regex_words: &[],
            digits: Some(Shape::Phone),
            // far enough back for a label a few words before the number
            back: 48,
            fwd: 40,
            left: Edge::Numeric,
            right: Edge::Numeric,
            validator: Validator::Phone,
            member: Some((MemberKey::Phone, r"\A\+?[0-9][0-9 ().\-]{5,22}[0-9]\z")),
            negatable: false,
        },
        BuiltinSpec {
            name: "ipv6",
            category: Personal,
            default_on: false,
            patterns: &[r"[0-9A-Fa-f:.]{3,45}"],
            native: None,
            keywords: &[":"],
            words: &[],
            regex_words: &[],
            digits: None,
            back: 45,
            fwd: 45,
            left: Edge::NotIpv6,
            right: Edge::NotIpv6,
            validator: Validator::Ipv6,
            member: None,
            negatable: false,
        },
        BuiltinSpec {
            name: "ipv4",
            category: Personal,
            default_on: false,
            patterns: &[concat!(
                r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}",
                r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
            )],
            native: None,
            keywords: &[],
            words: &[],
            regex_words: &[],
            digits: Some(Shape::Ipv4),
            back: 1,
            fwd: 1,
            left: Edge::NotIpv4,
            right: Edge::Numeric,
            validator: Validator::None,
            member: None,
            negatable: false,
        },
    ]
}
